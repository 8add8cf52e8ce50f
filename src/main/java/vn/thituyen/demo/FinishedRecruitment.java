package vn.thituyen.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignSetupService;
import vn.thituyen.campaign.CouncilRole;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.campaign.LifecycleStep;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.grading.GradingService;
import vn.thituyen.grading.WrittenMarkingService;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.identity.Principal;
import vn.thituyen.identity.Role;
import vn.thituyen.identity.RunAs;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationForm.EducationLevel;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;
import vn.thituyen.registration.ApplicationForm.Sex;
import vn.thituyen.registration.CandidateDocuments;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.results.ResultsService;

/**
 * A small recruitment campaign that is over and whose results were just published (ND 170/2025/NĐ-CP, rule set
 * {@code CIVIL_SERVANT_2025}), so that the demo shows what comes after publication: a candidate's own result part by
 * part, the appeal button while the 15-day window is open, the winner's dossier with its checklist and deadline, the
 * notices, and the secretary's winners, appeals and notices screens.
 *
 * <p>One position, quota 1, whose round 2 is a written paper (70 %) and an interview (30 %). Five candidates sign up
 * and apply (one claims the ethnic-minority priority, confirmed at review); everyone sits round 1 on the exam screen
 * (the sitting code of {@link FinishedRoundOne}, with strong candidates, so that all pass); the written paper is
 * anonymised, dealt to a pair of markers, marked by both (never more than 5 apart: the mark is the mean) and the key
 * opened; the interview board scores each candidate; the secretary computes the results, the chair approves them and
 * the secretary publishes them with a document number. Publication opens the winner's dossier (module winners) and
 * writes the notices (module notices), both on the publication event; the winner uploads the scan of one item of
 * her dossier.
 *
 * <p>Everything goes through the services, signed in as the person who would do it, with the application's clock:
 * applications are taken only inside the registration window, so it runs from 90 days back to a few minutes after
 * the load and the office closes it at once, with a recorded reason; the results are published at load time, so the
 * appeal window is open for the next 15 days.
 */
final class FinishedRecruitment {

    /**
     * Who does what; staff accounts must exist. {@code interviewers}, {@code markers} and {@code appeals}: the head
     * first. {@code author} reads the answer keys to let the synthetic candidates answer (as in FinishedRoundOne).
     */
    record Staff(String admin, String secretary, String chair, String author, List<String> invigilators,
            List<String> interviewers, String anonymiser, List<String> markers, List<String> appeals) {
    }

    /** What was loaded: the campaign, its position and three of its candidates' applications. */
    record Loaded(long campaignId, long positionId, long winner, long appellant, long withPriority,
            String documentNumber) {
    }

    static final String DOCUMENT_NUMBER = "38/TB-HĐTD";

    /** A candidate as they fill in the form, with their written marks (two markers) and interview scores. */
    private record Person(String fullName, LocalDate born, Sex sex, String ethnicity, String citizenId,
            String major, PriorityCategory priority, String marker1, String marker2, String interview1,
            String interview2) {
    }

    // written = mean of the two markers; round 2 = 0.7 × written + 0.3 × interview (+ priority points for ranking)
    private static final List<Person> PEOPLE = List.of(
            // 82 and 85: 0.7 × 82 + 0.3 × 85 = 82.9, the winner
            new Person("Nguyễn Thị Minh Châu", LocalDate.of(1996, 4, 18), Sex.FEMALE, "Kinh", "030196012345",
                    "Lưu trữ học", null, "81", "83", "86", "84"),
            // 64 and 78: 68.2, not selected; may appeal the written paper
            new Person("Trần Văn Hiếu", LocalDate.of(1994, 10, 2), Sex.MALE, "Kinh", "030094023456",
                    "Hành chính học", null, "63", "65", "78", "78"),
            // 70 and 72: 70.6 + 5 (ethnic minority) = 75.6, second
            new Person("Lò Thị Thảo", LocalDate.of(1997, 1, 25), Sex.FEMALE, "Tày", "030197034567",
                    "Quản trị văn phòng", PriorityCategory.ETHNIC_MINORITY, "69", "71", "72", "72"),
            // written 45: below 50 in a part of the 2025 set, not through round 2
            new Person("Phạm Quốc Huy", LocalDate.of(1993, 6, 9), Sex.MALE, "Kinh", "030093045678", "Luật", null,
                    "44", "46", "70", "68"),
            // 58 and 60: 58.6
            new Person("Vũ Thị Lan", LocalDate.of(1995, 12, 11), Sex.FEMALE, "Kinh", "030195056789",
                    "Lưu trữ học", null, "57", "59", "61", "59"));

