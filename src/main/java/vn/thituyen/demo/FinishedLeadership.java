package vn.thituyen.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignSetupService;
import vn.thituyen.campaign.CouncilRole;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.campaign.LeadershipPosts;
import vn.thituyen.campaign.LifecycleStep;
import vn.thituyen.campaign.PostState;
import vn.thituyen.campaign.PostTitle;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.grading.ProposalDefence;
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
import vn.thituyen.registration.LeadershipCandidates;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.results.ResultsService;

/**
 * A leadership exam that is over (thi tuyển lãnh đạo cấp phòng), so that the demo shows part 1, part 2 and a
 * published result: two posts; post A goes ahead with three nominated candidates, post B is withdrawn ("Không tổ
 * chức thi") because only one of its two candidates is eligible. Post A's part 1 is a written paper anonymised and
 * marked blind by two markers, the key opened (one candidate below 50 is out); each of the other two uploads their
 * đề án, the presentations are drawn by lot, every council member casts a secret ballot, the chair decides the
 * score of the candidate whose ballots are more than 5 apart and closes the ballots; the secretary computes the
 * results, the chair approves and the secretary publishes them with a document number.
 *
 * <p>Everything goes through the services, signed in as the person who would do it, with the application's clock,
 * as {@link FinishedRoundOne} does. The clock decides two dates: applications are taken only inside the registration
 * window, so the window runs from about a year back to a few minutes after the load and the office closes it at
 * once, with a recorded reason; the đề án is uploaded only before the post's deadline, so the deadline is a few
 * minutes after the load and the presentations are drawn for just after it.
 */
final class FinishedLeadership {

    /** Who does what; staff accounts must exist. {@code members}: the council's members beside chair and secretary. */
    record Staff(String admin, String secretary, String chair, List<String> members, String anonymiser,
            String markingHead, List<String> markers) {
    }

    /** The managing agencies' accounts, made by the loader; the candidates' accounts are prefix-01 … prefix-05. */
    record Accounts(String usernamePrefix, String constructionAgency, String educationAgency, String password) {
    }

    /** What was loaded: the campaign, its two posts, and post A's candidates (the winner first). */
    record Loaded(long campaignId, long postA, long postB, long winner, long runnerUp, long outAtPart1,
            String documentNumber) {
    }

    static final String DOCUMENT_NUMBER = "25/TB-HĐTT";
    static final String WITHDRAWN_REASON = "Chỉ có 01 thí sinh đủ điều kiện, tiêu chuẩn dự thi (cần ít nhất 02 thí"
            + " sinh để tổ chức thi)";

    private final DemoActors actors;
    private final IdentityService identity;
    private final CampaignService campaigns;
    private final CampaignSetupService setup;
    private final CouncilService councils;
    private final LeadershipPosts posts;
    private final LeadershipCandidates candidates;
    private final RegistrationService registration;
    private final WrittenMarkingService marking;
    private final ProposalDefence defence;
    private final ResultsService results;
    private final Clock clock;

    FinishedLeadership(IdentityService identity, CampaignService campaigns, CampaignSetupService setup,
            CouncilService councils, LeadershipPosts posts, LeadershipCandidates candidates,
            RegistrationService registration, WrittenMarkingService marking, ProposalDefence defence,
            ResultsService results, Clock clock) {
        this.identity = identity;
        this.actors = new DemoActors(identity);
        this.campaigns = campaigns;
        this.setup = setup;
        this.councils = councils;
        this.posts = posts;
        this.candidates = candidates;
        this.registration = registration;
        this.marking = marking;
        this.defence = defence;
        this.results = results;
        this.clock = clock;
    }

    /** A candidate as they fill in the form, with the post they hold now. */
    private record Person(String fullName, LocalDate born, Sex sex, String citizenId, String major,
            EducationLevel education, String title, String division) {
    }

