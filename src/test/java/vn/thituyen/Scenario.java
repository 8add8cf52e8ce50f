package vn.thituyen;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.LifecycleStep;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.delivery.domain.Sitting;
import vn.thituyen.delivery.domain.PaperItemRepository;
import vn.thituyen.grading.GradingService;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.identity.Principal;
import vn.thituyen.identity.Role;
import vn.thituyen.identity.RunAs;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.Subject;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationForm.EducationLevel;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;
import vn.thituyen.registration.ApplicationForm.Sex;
import vn.thituyen.registration.RegistrationService;

/**
 * Drives a whole campaign through the real application services, signed in as the right role at each step.
 * Each scenario has its own campaign, accounts and citizen IDs, so scenarios can share one database.
 */
@Component
public class Scenario {

    public static final String PASSWORD = "Kiem-Tra@2026";

    @Autowired public IdentityService identity;
    @Autowired public CampaignService campaigns;
    @Autowired public vn.thituyen.campaign.CampaignSetupService setup;
    @Autowired public vn.thituyen.identity.StaffAccountService staffAccounts;
    @Autowired public vn.thituyen.campaign.CampaignRules campaignRules;
    @Autowired public RegistrationService registration;
    @Autowired public QuestionBankService banks;
    @Autowired public vn.thituyen.questionbank.ExamQuestions examQuestions;
    @Autowired public vn.thituyen.questionbank.QuestionAuthoring authoring;
    @Autowired public vn.thituyen.questionbank.QuestionExchangeService exchange;
    @Autowired public DeliveryService delivery;
    @Autowired public vn.thituyen.delivery.RoomConsole console;
    @Autowired public vn.thituyen.delivery.InvigilationService invigilation;
    @Autowired public GradingService grading;
    @Autowired public vn.thituyen.grading.WrittenMarkingService writtenMarking;
    @Autowired public vn.thituyen.grading.MarkingPapers markingPapers;
    @Autowired public vn.thituyen.campaign.CouncilService councils;
    @Autowired public vn.thituyen.campaign.LeadershipPosts leadershipPosts;
    @Autowired public vn.thituyen.registration.LeadershipCandidates leadershipCandidates;
    @Autowired public UserDetailsService users;
    @Autowired public TestClock clock;
    @Autowired public AttemptRepository attempts;
    @Autowired public vn.thituyen.delivery.SittingPreparation preparation;
    @Autowired public vn.thituyen.delivery.PartScoring scoring;
    @Autowired public AttemptPartRepository parts;
    @Autowired public PaperItemRepository items;
    @Autowired public vn.thituyen.delivery.domain.SittingRepository sittings;
    @Autowired public org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired private org.springframework.context.ApplicationContext context;

    private static int citizenSeq = (int) (System.nanoTime() % 1_000_000);

    /** A fresh campaign: positions VT01 (quota 2) and VT02 (quota 1), a 2-member board, staff accounts. */
    public Campaign newCampaign() {
        return newCampaign(RuleSet.CIVIL_SERVANT_2020);
    }

    /** A fresh campaign under {@code ruleSet}, as {@link #newCampaign()}. */
    public Campaign newCampaign(RuleSet ruleSet) {
        return newCampaign(ruleSet, null);
    }

    /**
     * A fresh campaign under {@code ruleSet} whose VT01 sits {@code vt01Round2} in round 2 (set before the
     * announcement, while plans may change); null keeps the default interview.
     */
    /** Round 2 of 2025: a written part typed on computer (70 %) and an interview (30 %), each passed at 50. */
    public static final List<vn.thituyen.campaign.domain.ExamPlanRule.Part> TYPED_AND_INTERVIEW = List.of(
            new vn.thituyen.campaign.domain.ExamPlanRule.Part(vn.thituyen.campaign.PartKind.WRITTEN_COMPUTER, 180,
                    new java.math.BigDecimal("100"), 70, new java.math.BigDecimal("50")),
            new vn.thituyen.campaign.domain.ExamPlanRule.Part(vn.thituyen.campaign.PartKind.INTERVIEW, 30,
                    new java.math.BigDecimal("100"), 30, new java.math.BigDecimal("50")));