    /** How well each sits round 1 (strong candidates: everyone passes). */
    private static final List<Double> ABILITIES = List.of(1.8, 1.4, 1.6, 1.2, 1.5);

    private final DemoActors actors;
    private final IdentityService identity;
    private final CampaignService campaigns;
    private final CampaignSetupService setup;
    private final CouncilService councils;
    private final RegistrationService registration;
    private final FinishedRoundOne sitting;
    private final WrittenMarkingService marking;
    private final GradingService grading;
    private final ResultsService results;
    private final CandidateDocuments documents;
    private final Clock clock;

    FinishedRecruitment(IdentityService identity, CampaignService campaigns, CampaignSetupService setup,
            CouncilService councils, RegistrationService registration, FinishedRoundOne sitting,
            WrittenMarkingService marking, GradingService grading, ResultsService results,
            CandidateDocuments documents, Clock clock) {
        this.documents = documents;
        this.identity = identity;
        this.actors = new DemoActors(identity);
        this.campaigns = campaigns;
        this.setup = setup;
        this.councils = councils;
        this.registration = registration;
        this.sitting = sitting;
        this.marking = marking;
        this.grading = grading;
        this.results = results;
        this.clock = clock;
    }

    /** Loads the campaign; the candidates' accounts are {@code usernamePrefix}-01 … -05 (01 wins, 02 may appeal). */
    Loaded load(String code, String name, String usernamePrefix, String password, Staff staff) {
        long campaign = setUp(code, name, staff);
        long position = campaigns.positions(campaign).get(0).id();
        List<Long> apps = new ArrayList<>();
        for (int i = 0; i < PEOPLE.size(); i++) {
            apps.add(apply(campaign, position, usernamePrefix, i + 1, password, PEOPLE.get(i)));
        }
        List<Long> sittings = sitting.reviewAndOpen(campaign, roundOneStaff(staff));
        sitting.sitRooms(sittings, roundOneStaff(staff), ABILITIES, false);
        markWritten(campaign, position, staff, apps);
        interview(staff, apps);
        publish(campaign, staff);
        // the winner has uploaded the scan of her degrees; the secretary has not checked it against the original yet
        as(String.format("%s-%02d", usernamePrefix, 1), () -> documents.uploadDossierItem(campaign, "DEGREES",
                "bang-tot-nghiep-dai-hoc.pdf", DemoPdf.of("Bằng tốt nghiệp đại học ngành Lưu trữ học: "
                        + PEOPLE.get(0).fullName())));
        return new Loaded(campaign, position, apps.get(0), apps.get(1), apps.get(2), DOCUMENT_NUMBER);
    }

    private static FinishedRoundOne.Staff roundOneStaff(Staff staff) {
        return new FinishedRoundOne.Staff(staff.admin(), staff.secretary(), staff.author(), staff.chair(),
                staff.invigilators());
    }

    /** The campaign, its position and plan, the council and every board; registration open. */
    private long setUp(String code, String name, Staff staff) {
        Instant now = clock.instant();
        return asAdmin(staff.admin(), () -> {
            long id = setup.createCampaign(code, name, RuleSet.CIVIL_SERVANT_2025, now.minus(Duration.ofDays(90)),
                    now.plus(Duration.ofMinutes(15)));
            long vt01 = setup.addPosition(id, "VT01", "Chuyên viên văn thư – lưu trữ", "Sở Nội vụ", 1);
            // round 2: a written paper marked blind (70 %) and an interview (30 %), each passed at 50
            setup.savePlanParts(vt01, List.of(
                    new CampaignSetupService.PlanPart(PartKind.WRITTEN_PAPER, 180, BigDecimal.valueOf(100), 70, null),
                    new CampaignSetupService.PlanPart(PartKind.INTERVIEW, 30, BigDecimal.valueOf(100), 30, null)));
            campaigns.take(id, LifecycleStep.ANNOUNCE, null);
            campaigns.take(id, LifecycleStep.OPEN_REGISTRATION, null);
            councils.seat(id, userId(staff.chair()), CouncilRole.CHAIR);
            councils.seat(id, userId(staff.secretary()), CouncilRole.SECRETARY);
            councils.seatOnBoard(id, BoardKind.QUESTIONS, userId(staff.author()), null, true);
            seatBoard(id, BoardKind.INVIGILATION, staff.invigilators());
            seatBoard(id, BoardKind.INTERVIEW, staff.interviewers());
            councils.seatOnBoard(id, BoardKind.ANONYMISATION, userId(staff.anonymiser()), null, true);
            seatBoard(id, BoardKind.MARKING, staff.markers());
            seatBoard(id, BoardKind.APPEALS, staff.appeals());
            return id;
        });
    }