    Loaded load(String code, String name, Accounts accounts, Staff staff) {
        long[] ids = setUp(code, name, accounts, staff);
        long campaign = ids[0];
        long postA = ids[1];
        long postB = ids[2];
        long construction = ids[3];
        long education = ids[4];

        // post A: three public servants of Sở Xây dựng, nominated by it and eligible
        long hang = eligible(campaign, accounts, staff, 1, postA, construction, new Person("Nguyễn Thị Thu Hằng",
                LocalDate.of(1984, 9, 12), Sex.FEMALE, "030184006215", "Kinh tế xây dựng", EducationLevel.MASTER,
                "Phó Trưởng phòng", "Phòng Kế hoạch – Tài chính"));
        long viet = eligible(campaign, accounts, staff, 2, postA, construction, new Person("Trần Quốc Việt",
                LocalDate.of(1982, 3, 27), Sex.MALE, "030082004178", "Kế toán", EducationLevel.BACHELOR,
                "Chuyên viên chính", "Văn phòng Sở"));
        long phuc = eligible(campaign, accounts, staff, 3, postA, construction, new Person("Lê Hoàng Phúc",
                LocalDate.of(1986, 11, 5), Sex.MALE, "030086009342", "Tài chính – Ngân hàng", EducationLevel.MASTER,
                "Chuyên viên", "Phòng Quản lý xây dựng"));
        // post B: two of Sở Giáo dục và Đào tạo; one lacks the political-theory standard
        eligible(campaign, accounts, staff, 4, postB, education, new Person("Phạm Minh Đức", LocalDate.of(1983, 7, 19),
                Sex.MALE, "030083005516", "Sư phạm Toán học", EducationLevel.MASTER, "Chuyên viên chính",
                "Phòng Giáo dục trung học"));
        notEligible(campaign, accounts, staff, 5, postB, education, new Person("Vũ Thị Ngọc Ánh",
                LocalDate.of(1988, 2, 8), Sex.FEMALE, "030188007731", "Sư phạm Ngữ văn", EducationLevel.BACHELOR,
                "Chuyên viên", "Phòng Giáo dục trung học"));

        decidePostsAndPublishList(campaign, postA, postB, staff);
        // part 1: Hằng 75 and 74 (74.5), Việt 48 and 47 (47.5: out), Phúc 67 and 69 (68)
        markPart1(campaign, postA, staff, Map.of(hang, marks("24", "22.5", "28.5", "23.5", "22", "28.5"),
                viet, marks("15", "14.5", "18.5", "15", "14", "18"),
                phuc, marks("21", "20", "26", "22", "20.5", "26.5")));
        defend(campaign, postA, accounts, staff, hang, phuc);
        publishResults(campaign, staff);
        return new Loaded(campaign, postA, postB, hang, phuc, viet, DOCUMENT_NUMBER);
    }

    /** The campaign, its settings and posts, the council and boards, the agencies; registration open. */
    private long[] setUp(String code, String name, Accounts accounts, Staff staff) {
        Instant now = clock.instant();
        return asAdmin(staff.admin(), () -> {
            // registration ran from early November 2025 (about a year before the demo's "today"); it is closed as
            // soon as the candidates have applied
            long id = setup.createCampaign(code, name, RuleSet.LEADERSHIP_DIVISION, now.minus(Duration.ofDays(400)),
                    now.plus(Duration.ofMinutes(15)));
            long a = posts.savePost(id, null, new LeadershipPosts.PostDraft("TP-KHTC-SXD", PostTitle.HEAD,
                    "Phòng Kế hoạch – Tài chính", "Sở Xây dựng", "Giám đốc Sở Xây dựng"));
            long b = posts.savePost(id, null, new LeadershipPosts.PostDraft("PTP-GDTrH-SGDDT", PostTitle.DEPUTY,
                    "Phòng Giáo dục trung học", "Sở Giáo dục và Đào tạo", "Giám đốc Sở Giáo dục và Đào tạo"));
            // part 1 a gate at 50, the đề án decides; secret ballots; no outside candidates; no confidence vote (its
            // ballot is a type of the grading module's domain, which this module may not use)
            posts.saveSettings(id, RuleSet.Leadership.Combination.GATE_THEN_PART2, 0, false, false, false, 45, 15);
            long construction = identity.createAccount(accounts.constructionAgency(), accounts.password(),
                    "Sở Xây dựng tỉnh Hải Dương", "soxaydung@haiduong.example.vn", Role.AGENCY);
            long education = identity.createAccount(accounts.educationAgency(), accounts.password(),
                    "Sở Giáo dục và Đào tạo tỉnh Hải Dương", "sogddt@haiduong.example.vn", Role.AGENCY);
            campaigns.take(id, LifecycleStep.ANNOUNCE, null);
            campaigns.take(id, LifecycleStep.OPEN_REGISTRATION, null);
            // the council (chair, secretary, members) and the boards of part 1's written paper
            councils.seat(id, userId(staff.chair()), CouncilRole.CHAIR);
            councils.seat(id, userId(staff.secretary()), CouncilRole.SECRETARY);
            for (String member : staff.members()) {
                councils.seat(id, userId(member), CouncilRole.MEMBER);
            }
            councils.seatOnBoard(id, vn.thituyen.campaign.BoardKind.ANONYMISATION, userId(staff.anonymiser()), null,
                    true);
            councils.seatOnBoard(id, vn.thituyen.campaign.BoardKind.MARKING, userId(staff.markingHead()), null, true);
            for (String marker : staff.markers()) {
                councils.seatOnBoard(id, vn.thituyen.campaign.BoardKind.MARKING, userId(marker), null, false);
            }
            return new long[] {id, a, b, construction, education};
        });
    }