    public Campaign newCampaign(RuleSet ruleSet, List<vn.thituyen.campaign.domain.ExamPlanRule.Part> vt01Round2) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ensureBanks();
        long id = as("system-admin", Role.ADMIN, () -> {
            long campaignId = setup.createCampaign("T-" + tag, "Kỳ thi tuyển thử nghiệm " + tag,
                    ruleSet, clock.instant().minus(Duration.ofDays(1)),
                    clock.instant().plus(Duration.ofDays(30)));
            setup.addPosition(campaignId, "VT01", "Chuyên viên tổ chức cán bộ", "Sở Nội vụ", 2);
            setup.addPosition(campaignId, "VT02", "Chuyên viên pháp chế", "Sở Tư pháp", 1);
            if (vt01Round2 != null) {
                long vt01 = campaigns.positions(campaignId).stream().filter(p -> p.code().equals("VT01"))
                        .findFirst().orElseThrow().id();
                setup.savePlan(vt01, vt01Round2);
            }
            campaigns.take(campaignId, LifecycleStep.ANNOUNCE, null);
            campaigns.take(campaignId, LifecycleStep.OPEN_REGISTRATION, null);
            return campaignId;
        });
        return staffFor(id, tag);
    }

    /**
     * A fresh 2025 campaign (ND 170/2025/NĐ-CP) as {@link #newCampaign()}, whose VT02 is a joint position shared by
     * the agencies given ("Sở Tư pháp: 1\nSở Tài chính: 1"), set before the announcement; registration open.
     */
    public Campaign newJointCampaign(String vt02Agencies) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ensureBanks();
        long id = as("system-admin", Role.ADMIN, () -> {
            long campaignId = setup.createCampaign("T-" + tag, "Kỳ thi tuyển thử nghiệm " + tag,
                    RuleSet.CIVIL_SERVANT_2025, clock.instant().minus(Duration.ofDays(1)),
                    clock.instant().plus(Duration.ofDays(30)));
            setup.addPosition(campaignId, "VT01", "Chuyên viên tổ chức cán bộ", "Sở Nội vụ", 2);
            long vt02 = setup.addPosition(campaignId, "VT02", "Chuyên viên pháp chế", "UBND tỉnh", 1);
            setup.savePosition(campaignId, vt02, new vn.thituyen.campaign.CampaignSetupService.PositionDraft("VT02",
                    "Chuyên viên pháp chế", "UBND tỉnh", 1, vn.thituyen.campaign.EducationLevel.BACHELOR, null,
                    java.util.Set.of(vn.thituyen.campaign.Language.ENGLISH), true, true), vt02Agencies);
            campaigns.take(campaignId, LifecycleStep.ANNOUNCE, null);
            campaigns.take(campaignId, LifecycleStep.OPEN_REGISTRATION, null);
            return campaignId;
        });
        return staffFor(id, tag);
    }

    /** Signs up a candidate account and submits the form with an order of preference of a joint position. */
    public long apply(Campaign c, ApplicationForm form, List<Long> agencyOrder) {
        String username = "c" + c.tag + "-" + (c.candidates.size() + 1);
        as("anonymous", Role.CANDIDATE, () -> identity.signUpCandidate(username, PASSWORD, "Thí Sinh Thử",
                "u@example.vn"));
        c.candidates.add(username);
        return asUser(username, () -> registration.submit(c.id, form, agencyOrder));
    }

    /**
     * The staff accounts and the 2-member interview board of a campaign made elsewhere (e.g. in the browser); each
     * of them works on it (the picker remembers a choice per user). Positions VT01 and VT02 when the campaign has them.
     */
    public Campaign staffFor(long campaignId, String tag) {
        ensureBanks();
        Campaign c = new Campaign(tag);
        c.id = campaignId;
        for (CampaignService.PositionInfo p : campaigns.positions(campaignId)) {
            if (p.code().equals("VT01")) {
                c.position1 = p.id();
            } else if (p.code().equals("VT02")) {
                c.position2 = p.id();
            }
        }
        as("system-admin", Role.ADMIN, () -> {
            long secretary = identity.createAccount(c.secretary, PASSWORD, "Trần Thư Ký", "tk@example.vn",
                    Role.SECRETARY);
            long chair = identity.createAccount(c.chair, PASSWORD, "Lê Chủ Tịch", "ct@example.vn", Role.CHAIR);
            long invigilator = identity.createAccount(c.invigilator, PASSWORD, "Vũ Giám Thị", "gt@example.vn",
                    Role.INVIGILATOR);
            long invigilator2 = identity.createAccount(c.invigilator2, PASSWORD, "Lý Giám Thị", "gt2@example.vn",
                    Role.INVIGILATOR);
            long a1 = identity.createAccount(c.author1, PASSWORD, "Phạm Soạn Đề", "bd1@example.vn", Role.AUTHOR);
            long a2 = identity.createAccount(c.author2, PASSWORD, "Ngô Thẩm Định", "bd2@example.vn", Role.AUTHOR);
            long g1 = identity.createAccount(c.grader1, PASSWORD, "Đỗ Trưởng Ban", "g1@example.vn", Role.GRADER);
            long g2 = identity.createAccount(c.grader2, PASSWORD, "Hoàng Thành Viên", "g2@example.vn", Role.GRADER);
            // a staff member reaches a campaign only through a seat on its council or one of its boards
            councils.seat(c.id, chair, vn.thituyen.campaign.CouncilRole.CHAIR);
            councils.seat(c.id, secretary, vn.thituyen.campaign.CouncilRole.SECRETARY);
            councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.INVIGILATION, invigilator, null, true);
            councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.INVIGILATION, invigilator2, null, false);
            councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.QUESTIONS, a1, null, true);
            councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.QUESTIONS, a2, null, false);
            councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.INTERVIEW, g1, null, true);
            councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.INTERVIEW, g2, null, false);
            return null;
        });
        for (String staff : List.of(c.secretary, c.chair, c.invigilator, c.invigilator2, c.author1, c.author2,
                c.grader1, c.grader2,
                "admin", "system-admin", "system-chair")) {
            chooseFor(staff, c.id);
        }
        return c;
    }

    public synchronized void ensureBanks() {
        if (banks.bankFor(Subject.GENERAL_KNOWLEDGE, null).isPresent()) {
            return;
        }
        as("system-chair", Role.CHAIR, () -> {
            exchange.createApprovedBank("KTC", "Kiến thức chung", Subject.GENERAL_KNOWLEDGE, null, "aiken",
                    bytes("general-knowledge.aiken.txt"));
            exchange.createApprovedBank("TA", "Tiếng Anh", Subject.FOREIGN_LANGUAGE, "ENGLISH", "aiken",
                    bytes("english.aiken.txt"));
            return null;
        });
    }

    /** Tops the shared sample bank up again after a test purged some of its questions. */
    public void replenishGeneralKnowledge() {
        long bank = banks.bankFor(Subject.GENERAL_KNOWLEDGE, null).orElseThrow().id();
        as("system-chair", Role.CHAIR, () -> exchange.importFile(bank, "aiken", bytes("general-knowledge.aiken.txt"),
                null, false, true));
    }

    /** The key of single-answer questions, as the tests answer them. */
    public static Map<Long, Integer> singleKeys(Map<Long, java.util.Set<Integer>> keys) {
        Map<Long, Integer> out = new java.util.HashMap<>();
        keys.forEach((id, set) -> out.put(id, set.iterator().next()));
        return out;
    }

    private static byte[] bytes(String file) {
        return read(file).getBytes(StandardCharsets.UTF_8);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of("question-banks", file), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A valid form for a candidate of the given position. */
    public ApplicationForm form(long positionId, String fullName) {
        return new ApplicationForm(positionId, fullName, LocalDate.of(1995, 3, 14), Sex.FEMALE, "Kinh",
                nextCitizenId(), "0912345678", "ts@example.vn", "Số 1 Trần Hưng Đạo, TP Hải Dương",
                EducationLevel.BACHELOR, "Luật", null, Exemption.NONE, null, ForeignLanguage.ENGLISH);
    }

    public synchronized String nextCitizenId() {
        citizenSeq = (citizenSeq + 1) % 1_000_000;
        return String.format("030%03d%06d", 95, citizenSeq);
    }

    /** Signs up a candidate account and submits the form; returns the application id. */
    public long apply(Campaign c, ApplicationForm form) {
        String username = "c" + c.tag + "-" + (c.candidates.size() + 1);
        as("anonymous", Role.CANDIDATE, () -> identity.signUpCandidate(username, PASSWORD, "Thí Sinh Thử",
                "u@example.vn"));
        long id = asUser(username, () -> registration.submit(c.id, form));
        c.candidates.add(username);
        return id;
    }

    public long apply(Campaign c, long positionId, String fullName, PriorityCategory priority) {
        ApplicationForm f = form(positionId, fullName);
        ApplicationForm withPriority = new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(),
                f.ethnicity(), f.citizenId(), f.phone(), f.email(), f.address(), f.educationLevel(), f.major(),
                priority == null ? null : java.util.List.of(priority), f.exemption(), f.exemptionReason(),
                f.foreignLanguage());
        return apply(c, withPriority);
    }

    /** Makes {@code campaignId} the campaign {@code username} works on, as the picker would. */
    public void chooseFor(String username, long campaignId) {
        // as the person themself when they have an account: the picker only takes a campaign they may reach
        if (identity.exists(username)) {
            asUser(username, () -> campaigns.choose(campaignId));
        } else {
            as(username, Role.SECRETARY, () -> campaigns.choose(campaignId));
        }
    }

    /** Closes registration early (the window is still running in tests), as an office may with a reason. */
    public void closeRegistration(Campaign c) {
        as("system-admin", Role.ADMIN, () -> campaigns.take(c.id, LifecycleStep.CLOSE_REGISTRATION, "Kết thúc sớm để thử nghiệm"));
    }

    /** Accepts everyone (confirming claims) and publishes the eligible list. */
    public void acceptAllAndPublish(Campaign c) {
        if (campaigns.campaign(c.id).status() == vn.thituyen.campaign.CampaignStatus.REGISTRATION_OPEN) {
            closeRegistration(c);
        }
        asUser(c.secretary, () -> {
            for (var a : registration.applications(c.id)) {
                registration.accept(a.id());
                for (var claim : a.priorities()) {
                    registration.decidePriority(a.id(), claim.category(), true);
                }
                if (a.exemption() != Exemption.NONE) {
                    registration.decideExemption(a.id(), true);
                }
            }
            registration.publishEligibleList(c.id);
            return null;
        });
        assignInvigilator(c);
    }

    /**
     * The campaign's two invigilators run every room (an invigilator reaches only the rooms assigned to them; a
     * sitting opens only with two).
     */
    public void assignInvigilator(Campaign c) {
        asUser(c.secretary, () -> {
            long invigilatorId = identity.findByUsername(c.invigilator).orElseThrow().id();
            long invigilator2Id = identity.findByUsername(c.invigilator2).orElseThrow().id();
            for (var room : registration.rooms(c.id)) {
                invigilation.assignInvigilator(room.id(), invigilatorId);
                invigilation.assignInvigilator(room.id(), invigilator2Id);
            }
            return null;
        });
    }

    /**
     * Prepares and opens a sitting for every room and, as the invigilators do at the door, checks every candidate
     * in (no part starts before that); returns the sitting ids.
     */
    public List<Long> openSittings(Campaign c) {
        List<Long> ids = openSittingsWithoutCheckIn(c);
        checkInEveryone(c, ids);
        return ids;
    }

    /** Prepares and opens a sitting for every room; nobody is checked in yet. Returns the sitting ids. */
    public List<Long> openSittingsWithoutCheckIn(Campaign c) {
        return asUser(c.secretary, () -> {
            List<Long> ids = new ArrayList<>();
            for (var room : registration.rooms(c.id)) {
                long s = preparation.prepareSitting(room.id());
                preparation.openSitting(s);
                ids.add(s);
            }
            return ids;
        });
    }

    /** The invigilator checks every candidate of these sittings in. */
    public void checkInEveryone(Campaign c, List<Long> sittingIds) {
        asUser(c.invigilator, () -> {
            for (long sitting : sittingIds) {
                for (var row : console.roster(sitting)) {
                    invigilation.checkIn(row.attemptId());
                }
            }
            return null;
        });
    }

    public long attemptOf(long applicationId) {
        return attempts.findByApplicationId(applicationId).orElseThrow().getId();
    }

    /**
     * The candidate sits round 1 answering exactly {@code correct[k]} questions of part k+1 right (the rest
     * wrong) and hands in each part.
     */
    public void sit(long applicationId, int... correct) {
        long attemptId = attemptOf(applicationId);
        asExaminee(attemptId, () -> {
            for (int k = 0; k < correct.length; k++) {
                delivery.startNextPart();
                AttemptPart part = parts.findByAttemptIdOrderByPartNo(attemptId).stream()
                        .filter(AttemptPart::isOpen).findFirst().orElseThrow();
                List<PaperItem> paper = items.findByAttemptPartIdOrderBySeq(part.getId());
                Map<Long, Integer> keys = vn.thituyen.Scenario.singleKeys(examQuestions.answerKeys(paper.stream().map(PaperItem::getQuestionId).toList()));
                for (int i = 0; i < paper.size(); i++) {
                    PaperItem it = paper.get(i);
                    int key = keys.get(it.getQuestionId());
                    int original = i < correct[k] ? key : (key + 1) % it.order().length;
                    delivery.saveAnswer(it.getId(), it.displayIndex(original));
                }
                delivery.submitCurrentPart();
            }
            return null;
        });
    }

    /** Every board member scores the candidate. */
    public void interview(Campaign c, long applicationId, String headScore, String memberScore) {
        asUser(c.grader1, () -> {
            grading.enterScore(applicationId, new BigDecimal(headScore));
            return null;
        });
        asUser(c.grader2, () -> {
            grading.enterScore(applicationId, new BigDecimal(memberScore));
            return null;
        });
    }

    /**
     * Closes every sitting earlier tests left prepared, open or paused (as a secretary): a purge refuses while any
     * paper still to be sat holds one of the questions, and the sample banks are shared by every test.
     */
    public void closeLeftoverSittings() {
        as("system-secretary", Role.SECRETARY, () -> {
            for (var st : java.util.List.of(Sitting.Status.PREPARED, Sitting.Status.PAUSED, Sitting.Status.OPEN)) {
                for (Sitting leftover : sittings.findByStatus(st)) {
                    try {
                        if (st == Sitting.Status.PREPARED) {
                            preparation.openSitting(leftover.getId());
                        }
                        console.closeSitting(leftover.getId());
                    } catch (vn.thituyen.common.DomainException cannotOpen) {
                        // opened later it would fail again (an incomplete paper left on purpose, a bank since
                        // purged below 3 x): nobody will ever sit it; marked closed below
                    }
                }
            }
            return null;
        });
        jdbc.update("UPDATE sitting SET status = 'CLOSED', closed_at = ? WHERE status <> 'CLOSED'",
                java.sql.Timestamp.from(clock.instant()));
    }

    // ---------------------------------------------------------------- security helpers

    /** A campaign's anonymisation head, marking head and four markers (all GRADER accounts), seated. */
    public record MarkingBoard(String anon, String head, List<String> markers, List<Long> markerIds) {
    }

    public MarkingBoard markingBoard(Campaign c) {
        List<String> markers = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        String anon = "anon-" + c.tag;
        String head = "mh-" + c.tag;
        as("system-admin", Role.ADMIN, () -> {
            long a = identity.createAccount(anon, PASSWORD, "Bùi Trưởng Ban Phách", null, Role.GRADER);
            councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.ANONYMISATION, a, null, true);
            long h = identity.createAccount(head, PASSWORD, "Đinh Trưởng Ban Chấm", null, Role.GRADER);
            councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.MARKING, h, null, true);
            for (int i = 1; i <= 4; i++) {
                String name = "mk" + i + "-" + c.tag;
                long id = identity.createAccount(name, PASSWORD, "Cán Bộ Chấm " + i, null, Role.GRADER);
                councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.MARKING, id, null, false);
                markers.add(name);
                ids.add(id);
            }
            return null;
        });
        for (String u : List.of(anon, head, markers.get(0), markers.get(1), markers.get(2), markers.get(3))) {
            chooseFor(u, c.id);
        }
        return new MarkingBoard(anon, head, markers, ids);
    }

    /** A campaign's appeals board: its head and two members (GRADER accounts), seated, the campaign chosen. */
    public record AppealsBoard(String head, List<String> reviewers, List<Long> reviewerIds) {
    }

    public AppealsBoard appealsBoard(Campaign c) {
        String head = "ah-" + c.tag;
        List<String> names = List.of("ar1-" + c.tag, "ar2-" + c.tag);
        List<Long> ids = new ArrayList<>();
        as("system-admin", Role.ADMIN, () -> {
            long h = identity.createAccount(head, PASSWORD, "Mai Trưởng Ban Phúc Khảo", null, Role.GRADER);
            councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.APPEALS, h, null, true);
            for (int i = 0; i < 2; i++) {
                long id = identity.createAccount(names.get(i), PASSWORD,
                        "Cán Bộ Phúc Khảo " + (i == 0 ? "Một" : "Hai"), null, Role.GRADER);
                councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.APPEALS, id, null, false);
                ids.add(id);
            }
            return null;
        });
        List.of(head, names.get(0), names.get(1)).forEach(u -> chooseFor(u, c.id));
        return new AppealsBoard(head, names, ids);
    }

    /**
     * A written part marked blind end to end: the scripts of {@code marks}' candidates anonymised, dealt to the first
     * two markers, each giving the candidate's mark (so the mean is that mark), the key opened by the anonymisation
     * head.
     */
    public void markWritten(MarkingBoard b, long positionId, int partNo, Map<Long, String> marks) {
        List<vn.thituyen.grading.WrittenMarkingService.CodeLine> codes = asUser(b.anon(), () -> writtenMarking
                .anonymise(positionId, partNo, marks.keySet().stream()
                        .map(a -> new vn.thituyen.grading.WrittenMarkingService.Intake(a, 4)).toList()));
        asUser(b.head(), () -> writtenMarking.drawBundles(positionId, partNo, List.of(
                new vn.thituyen.grading.WrittenMarkingService.MarkerPair(b.markerIds().get(0), b.markerIds().get(1)))));
        Map<String, Long> appByCode = new java.util.HashMap<>();
        codes.forEach(l -> appByCode.put(l.secondCode(), l.applicationId()));
        for (String marker : b.markers().subList(0, 2)) {
            for (var row : asUser(marker, () -> writtenMarking.myScripts(campaignOf(positionId)))) {
                String mark = marks.get(appByCode.get(row.code()));
                asUser(marker, () -> writtenMarking.enterMarks(row.scriptId(), List.of(new java.math.BigDecimal(mark))));
            }
        }
        asUser(b.anon(), () -> writtenMarking.openKey(positionId, partNo));
    }

    /** The results service (for tests that publish before appeals). */
    public vn.thituyen.results.ResultsService results() {
        return context.getBean(vn.thituyen.results.ResultsService.class);
    }

    private long campaignOf(long positionId) {
        return campaigns.position(positionId).campaignId();
    }

    /** A leadership campaign under test: two posts, two managing agencies' accounts, the usual staff. */
    public record Leadership(Campaign c, long post1, long post2, String agency1, long agency1Id, String agency2,
            long agency2Id) {
    }

    /**
     * A fresh LEADERSHIP_DIVISION campaign, registration open: post 1 "Trưởng phòng Tổ chức cán bộ" and post 2
     * "Phó Trưởng phòng Kế hoạch – Tài chính", both of Sở Y tế, appointed by the province's People's Committee; the
     * managing agencies Sở Y tế and Bệnh viện Đa khoa tỉnh each have an account. Outside candidates when asked.
     */
    public Leadership newLeadershipCampaign(boolean outsideCandidates) {
        return leadershipCampaign(outsideCandidates, false, false);
    }

    private Leadership leadershipCampaign(boolean outsideCandidates, boolean confidenceVote, boolean namedBallots) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long[] ids = as("system-admin", Role.ADMIN, () -> {
            long campaignId = setup.createCampaign("L-" + tag, "Thi tuyển lãnh đạo cấp phòng " + tag,
                    RuleSet.LEADERSHIP_DIVISION, clock.instant().minus(Duration.ofDays(1)),
                    clock.instant().plus(Duration.ofDays(30)));
            long p1 = leadershipPosts.savePost(campaignId, null, new vn.thituyen.campaign.LeadershipPosts.PostDraft(
                    "TP-TCCB", vn.thituyen.campaign.PostTitle.HEAD, "Phòng Tổ chức cán bộ", "Sở Y tế",
                    "Ủy ban nhân dân tỉnh"));
            long p2 = leadershipPosts.savePost(campaignId, null, new vn.thituyen.campaign.LeadershipPosts.PostDraft(
                    "PTP-KHTC", vn.thituyen.campaign.PostTitle.DEPUTY, "Phòng Kế hoạch – Tài chính", "Sở Y tế",
                    "Giám đốc Sở Y tế"));
            leadershipPosts.saveSettings(campaignId, RuleSet.Leadership.Combination.GATE_THEN_PART2, 0,
                    confidenceVote, namedBallots, outsideCandidates, 45, 15);
            // each run its own agency names: a candidate picks the agency by name among every test's accounts
            long a1 = identity.createAccount("ag1-" + tag, PASSWORD, "Sở Y tế (" + tag + ")", "syt@example.vn",
                    Role.AGENCY);
            long a2 = identity.createAccount("ag2-" + tag, PASSWORD, "Bệnh viện Đa khoa tỉnh (" + tag + ")",
                    "bv@example.vn", Role.AGENCY);
            campaigns.take(campaignId, LifecycleStep.ANNOUNCE, null);
            campaigns.take(campaignId, LifecycleStep.OPEN_REGISTRATION, null);
            return new long[] {campaignId, p1, p2, a1, a2};
        });
        Campaign c = staffFor(ids[0], tag);
        return new Leadership(c, ids[1], ids[2], "ag1-" + tag, ids[3], "ag2-" + tag, ids[4]);
    }

    /** Signs up a candidate and applies for a post, naming the post held now and the managing agency (null: none). */
    public long applyForPost(Leadership l, long postId, String fullName, String currentTitle, String currentDivision,
            String currentAgency, Long agencyId) {
        Campaign c = l.c();
        String username = "c" + c.tag + "-" + (c.candidates.size() + 1);
        as("anonymous", Role.CANDIDATE, () -> identity.signUpCandidate(username, PASSWORD, fullName,
                "u@example.vn"));
        ApplicationForm f = form(postId, fullName);
        long id = asUser(username, () -> leadershipCandidates.apply(c.id, f,
                new vn.thituyen.registration.LeadershipCandidates.CurrentPost(currentTitle, currentDivision,
                        currentAgency, agencyId)));
        c.candidates.add(username);
        return id;
    }

    /**
     * A leadership campaign up to its eligible list: the named candidates apply for post 1 (nominated by agency 1,
     * every standard met), one candidate for post 2, which is then withdrawn for too few candidates; post 1 goes
     * ahead and the eligible list is published. Returns post 1's application ids, in the order of the names.
     */
    public List<Long> leadershipReady(Leadership l, String... post1Names) {
        Campaign c = l.c();
        List<Long> apps = new ArrayList<>();
        for (String name : post1Names) {
            apps.add(eligibleFor(l, l.post1(), name));
        }
        eligibleFor(l, l.post2(), "Lê Văn Dũng");
        closeRegistration(c);
        asUser(c.chair, () -> {
            leadershipCandidates.decidePost(l.post2(), vn.thituyen.campaign.PostState.WITHDRAWN, null, null,
                    "Chỉ có một thí sinh đủ điều kiện");
            leadershipCandidates.decidePost(l.post1(), vn.thituyen.campaign.PostState.GO_AHEAD, null, null, null);
            return null;
        });
        asUser(c.secretary, () -> {
            registration.publishEligibleList(c.id);
            return null;
        });
        return apps;
    }

    /** A candidate applies for the post, agency 1 nominates them with its letter, and every standard is met. */
    public long eligibleFor(Leadership l, long postId, String fullName) {
        long a = applyForPost(l, postId, fullName, "Chuyên viên chính", "Phòng Tổ chức cán bộ", "Sở Y tế",
                l.agency1Id());
        asUser(l.agency1(), () -> {
            leadershipCandidates.uploadLetter(a, "cong-van-cu.pdf", pdf("Công văn cử cán bộ dự thi"));
            leadershipCandidates.nominate(a);
            return null;
        });
        asUser(l.c().secretary, () -> {
            for (var line : leadershipCandidates.candidacy(a).standards()) {
                leadershipCandidates.decideStandard(a, line.standard().id(), true, "Hồ sơ cán bộ", null);
            }
            return leadershipCandidates.conclude(a);
        });
        return a;
    }

    /** A tiny real PDF, as an uploaded letter. */
    /** Seats these staff accounts on the campaign's council as members (the đề án ballots are the council's). */
    public void seatOnCouncil(Campaign c, String... usernames) {
        as("system-admin", Role.ADMIN, () -> {
            for (String u : usernames) {
                councils.seat(c.id, identity.findByUsername(u).orElseThrow().id(),
                        vn.thituyen.campaign.CouncilRole.MEMBER);
            }
            return null;
        });
    }

    /**
     * A PDF's text, NFC, as a reader would copy it; the file is kept for a look (pdftoppm) as target/pdf/{name}.pdf.
     */
    /** The first page of a PDF rendered at print resolution, its QR code decoded with ZXing, as a scanner reads it. */
    public static String qrOf(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc)
                    .renderImageWithDPI(0, 200);
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.client.j2se.BufferedImageLuminanceSource(page)));
            return new com.google.zxing.MultiFormatReader().decode(bitmap, Map.of(
                    com.google.zxing.DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE),
                    com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }

    public static String pdfText(String name, byte[] pdf) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "pdf");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                return java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(doc),
                        java.text.Normalizer.Form.NFC);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.openpdf.text.Document d = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(d, out);
        d.open();
        d.add(new org.openpdf.text.Paragraph(text));
        d.close();
        return out.toByteArray();
    }

    public <T> T asUser(String username, Callable<T> body) {
        Principal p = (Principal) users.loadUserByUsername(username);
        return RunAs.call(p, body);
    }

    public <T> T asExaminee(long attemptId, Callable<T> body) {
        var a = attempts.findById(attemptId).orElseThrow();
        Principal p = new Principal(a.getCandidateNumber(), "", true, null, attemptId, Role.EXAMINEE, "examinee");
        return RunAs.call(p, body);
    }

    public <T> T as(String name, Role role, Callable<T> body) {
        return RunAs.call(new Principal(name, "", true, null, null, role, name), body);
    }


    /** One campaign under test and the usernames of its people. */
    public static final class Campaign {
        public final String tag;
        public long id;
        public long position1;
        public long position2;
        public final String secretary;
        public final String chair;
        public final String invigilator;
        public final String invigilator2;
        public final String grader1;
        public final String grader2;
        public final String author1;
        public final String author2;
        public final List<String> candidates = new ArrayList<>();

        Campaign(String tag) {
            this.tag = tag;
            this.secretary = "sec-" + tag;
            this.chair = "chair-" + tag;
            this.invigilator = "inv-" + tag;
            this.invigilator2 = "inv2-" + tag;
            this.grader1 = "g1-" + tag;
            this.grader2 = "g2-" + tag;
            this.author1 = "au1-" + tag;
            this.author2 = "au2-" + tag;
        }
    }

    /**
     * As {@link #newLeadershipCampaign(boolean)} without outside candidates, with the campaign's choices on the
     * confidence vote and named ballots (saved while the campaign may still change).
     */
    public Leadership newLeadershipCampaign(boolean confidenceVote, boolean namedBallots) {
        return leadershipCampaign(false, confidenceVote, namedBallots);
    }
}
