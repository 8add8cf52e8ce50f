package vn.thituyen.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignSetupService;
import vn.thituyen.campaign.LifecycleStep;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.InvigilationService;
import vn.thituyen.grading.GradingService;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.identity.Role;
import vn.thituyen.publication.PublicationService;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionExchangeService;
import vn.thituyen.questionbank.Subject;
import vn.thituyen.registration.RegistrationService;

/**
 * Demo data (profile {@code demo}, the default for {@code ./mvnw spring-boot:run}; never in production):
 * one campaign with two positions, the sample question banks, one account per staff role, and an earlier campaign
 * ({@value #FINISHED}) whose round 1 is over (see {@link FinishedRoundOne}), so that item analysis has data, and a
 * leadership exam that is over with its results published ({@value #LEADERSHIP_FINISHED}, see
 * {@link FinishedLeadership}), and a small recruitment whose results were just published
 * ({@value #RECRUITMENT_FINISHED}, see {@link FinishedRecruitment}): the candidate's result, appeal and dossier.
 * Loaded once: skipped when the demo campaign exists.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    /** 12+ characters, as the staff password policy asks of every staff account. */
    static final String PASSWORD = "Demo@2026-HD";
    static final String CAMPAIGN = "HD-CC-2026";
    /** A 2025 campaign with a joint position (ND 170/2025/NĐ-CP), open for registration. */
    static final String JOINT_CAMPAIGN = "HD-CC-2026-CHUNG";
    static final String FINISHED = "HD-CC-2025";
    static final String LEADERSHIP = "HD-LD-2026";
    static final String LEADERSHIP_FINISHED = "HD-LD-2025";
    /** A small 2025 recruitment whose results were just published: appeals open, the winner's dossier open. */
    static final String RECRUITMENT_FINISHED = "HD-CC-2025-KQ";
    static final int FINISHED_CANDIDATES = 40;
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final CampaignService campaigns;
    private final CampaignSetupService setup;
    private final QuestionExchangeService exchange;
    private final GradingService grading;
    private final PublicationService publication;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final vn.thituyen.campaign.CouncilService councils;
    private final FinishedRoundOne finished;
    private final vn.thituyen.delivery.TypedWriting typed;
    private final vn.thituyen.campaign.LeadershipPosts leadershipPosts;
    private final vn.thituyen.registration.LeadershipCandidates leadershipCandidates;
    private final FinishedLeadership finishedLeadership;
    private final vn.thituyen.registration.PaperApplications paper;
    private final FinishedRecruitment finishedRecruitment;

    DemoData(IdentityService identity, CampaignService campaigns, CampaignSetupService setup,
            QuestionExchangeService exchange, GradingService grading,
            PublicationService publication, RegistrationService registration, DeliveryService delivery,
            vn.thituyen.delivery.RoomConsole console,
            InvigilationService invigilation, QuestionBankService banks,
            vn.thituyen.questionbank.ExamQuestions examQuestions, TransactionTemplate tx, Clock clock,
            vn.thituyen.campaign.CouncilService councils, vn.thituyen.delivery.SittingPreparation preparation,
            vn.thituyen.delivery.TypedWriting typed, vn.thituyen.campaign.LeadershipPosts leadershipPosts,
            vn.thituyen.registration.LeadershipCandidates leadershipCandidates,
            vn.thituyen.grading.WrittenMarkingService writtenMarking, vn.thituyen.grading.ProposalDefence defence,
            vn.thituyen.results.ResultsService results, vn.thituyen.registration.PaperApplications paper,
            vn.thituyen.registration.CandidateDocuments candidateDocuments) {
        this.paper = paper;
        this.typed = typed;
        this.leadershipPosts = leadershipPosts;
        this.leadershipCandidates = leadershipCandidates;
        this.councils = councils;
        this.identity = identity;
        this.campaigns = campaigns;
        this.setup = setup;
        this.exchange = exchange;
        this.grading = grading;
        this.publication = publication;
        this.tx = tx;
        this.clock = clock;
        this.finished = new FinishedRoundOne(identity, campaigns, setup, registration, delivery, console, invigilation, banks, examQuestions,
                clock, councils, preparation);
        this.finishedLeadership = new FinishedLeadership(identity, campaigns, setup, councils, leadershipPosts,
                leadershipCandidates, registration, writtenMarking, defence, results, clock);
        this.finishedRecruitment = new FinishedRecruitment(identity, campaigns, setup, councils, registration,
                finished, writtenMarking, grading, results, candidateDocuments, clock);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (campaigns.byCode(CAMPAIGN).isPresent()) {
            return;
        }
        var auth = new UsernamePasswordAuthenticationToken("demo-loader", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_AUTHOR", "ROLE_CHAIR"));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            if (!identity.exists("admin")) {
                tx.executeWithoutResult(s -> loadStaffAndBanks());
            }
            loadFinishedCampaign();
            loadFinishedLeadership();
            loadFinishedRecruitment();
            tx.executeWithoutResult(s -> loadLeadershipCampaign());
            tx.executeWithoutResult(s -> loadJointCampaign());
            tx.executeWithoutResult(s -> loadCampaign());
        } finally {
            SecurityContextHolder.clearContext();
        }
        LOG.info("Demo data loaded: campaign {}, accounts with password {}", CAMPAIGN, PASSWORD);
    }

    private void loadStaffAndBanks() {
        publication.saveSetting("authority.parent", "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG");
        publication.saveSetting("authority.name", "SỞ NỘI VỤ");
        publication.saveSetting("authority.place", "Hải Dương");
        identity.createAccount("admin", PASSWORD, "Nguyễn Thị Quản Trị", "admin@sonoivu.example.vn", Role.ADMIN);
        identity.createAccount("secretary", PASSWORD, "Trần Văn Thư Ký", "thuky@sonoivu.example.vn", Role.SECRETARY);
        identity.createAccount("chair", PASSWORD, "Lê Minh Chủ Tịch", "chutich@sonoivu.example.vn", Role.CHAIR);
        identity.createAccount("author", PASSWORD, "Phạm Thu Hà", "bande@sonoivu.example.vn", Role.AUTHOR);
        identity.createAccount("author2", PASSWORD, "Ngô Văn Thẩm", "bande2@sonoivu.example.vn", Role.AUTHOR);
        identity.createAccount("invigilator", PASSWORD, "Vũ Đức Giám", "giamthi@sonoivu.example.vn", Role.INVIGILATOR);
        identity.createAccount("invigilator2", PASSWORD, "Lý Thị Coi", "giamthi2@sonoivu.example.vn",
                Role.INVIGILATOR);
        identity.createAccount("grader1", PASSWORD, "Đỗ Quang Trưởng", "bgk1@sonoivu.example.vn", Role.GRADER);
        identity.createAccount("grader2", PASSWORD, "Hoàng Thị Lan", "bgk2@sonoivu.example.vn", Role.GRADER);
        // the boards of a written paper: anonymisation, marking (a head and two markers), appeals
        identity.createAccount("phach", PASSWORD, "Bùi Văn Phách", "phach@sonoivu.example.vn", Role.GRADER);
        identity.createAccount("chamthi1", PASSWORD, "Đinh Thị Trưởng Ban", "chamthi1@sonoivu.example.vn",
                Role.GRADER);
        identity.createAccount("chamthi2", PASSWORD, "Cao Văn Chấm", "chamthi2@sonoivu.example.vn", Role.GRADER);
        identity.createAccount("chamthi3", PASSWORD, "Lưu Thị Chấm", "chamthi3@sonoivu.example.vn", Role.GRADER);
        identity.createAccount("phuckhao1", PASSWORD, "Mai Văn Phúc Khảo", "pk1@sonoivu.example.vn", Role.GRADER);
        identity.createAccount("phuckhao2", PASSWORD, "Tạ Thị Khảo", "pk2@sonoivu.example.vn", Role.GRADER);
        identity.createAccount("phuckhao3", PASSWORD, "Kiều Văn Xét", "pk3@sonoivu.example.vn", Role.GRADER);

        // the sample banks arrive as banks a council approved earlier (recorded as approved on import)
        exchange.createApprovedBank("KTC", "Kiến thức chung", Subject.GENERAL_KNOWLEDGE, null, "aiken",
                read("general-knowledge.aiken.txt").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        exchange.createApprovedBank("TA", "Ngoại ngữ – Tiếng Anh", Subject.FOREIGN_LANGUAGE, "ENGLISH", "aiken",
                read("english.aiken.txt").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Last year's campaign with its round 1 over, created BEFORE the main campaign so that the main one stays the
     * newest (the one every screen shows). Each step is its own transaction, as on an exam day; if it fails the
     * demo still starts, without item-analysis data.
     */
    private void loadFinishedCampaign() {
        if (campaigns.byCode(FINISHED).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        try {
            finished.load(FINISHED, "Kỳ thi tuyển công chức tỉnh Hải Dương năm 2025", FINISHED_CANDIDATES,
                    "ts2025", PASSWORD, new FinishedRoundOne.Staff("admin", "secretary", "author", "chair",
                            java.util.List.of("invigilator", "invigilator2")));
            LOG.info("Demo campaign {} with a finished round 1 loaded in {} ms", FINISHED,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Demo campaign {} (item analysis data) could not be loaded", FINISHED, e);
        }
    }

    /**
     * Last year's leadership exam, over and its results published (created before this year's, which stays the
     * newer): its three council members' accounts, then {@link FinishedLeadership} in one transaction; if it fails
     * nothing of it stays and the demo still starts.
     */
    private void loadFinishedLeadership() {
        if (campaigns.byCode(LEADERSHIP_FINISHED).isPresent()) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> {
                java.util.List<String> members = java.util.List.of("uyvien1", "uyvien2", "uyvien3");
                java.util.List<String> names = java.util.List.of("Đặng Quốc Khánh", "Phan Thị Minh Nguyệt",
                        "Trịnh Văn Hòa");
                for (int i = 0; i < members.size(); i++) {
                    if (!identity.exists(members.get(i))) {
                        identity.createAccount(members.get(i), PASSWORD, names.get(i),
                                members.get(i) + "@sonoivu.example.vn", Role.GRADER);
                    }
                }
                long id = finishedLeadership.load(LEADERSHIP_FINISHED,
                        "Thi tuyển Trưởng phòng, Phó Trưởng phòng năm 2025",
                        new FinishedLeadership.Accounts("ld2025", "soxaydung", "sogddt", PASSWORD),
                        new FinishedLeadership.Staff("admin", "secretary", "chair", members, "phach", "chamthi1",
                                java.util.List.of("chamthi2", "chamthi3"))).campaignId();
                // the council's members work on this campaign only
                for (String member : members) {
                    as(member, () -> campaigns.choose(id));
                }
            });
            LOG.info("Demo leadership campaign {} with published results loaded", LEADERSHIP_FINISHED);
        } catch (RuntimeException e) {
            LOG.warn("Demo leadership campaign {} (published results) could not be loaded", LEADERSHIP_FINISHED, e);
        }
    }

    /**
     * A small recruitment of 2025 over and its results just published (created before the main campaign, which stays
     * the newest): {@link FinishedRecruitment} in one transaction; if it fails nothing of it stays and the demo still
     * starts. Its candidates kq2025-01 … -05 see their result, the appeal button, the winner's dossier, the notices.
     */
    private void loadFinishedRecruitment() {
        if (campaigns.byCode(RECRUITMENT_FINISHED).isPresent()) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> finishedRecruitment.load(RECRUITMENT_FINISHED,
                    "Kỳ thi tuyển công chức Sở Nội vụ năm 2025 (đã công bố kết quả)", "kq2025", PASSWORD,
                    new FinishedRecruitment.Staff("admin", "secretary", "chair", "author",
                            java.util.List.of("invigilator", "invigilator2"), java.util.List.of("grader1", "grader2"),
                            "phach", java.util.List.of("chamthi1", "chamthi2", "chamthi3"),
                            java.util.List.of("phuckhao1", "phuckhao2", "phuckhao3"))));
            LOG.info("Demo campaign {} with published results loaded", RECRUITMENT_FINISHED);
        } catch (RuntimeException e) {
            LOG.warn("Demo campaign {} (published results, appeals, dossier) could not be loaded",
                    RECRUITMENT_FINISHED, e);
        }
    }

    /**
     * A leadership exam for two posts with registration open (created before the main campaign, which stays the one
     * the demo staff start on): the managing agencies' accounts, one candidate already eligible, one nominated and
     * waiting for the form-review board, one waiting for their agency's letter.
     */
    private void loadLeadershipCampaign() {
        if (campaigns.byCode(LEADERSHIP).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        long id = setup.createCampaign(LEADERSHIP, "Thi tuyển Trưởng phòng, Phó Trưởng phòng các sở năm 2026",
                RuleSet.LEADERSHIP_DIVISION, now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(27)));
        long head = leadershipPosts.savePost(id, null, new vn.thituyen.campaign.LeadershipPosts.PostDraft(
                "TP-TCCB-SYT", vn.thituyen.campaign.PostTitle.HEAD, "Phòng Tổ chức cán bộ", "Sở Y tế",
                "Ủy ban nhân dân tỉnh Hải Dương"));
        long deputy = leadershipPosts.savePost(id, null, new vn.thituyen.campaign.LeadershipPosts.PostDraft(
                "PTP-KHTC-STC", vn.thituyen.campaign.PostTitle.DEPUTY, "Phòng Kế hoạch – Tài chính", "Sở Tài chính",
                "Giám đốc Sở Tài chính"));
        leadershipPosts.saveSettings(id, RuleSet.Leadership.Combination.GATE_THEN_PART2, 0, true, false, false, 45,
                15);
        campaigns.take(id, LifecycleStep.ANNOUNCE, null);
        campaigns.take(id, LifecycleStep.OPEN_REGISTRATION, null);
        seat(id, "chair", vn.thituyen.campaign.CouncilRole.CHAIR);
        seat(id, "secretary", vn.thituyen.campaign.CouncilRole.SECRETARY);
        long soyte = identity.createAccount("soyte", PASSWORD, "Sở Y tế tỉnh Hải Dương", "soyte@haiduong.example.vn",
                Role.AGENCY);
        long sotc = identity.createAccount("sotaichinh", PASSWORD, "Sở Tài chính tỉnh Hải Dương",
                "sotc@haiduong.example.vn", Role.AGENCY);
        long tuyet = leadershipApplication(id, "lanhdao1", "Nguyễn Thị Ánh Tuyết", "030186001234", head,
                "Phó Trưởng phòng", "Phòng Tổ chức cán bộ", "Sở Y tế", soyte);
        long an = leadershipApplication(id, "lanhdao2", "Phạm Ngọc Ẩn", "030188004321", head, "Chuyên viên chính",
                "Phòng Nghiệp vụ Y", "Sở Y tế", soyte);
        leadershipApplication(id, "lanhdao3", "Trần Đức Lợi", "030185005678", deputy, "Chuyên viên chính",
                "Phòng Quản lý ngân sách", "Sở Tài chính", sotc);
        as("soyte", () -> {
            for (long a : java.util.List.of(tuyet, an)) {
                leadershipCandidates.uploadLetter(a, "cong-van-cu-can-bo-du-thi.pdf", nominationLetter());
                leadershipCandidates.nominate(a);
            }
            return null;
        });
        as("secretary", () -> {
            for (var line : leadershipCandidates.candidacy(tuyet).standards()) {
                leadershipCandidates.decideStandard(tuyet, line.standard().id(), true,
                        "Hồ sơ cán bộ do Sở Y tế gửi kèm công văn cử", null);
            }
            return leadershipCandidates.conclude(tuyet);
        });
    }

    private long leadershipApplication(long campaign, String username, String fullName, String citizenId,
            long post, String title, String division, String agency, long agencyId) {
        identity.signUpCandidate(username, PASSWORD, fullName, username + "@example.vn");
        vn.thituyen.registration.ApplicationForm form = new vn.thituyen.registration.ApplicationForm(post, fullName,
                java.time.LocalDate.of(1984, 6, 15), vn.thituyen.registration.ApplicationForm.Sex.FEMALE, "Kinh",
                citizenId, "0912000111", username + "@example.vn", "Số 12 Trần Hưng Đạo, TP Hải Dương",
                vn.thituyen.registration.ApplicationForm.EducationLevel.MASTER, "Quản lý công", null,
                vn.thituyen.registration.ApplicationForm.Exemption.NONE, null,
                vn.thituyen.registration.ApplicationForm.ForeignLanguage.NONE);
        return as(username, () -> leadershipCandidates.apply(campaign, form,
                new vn.thituyen.registration.LeadershipCandidates.CurrentPost(title, division, agency, agencyId)));
    }

    /** A one-page letter, as an agency would scan and upload it. */
    private static byte[] nominationLetter() {
        return DemoPdf.of("Công văn cử cán bộ dự thi tuyển chức danh lãnh đạo");
    }

    private <T> T as(String username, java.util.concurrent.Callable<T> body) {
        var a = identity.findByUsername(username).orElseThrow();
        return vn.thituyen.identity.RunAs.call(new vn.thituyen.identity.Principal(username, "", true, a.id(), null,
                a.role(), a.fullName()), body);
    }

    private void board(long campaign, vn.thituyen.campaign.BoardKind board, String username, boolean head) {
        councils.seatOnBoard(campaign, board, identity.findByUsername(username).orElseThrow().id(), null, head);
    }

    private void seat(long campaign, String username, vn.thituyen.campaign.CouncilRole role) {
        councils.seat(campaign, identity.findByUsername(username).orElseThrow().id(), role);
    }

    /**
     * A 2025 campaign (ND 170/2025/NĐ-CP) open for registration whose VT01 is a joint position of three agencies: a
     * candidate orders them on the form (nguyện vọng), the office sees the agencies with their places. Created before
     * the main campaign, which stays the newest.
     */
    private void loadJointCampaign() {
        Instant now = clock.instant();
        long campaign = setup.createCampaign(JOINT_CAMPAIGN, "Kỳ thi tuyển công chức khối Sở năm 2026 (vị trí chung)",
                RuleSet.CIVIL_SERVANT_2025, now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(27)));
        long vt01 = setup.addPosition(campaign, "VT01", "Chuyên viên pháp chế", "UBND tỉnh", 1);
        setup.savePosition(campaign, vt01, new CampaignSetupService.PositionDraft("VT01", "Chuyên viên pháp chế",
                "UBND tỉnh", 1, vn.thituyen.campaign.EducationLevel.BACHELOR, "Luật",
                java.util.Set.of(vn.thituyen.campaign.Language.ENGLISH), true, true),
                "Sở Tư pháp: 2\nSở Tài chính: 1\nSở Xây dựng: 1");
        setup.addPosition(campaign, "VT02", "Chuyên viên tổ chức cán bộ", "Sở Nội vụ", 1);
        campaigns.take(campaign, LifecycleStep.ANNOUNCE, null);
        campaigns.take(campaign, LifecycleStep.OPEN_REGISTRATION, null);
        seat(campaign, "chair", vn.thituyen.campaign.CouncilRole.CHAIR);
        seat(campaign, "secretary", vn.thituyen.campaign.CouncilRole.SECRETARY);
    }

    private void loadCampaign() {
        long g1 = identity.findByUsername("grader1").orElseThrow().id();
        long g2 = identity.findByUsername("grader2").orElseThrow().id();
        Instant now = clock.instant();
        long campaign = setup.createCampaign(CAMPAIGN,
                "Kỳ thi tuyển công chức tỉnh Hải Dương năm 2026", RuleSet.CIVIL_SERVANT_2020,
                now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(30)));
        setup.addPosition(campaign, "VT01", "Chuyên viên quản lý nhân sự", "Sở Nội vụ", 2);
        long vt02 = setup.addPosition(campaign, "VT02", "Chuyên viên pháp chế", "Sở Tư pháp", 1);
        // VT02 sits a written paper (marked blind) and an interview: 70 % / 30 %
        setup.savePlanParts(vt02, java.util.List.of(
                new CampaignSetupService.PlanPart(vn.thituyen.campaign.PartKind.WRITTEN_PAPER, 180,
                        java.math.BigDecimal.valueOf(100), 70, null),
                new CampaignSetupService.PlanPart(vn.thituyen.campaign.PartKind.INTERVIEW, 30,
                        java.math.BigDecimal.valueOf(100), 30, null)));
        // VT03 writes its paper on a computer (marked blind as well) before the interview: 70 % / 30 %
        long vt03 = setup.addPosition(campaign, "VT03", "Chuyên viên chuyển đổi số", "Sở Khoa học và Công nghệ", 1);
        setup.savePlanParts(vt03, java.util.List.of(
                new CampaignSetupService.PlanPart(vn.thituyen.campaign.PartKind.WRITTEN_COMPUTER, 120,
                        java.math.BigDecimal.valueOf(100), 70, null),
                new CampaignSetupService.PlanPart(vn.thituyen.campaign.PartKind.INTERVIEW, 30,
                        java.math.BigDecimal.valueOf(100), 30, null)));
        campaigns.take(campaign, LifecycleStep.ANNOUNCE, null);
        campaigns.take(campaign, LifecycleStep.OPEN_REGISTRATION, null);
        // the council and its boards: a staff member reaches a campaign only through a seat in it
        seat(campaign, "chair", vn.thituyen.campaign.CouncilRole.CHAIR);
        seat(campaign, "secretary", vn.thituyen.campaign.CouncilRole.SECRETARY);
        councils.seatOnBoard(campaign, vn.thituyen.campaign.BoardKind.INTERVIEW, g1, null, true);
        councils.seatOnBoard(campaign, vn.thituyen.campaign.BoardKind.INTERVIEW, g2, null, false);
        councils.seatOnBoard(campaign, vn.thituyen.campaign.BoardKind.INVIGILATION,
                identity.findByUsername("invigilator").orElseThrow().id(), null, true);
        councils.seatOnBoard(campaign, vn.thituyen.campaign.BoardKind.INVIGILATION,
                identity.findByUsername("invigilator2").orElseThrow().id(), null, false);
        councils.seatOnBoard(campaign, vn.thituyen.campaign.BoardKind.QUESTIONS,
                identity.findByUsername("author").orElseThrow().id(), null, true);
        councils.seatOnBoard(campaign, vn.thituyen.campaign.BoardKind.QUESTIONS,
                identity.findByUsername("author2").orElseThrow().id(), null, false);
        board(campaign, vn.thituyen.campaign.BoardKind.ANONYMISATION, "phach", true);
        board(campaign, vn.thituyen.campaign.BoardKind.MARKING, "chamthi1", true);
        board(campaign, vn.thituyen.campaign.BoardKind.MARKING, "chamthi2", false);
        board(campaign, vn.thituyen.campaign.BoardKind.MARKING, "chamthi3", false);
        board(campaign, vn.thituyen.campaign.BoardKind.APPEALS, "phuckhao1", true);
        board(campaign, vn.thituyen.campaign.BoardKind.APPEALS, "phuckhao2", false);
        board(campaign, vn.thituyen.campaign.BoardKind.APPEALS, "phuckhao3", false);
        // the demo staff start on this campaign (each may pick another in the picker)
        for (String staff : java.util.List.of("admin", "secretary", "chair", "author", "author2", "invigilator",
                "invigilator2", "grader1", "grader2", "phach", "chamthi1", "chamthi2", "chamthi3", "phuckhao1",
                "phuckhao2", "phuckhao3")) {
            var a = identity.findByUsername(staff).orElseThrow();
            vn.thituyen.identity.RunAs.call(new vn.thituyen.identity.Principal(staff, "", true, a.id(), null,
                    a.role(), a.fullName()), () -> campaigns.choose(campaign));
        }

        // the question board has set VT03's paper; the secretary opens it on the day
        var author = identity.findByUsername("author").orElseThrow();
        vn.thituyen.identity.RunAs.call(new vn.thituyen.identity.Principal("author", "", true, author.id(), null,
                author.role(), author.fullName()), () -> {
                    typed.setPaper(vt03, 1, java.util.List.of(
                            new vn.thituyen.delivery.TypedWriting.PaperQuestion("Trình bày vai trò của chuyển đổi"
                                    + " số trong cải cách hành chính của tỉnh và nêu ba giải pháp ưu tiên.",
                                    java.math.BigDecimal.valueOf(60)),
                            new vn.thituyen.delivery.TypedWriting.PaperQuestion("Soạn dự thảo kế hoạch triển khai"
                                    + " dịch vụ công trực tuyến toàn trình cho một thủ tục hành chính của Sở.",
                                    java.math.BigDecimal.valueOf(40))));
                    return null;
                });

        // two forms filed at the office on paper, typed into the office's list and imported by the secretary
        var secretary = identity.findByUsername("secretary").orElseThrow();
        vn.thituyen.identity.RunAs.call(new vn.thituyen.identity.Principal("secretary", "", true, secretary.id(),
                null, secretary.role(), secretary.fullName()), () -> paper.importApplications(campaign,
                        paperList(), "ho-so-giay-dot-1.xlsx"));

        // new questions with topics, still drafts: the question board's review workflow can be tried on them
        exchange.importFile(exchange.bankId("KTC"), "moodlexml", readBytes("ktc-mau.moodle.xml"), null, true, false);
    }

    /** The office's list of paper applications, as the template asks for it. */
    private static byte[] paperList() {
        vn.thituyen.common.ExcelList xlsx = new vn.thituyen.common.ExcelList();
        java.util.List<vn.thituyen.common.ExcelList.Column> columns = new java.util.ArrayList<>();
        for (vn.thituyen.registration.PaperColumn c : vn.thituyen.registration.PaperColumn.values()) {
            columns.add(new vn.thituyen.common.ExcelList.Column(c.header(), 20));
        }
        xlsx.sheet("Hồ sơ giấy", java.util.List.of("DANH SÁCH HỒ SƠ NỘP TRỰC TIẾP – ĐỢT 1"), columns)
                .row("Đinh Thị Hồng Nhung", java.time.LocalDate.of(1996, 8, 21), "Nữ", "Tày", "030196007788",
                        "0915222333", "nhung.dinh@example.vn", "Thôn Đông, xã Thanh Hà, Hải Dương", "VT01",
                        "Đại học", "Quản trị nhân lực", "Người dân tộc thiểu số", "Không", null, "Tiếng Anh")
                .row("Bùi Quang Vinh", "03/02/1993", "Nam", "Kinh", "030093008899", "0936444555",
                        "vinh.bui@example.vn", "Số 12 Lê Thanh Nghị, TP Hải Dương", "VT02", "Thạc sĩ", "Luật",
                        null, "Miễn thi ngoại ngữ", "Thạc sĩ đào tạo bằng tiếng Anh", "Tiếng Anh");
        return xlsx.bytes();
    }

    private static byte[] readBytes(String name) {
        Path file = Path.of("question-banks", name);
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = DemoData.class.getResourceAsStream("/question-banks/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Question bank not found: " + name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample banks live in {@code question-banks/}; packaged copies are used when run from a jar. */
    private static String read(String name) {
        return new String(readBytes(name), StandardCharsets.UTF_8);
    }
}