    /** Applies, is nominated by the agency with its letter, and meets every standard. */
    private long eligible(long campaign, Accounts accounts, Staff staff, int no, long post, long agencyId, Person p) {
        long a = applyAndNominate(campaign, accounts, no, post, agencyId, p);
        as(staff.secretary(), () -> {
            for (var line : candidates.candidacy(a).standards()) {
                candidates.decideStandard(a, line.standard().id(), true,
                        "Hồ sơ cán bộ, văn bằng, chứng chỉ do cơ quan quản lý gửi kèm công văn cử", null);
            }
            return candidates.conclude(a);
        });
        return a;
    }

    /** Applies and is nominated, but has no political-theory qualification yet: not eligible. */
    private void notEligible(long campaign, Accounts accounts, Staff staff, int no, long post, long agencyId,
            Person p) {
        long a = applyAndNominate(campaign, accounts, no, post, agencyId, p);
        as(staff.secretary(), () -> {
            for (var line : candidates.candidacy(a).standards()) {
                boolean met = line.standard().kind() != vn.thituyen.campaign.StandardKind.POLITICAL_THEORY;
                candidates.decideStandard(a, line.standard().id(), met, met
                        ? "Hồ sơ cán bộ, văn bằng, chứng chỉ do cơ quan quản lý gửi kèm công văn cử"
                        : "Hồ sơ cán bộ: đang theo học lớp trung cấp lý luận chính trị, chưa được cấp bằng",
                        met ? null : "Chưa có bằng trung cấp lý luận chính trị");
            }
            return candidates.conclude(a);
        });
    }

    private long applyAndNominate(long campaign, Accounts accounts, int no, long post, long agencyId, Person p) {
        String username = String.format("%s-%02d", accounts.usernamePrefix(), no);
        String email = username + "@example.vn";
        long userId = identity.signUpCandidate(username, accounts.password(), p.fullName(), email)
                .orElseThrow(() -> new IllegalStateException("demo account " + username + " exists"));
        ApplicationForm form = new ApplicationForm(post, p.fullName(), p.born(), p.sex(), "Kinh", p.citizenId(),
                String.format("09%08d", 14250000 + no), email, "Số " + (10 + no) + " Nguyễn Lương Bằng, TP Hải Dương",
                p.education(), p.major(), null, Exemption.NONE, null, ForeignLanguage.NONE);
        var agency = identity.account(agencyId);
        String agencyName = agency.fullName().replace(" tỉnh Hải Dương", "");
        long a = RunAs.call(new Principal(username, "", true, userId, null, Role.CANDIDATE, p.fullName()),
                () -> candidates.apply(campaign, form, new LeadershipCandidates.CurrentPost(p.title(), p.division(),
                        agencyName, agencyId)));
        as(agency.username(), () -> {
            candidates.uploadLetter(a, "cong-van-cu-can-bo-du-thi.pdf", DemoPdf.of(
                    "Công văn cử cán bộ dự thi tuyển chức danh lãnh đạo: " + p.fullName()));
            candidates.nominate(a);
            return null;
        });
        return a;
    }

    /**
     * The office closes registration; the chair withdraws post B (one eligible candidate) and lets post A go
     * ahead; the secretary publishes the eligible list.
     */
    private void decidePostsAndPublishList(long campaign, long postA, long postB, Staff staff) {
        asAdmin(staff.admin(), () -> campaigns.take(campaign, LifecycleStep.CLOSE_REGISTRATION,
                "Đã nhận đủ hồ sơ do các cơ quan quản lý cử dự thi (dữ liệu mẫu)"));
        as(staff.chair(), () -> {
            candidates.decidePost(postB, PostState.WITHDRAWN, null, null, WITHDRAWN_REASON);
            candidates.decidePost(postA, PostState.GO_AHEAD, null, null, null);
            return null;
        });
        as(staff.secretary(), () -> {
            registration.publishEligibleList(campaign);
            return null;
        });
    }

    /** Marks per question: three questions (30, 30, 40 points), the first marker's three, then the second's. */
    private static List<List<BigDecimal>> marks(String... m) {
        List<BigDecimal> all = java.util.Arrays.stream(m).map(BigDecimal::new).toList();
        return List.of(all.subList(0, 3), all.subList(3, 6));
    }