    private void seatBoard(long campaign, BoardKind board, List<String> usernames) {
        for (int i = 0; i < usernames.size(); i++) {
            councils.seatOnBoard(campaign, board, userId(usernames.get(i)), null, i == 0);
        }
    }

    private long apply(long campaign, long position, String prefix, int no, String password, Person p) {
        String username = String.format("%s-%02d", prefix, no);
        String email = username + "@example.vn";
        long userId = identity.signUpCandidate(username, password, p.fullName(), email)
                .orElseThrow(() -> new IllegalStateException("demo account " + username + " exists"));
        ApplicationForm form = new ApplicationForm(position, p.fullName(), p.born(), p.sex(), p.ethnicity(),
                p.citizenId(), String.format("09%08d", 16250000 + no), email,
                "Số " + (20 + no) + " Trần Hưng Đạo, TP Hải Dương", EducationLevel.BACHELOR, p.major(),
                p.priority() == null ? null : List.of(p.priority()), Exemption.NONE, null, ForeignLanguage.NONE);
        return RunAs.call(new Principal(username, "", true, userId, null, Role.CANDIDATE, p.fullName()),
                () -> registration.submit(campaign, form));
    }

    /**
     * The written paper marked blind: the anonymisation board codes the scripts, the marking head deals them to the
     * two markers, each marks alone (three questions: 30, 30 and 40 points), the key is opened.
     */
    private void markWritten(long campaign, long position, Staff staff, List<Long> apps) {
        List<WrittenMarkingService.CodeLine> sheet = as(staff.anonymiser(), () -> marking.anonymise(position, 1,
                apps.stream().map(a -> new WrittenMarkingService.Intake(a, 4)).toList()));
        String head = staff.markers().get(0);
        List<String> pair = staff.markers().subList(1, 3);
        as(head, () -> marking.drawBundles(position, 1, List.of(new WrittenMarkingService.MarkerPair(
                userId(pair.get(0)), userId(pair.get(1))))));
        // the code sheet stays sealed with the anonymisation board; here it only tells the loader whose script is whose
        Map<String, Long> byCode = new HashMap<>();
        sheet.forEach(l -> byCode.put(l.secondCode(), l.applicationId()));
        for (int m = 0; m < 2; m++) {
            int which = m;
            String marker = pair.get(m);
            for (var row : as(marker, () -> marking.myScripts(campaign))) {
                Person p = PEOPLE.get(apps.indexOf(byCode.get(row.code())));
                List<BigDecimal> perQuestion = split(which == 0 ? p.marker1() : p.marker2());
                as(marker, () -> marking.enterMarks(row.scriptId(), perQuestion));
            }
        }
        as(staff.anonymiser(), () -> marking.openKey(position, 1));
    }

    /** A total split over three questions of 30, 30 and 40 points, in proportion (the last takes the rest). */
    private static List<BigDecimal> split(String total) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal q1 = t.multiply(new BigDecimal("0.3")).setScale(0, java.math.RoundingMode.HALF_UP);
        BigDecimal q2 = t.multiply(new BigDecimal("0.3")).setScale(0, java.math.RoundingMode.DOWN);
        return List.of(q1, q2, t.subtract(q1).subtract(q2));
    }

    /** Each member of the interview board scores each candidate alone (never more than 5 apart: the mean). */
    private void interview(Staff staff, List<Long> apps) {
        for (int m = 0; m < 2; m++) {
            int which = m;
            as(staff.interviewers().get(m), () -> {
                for (int i = 0; i < apps.size(); i++) {
                    Person p = PEOPLE.get(i);
                    grading.enterScore(apps.get(i), new BigDecimal(which == 0 ? p.interview1() : p.interview2()));
                }
                return null;
            });
        }
    }

    /** The secretary computes, the chair approves, the secretary publishes with the document's number. */
    private void publish(long campaign, Staff staff) {
        actors.publishResults(results, campaign, staff.secretary(), staff.chair(), DOCUMENT_NUMBER);
    }

    private long userId(String username) {
        return actors.userId(username);
    }

    private <T> T as(String username, Callable<T> body) {
        return actors.as(username, body);
    }

    private <T> T asAdmin(String username, Callable<T> body) {
        return actors.asAdmin(username, body);
    }
}