    /**
     * Part 1 marked blind: the anonymisation head codes the scripts, the marking head deals them to a pair of
     * markers, each marks alone (never more than 5 apart: the mark is the mean), the key is opened.
     */
    private void markPart1(long campaign, long post, Staff staff, Map<Long, List<List<BigDecimal>>> marks) {
        List<Long> order = new ArrayList<>(marks.keySet());
        order.sort(null);
        List<WrittenMarkingService.CodeLine> sheet = as(staff.anonymiser(), () -> marking.anonymise(post, 1,
                order.stream().map(a -> new WrittenMarkingService.Intake(a, 4)).toList()));
        as(staff.markingHead(), () -> marking.drawBundles(post, 1, List.of(new WrittenMarkingService.MarkerPair(
                userId(staff.markers().get(0)), userId(staff.markers().get(1))))));
        // the code sheet stays sealed with the anonymisation board; here it only tells the loader whose script is whose
        Map<String, Long> byCode = new HashMap<>();
        sheet.forEach(l -> byCode.put(l.secondCode(), l.applicationId()));
        for (int m = 0; m < 2; m++) {
            int which = m;
            String marker = staff.markers().get(m);
            for (var row : as(marker, () -> marking.myScripts(campaign))) {
                List<BigDecimal> mine = marks.get(byCode.get(row.code())).get(which);
                as(marker, () -> marking.enterMarks(row.scriptId(), mine));
            }
        }
        as(staff.anonymiser(), () -> marking.openKey(post, 1));
    }

    /**
     * Part 2, the đề án, for the two candidates through part 1: the deadline, the uploads, the presentations drawn by
     * lot, every member's ballot, the chair's decision where the ballots are far apart, the ballots closed.
     */
    private void defend(long campaign, long post, Accounts accounts, Staff staff, long hang, long phuc) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ClockConfiguration.ZONE))
                .truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime due = now.plusMinutes(15);
        as(staff.secretary(), () -> {
            defence.setProposalDeadline(post, due);
            return null;
        });
        as(String.format("%s-%02d", accounts.usernamePrefix(), 1), () -> defence.upload(hang,
                "Đề án dự thi - Nguyễn Thị Thu Hằng.pdf", DemoPdf.of("Đề án: Nâng cao hiệu quả công tác lập, thẩm"
                        + " định và giải ngân kế hoạch đầu tư công của Sở Xây dựng giai đoạn 2026 – 2030")));
        as(String.format("%s-%02d", accounts.usernamePrefix(), 3), () -> defence.upload(phuc,
                "Đề án dự thi - Lê Hoàng Phúc.pdf", DemoPdf.of("Đề án: Chuyển đổi số trong quản lý tài chính, tài"
                        + " sản công của Sở Xây dựng")));
        // the presentations start on the next quarter hour after the deadline
        LocalDateTime start = due.plusMinutes(15 - due.getMinute() % 15);
        as(staff.secretary(), () -> defence.drawSchedule(post, List.of("Phòng họp tầng 3, Sở Nội vụ"), start));

        List<String> council = new ArrayList<>(List.of(staff.chair(), staff.secretary()));
        council.addAll(staff.members());
        if (council.size() != 5) {
            throw new IllegalStateException("the demo's ballots are written for a council of five");
        }
        // default criteria: content and feasibility (50), presentation (20), answers to the council (30)
        // Hằng: 84, 86, 83, 85, 82 — 4 apart: the mean, 84.0
        List<String[]> ballotsHang = List.of(points("42", "17", "25"), points("43", "17", "26"),
                points("42", "16", "25"), points("43", "17", "25"), points("41", "16", "25"));
        // Phúc: 72, 79, 74, 70, 76 — 9 apart: the chair decides
        List<String[]> ballotsPhuc = List.of(points("36", "14", "22"), points("40", "16", "23"),
                points("37", "15", "22"), points("35", "14", "21"), points("38", "15", "23"));
        for (int i = 0; i < council.size(); i++) {
            int k = i;
            as(council.get(i), () -> {
                defence.castBallot(hang, decimals(ballotsHang.get(k)));
                defence.castBallot(phuc, decimals(ballotsPhuc.get(k)));
                return null;
            });
        }
        as(staff.chair(), () -> {
            defence.decide(phuc, new BigDecimal("74"), "Các phiếu chênh lệch 9 điểm; Hội đồng trao đổi, thống nhất"
                    + " 74 điểm: đề án có ý tưởng tốt nhưng lộ trình, nguồn lực thực hiện chưa rõ");
            defence.closeBallots(post);
            return null;
        });
    }

    /** The secretary computes, the chair approves, the secretary publishes with the document's number. */
    private void publishResults(long campaign, Staff staff) {
        actors.publishResults(results, campaign, staff.secretary(), staff.chair(), DOCUMENT_NUMBER);
    }

    private static String[] points(String... p) {
        return p;
    }

    private static List<BigDecimal> decimals(String[] p) {
        return java.util.Arrays.stream(p).map(BigDecimal::new).toList();
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
