package vn.thituyen.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignSetupService;
import vn.thituyen.campaign.LifecycleStep;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.RoomConsole;
import vn.thituyen.delivery.InvigilationService;
import vn.thituyen.delivery.ExamScreen;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.identity.Principal;
import vn.thituyen.identity.Role;
import vn.thituyen.identity.RunAs;
import vn.thituyen.questionbank.ExamQuestions;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionText;
import vn.thituyen.questionbank.Subject;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationForm.EducationLevel;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;
import vn.thituyen.registration.ApplicationForm.Sex;
import vn.thituyen.registration.RegistrationService;

/**
 * An earlier campaign whose round 1 is over, so that the demo shows item analysis on real data: synthetic
 * candidates sign up, apply and are accepted, the secretary prepares and opens the sittings, every candidate sits
 * both parts on the exam screen, answering with the texts they see, and the sittings are closed. Everything goes
 * through the services, signed in as the person who would do it, with the application's clock.
 *
 * <p>The answers follow a simple model so that the analysis has something to show: candidates differ in ability,
 * questions in difficulty (a few are so hard that most get them wrong), some questions have a distractor nobody
 * picks, and on a few the good candidates prefer one distractor to the key, as when the key is wrong, which the
 * analysis flags and a key correction can fix. A fixed seed keeps the answers the same from one load to the next
 * (the papers themselves are drawn at random).
 *
 * <p>The campaign is created first and dated 120 days back in its registration window, so that the demo's main
 * campaign, created after it, stays the current one. Registration has to be open to apply, so its window closes
 * a few minutes after the load.
 */
final class FinishedRoundOne {

    /** Who does what; staff accounts must exist. The invigilators run every room (two, as the rules ask). */
    record Staff(String admin, String secretary, String author, String chair, List<String> invigilators) {
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương"};
    private static final String[] MIDDLE_M = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Thành"};
    private static final String[] MIDDLE_F = {"Thị", "Thu", "Ngọc", "Thanh", "Phương", "Hồng"};
    private static final String[] GIVEN_M = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam",
        "Phong", "Quân", "Sơn", "Tuấn", "Việt"};
    private static final String[] GIVEN_F = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hương", "Lan", "Linh", "Mai",
        "Nga", "Oanh", "Quyên", "Trang", "Yến"};

    private final IdentityService identity;
    private final CampaignService campaigns;
    private final CampaignSetupService setup;
    private final RegistrationService registration;
    private final DeliveryService delivery;
    private final RoomConsole console;
    private final InvigilationService invigilation;
    private final vn.thituyen.delivery.SittingPreparation preparation;
    private final QuestionBankService banks;
    private final ExamQuestions examQuestions;
    private final Clock clock;
    private final vn.thituyen.campaign.CouncilService councils;

    FinishedRoundOne(IdentityService identity, CampaignService campaigns, CampaignSetupService setup,
            RegistrationService registration, DeliveryService delivery, RoomConsole console,
            InvigilationService invigilation,
            QuestionBankService banks, ExamQuestions examQuestions, Clock clock, vn.thituyen.campaign.CouncilService councils,
            vn.thituyen.delivery.SittingPreparation preparation) {
        this.preparation = preparation;
        this.councils = councils;
        this.identity = identity;
        this.setup = setup;
        this.invigilation = invigilation;
        this.campaigns = campaigns;
        this.registration = registration;
        this.delivery = delivery;
        this.console = console;
        this.banks = banks;
        this.examQuestions = examQuestions;
        this.clock = clock;
    }

    /**
     * Loads the campaign {@code code} with {@code candidates} candidates (30 to a room) and returns its id.
     * {@code usernamePrefix} names the candidates' accounts (prefix-01, prefix-02 …).
     */
    long load(String code, String name, int candidates, String usernamePrefix, String password, Staff staff) {
        long campaign = setUp(code, name, staff);
        List<Double> abilities = apply(campaign, candidates, usernamePrefix, password);
        List<Long> sittings = reviewAndOpen(campaign, staff);
        sitRooms(sittings, staff, abilities);
        return campaign;
    }

    /** The office's campaign, its two positions and the people who work on it; registration open. */
    private long setUp(String code, String name, Staff staff) {
        Instant now = clock.instant();
        return as(staff.admin(), Role.ADMIN, () -> {
            long id = setup.createCampaign(code, name, RuleSet.CIVIL_SERVANT_2020, now.minus(Duration.ofDays(120)),
                    now.plus(Duration.ofMinutes(15)));
            setup.addPosition(id, "VT01", "Chuyên viên tổng hợp", "Văn phòng UBND tỉnh", 3);
            setup.addPosition(id, "VT02", "Chuyên viên quản lý ngân sách", "Sở Tài chính", 2);
            campaigns.take(id, LifecycleStep.ANNOUNCE, null);
            campaigns.take(id, LifecycleStep.OPEN_REGISTRATION, null);
            // who works on it: the council's secretary, and the question board (which reads the item analysis)
            identity.findByUsername(staff.secretary()).ifPresent(a -> councils.seat(id, a.id(),
                    vn.thituyen.campaign.CouncilRole.SECRETARY));
            identity.findByUsername(staff.author()).ifPresent(a -> councils.seatOnBoard(id,
                    vn.thituyen.campaign.BoardKind.QUESTIONS, a.id(), null, true));
            identity.findByUsername(staff.chair()).ifPresent(a -> councils.seat(id, a.id(),
                    vn.thituyen.campaign.CouncilRole.CHAIR));
            boolean head = true;
            for (String invigilator : staff.invigilators()) {
                councils.seatOnBoard(id, vn.thituyen.campaign.BoardKind.INVIGILATION,
                        identity.findByUsername(invigilator).orElseThrow().id(), null, head);
                head = false;
            }
            return id;
        });
    }

    /** The candidates sign up and apply at once; returns each one's ability (how well they will do). */
    private List<Double> apply(long campaign, int candidates, String usernamePrefix, String password) {
        List<Long> positions = campaigns.positions(campaign).stream().map(CampaignService.PositionInfo::id).toList();

        Random random = new Random(2025);
        List<Double> abilities = new ArrayList<>();
        List<Callable<Object>> applicants = new ArrayList<>();
        for (int i = 1; i <= candidates; i++) {
            boolean female = random.nextBoolean();
            String fullName = FAMILY[random.nextInt(FAMILY.length)] + " "
                    + (female ? MIDDLE_F[random.nextInt(MIDDLE_F.length)] : MIDDLE_M[random.nextInt(MIDDLE_M.length)])
                    + " " + (female ? GIVEN_F[random.nextInt(GIVEN_F.length)] : GIVEN_M[random.nextInt(GIVEN_M.length)]);
            String username = String.format("%s-%02d", usernamePrefix, i);
            boolean exempt = i % 13 == 0;   // a few hold a degree in English: no foreign-language part
            ApplicationForm form = new ApplicationForm(positions.get(i % positions.size()), fullName,
                    LocalDate.of(1990 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    female ? Sex.FEMALE : Sex.MALE, "Kinh", String.format("030%03d%06d", 90 + i % 7, 500000 + i),
                    String.format("09%08d", 12340000 + i), username + "@example.vn",
                    "Số " + i + " đường Thanh Niên, TP Hải Dương", EducationLevel.BACHELOR,
                    i % 2 == 0 ? "Luật" : "Hành chính học", null,
                    exempt ? Exemption.FOREIGN_LANGUAGE : Exemption.NONE,
                    exempt ? "Cử nhân ngôn ngữ Anh" : null, ForeignLanguage.ENGLISH);
            abilities.add(random.nextGaussian() * 1.1);   // strong and weak candidates
            applicants.add(() -> {
                long userId = identity.signUpCandidate(username, password, fullName, username + "@example.vn")
                        .orElseThrow(() -> new IllegalStateException("demo account " + username + " exists"));
                return RunAs.call(new Principal(username, "", true, userId, null, Role.CANDIDATE, fullName),
                        () -> registration.submit(campaign, form));
            });
        }
        // candidates sign up and apply from their own computers, at the same time
        inParallel(applicants);

        return abilities;
    }

    /**
     * The office closes the window; the secretary accepts everyone (confirming their priority and exemption claims),
     * publishes the list and opens every room. Also used by {@link FinishedRecruitment}.
     */
    List<Long> reviewAndOpen(long campaign, Staff staff) {
        // the window still runs a few minutes: the office closes it with a recorded reason
        as(staff.admin(), Role.ADMIN, () -> campaigns.take(campaign, LifecycleStep.CLOSE_REGISTRATION,
                "Đã nhận đủ phiếu đăng ký của thí sinh (dữ liệu mẫu)"));
        return as(staff.secretary(), Role.SECRETARY, () -> {
            for (var a : registration.applications(campaign)) {
                registration.accept(a.id());
                for (var claim : a.priorities()) {
                    registration.decidePriority(a.id(), claim.category(), true);
                }
                if (a.exemption() != Exemption.NONE) {
                    registration.decideExemption(a.id(), true);
                }
            }
            registration.publishEligibleList(campaign);
            List<Long> ids = new ArrayList<>();
            for (var room : registration.rooms(campaign)) {
                for (String invigilator : staff.invigilators()) {
                    invigilation.assignInvigilator(room.id(), identity.findByUsername(invigilator).orElseThrow().id());
                }
                long sitting = preparation.prepareSitting(room.id());
                preparation.openSitting(sitting);
                ids.add(sitting);
            }
            return ids;
        });

    }

    /**
     * Each room is checked in and sits at once, then its sitting is closed; the k-th candidate of the rosters answers
     * with ability {@code abilities[k]}.
     */
    private void sitRooms(List<Long> sittings, Staff staff, List<Double> abilities) {
        sitRooms(sittings, staff, abilities, true);
    }

    /**
     * As above; {@code atOnce} false: the candidates sit one after the other on the caller's thread, so that a
     * small campaign (see {@link FinishedRecruitment}) loads inside the caller's transaction.
     */
    void sitRooms(List<Long> sittings, Staff staff, List<Double> abilities, boolean atOnce) {
        Map<String, Known> known = as(staff.author(), Role.AUTHOR, this::whatTheKeysSay);
        int next = 0;
        for (long sitting : sittings) {
            List<RoomConsole.RosterRow> roster = as(staff.secretary(), Role.SECRETARY,
                    () -> console.roster(sitting));
            // each candidate is checked in at the door (citizen ID against the roster) before anyone starts
            as(staff.secretary(), Role.SECRETARY, () -> {
                roster.forEach(row -> invigilation.checkIn(row.attemptId()));
                return null;
            });
            List<Callable<Object>> examinees = new ArrayList<>();
            for (RoomConsole.RosterRow row : roster) {
                int index = next++;
                double theta = abilities.get(index % abilities.size());
                examinees.add(() -> RunAs.call(new Principal(row.candidateNumber(), "", true, null, row.attemptId(),
                        Role.EXAMINEE, row.fullName()), () -> {
                            sit(theta, known, new Random(2025L * 1000 + index));
                            return null;
                        }));
            }
            // the whole room sits at once, as on the day
            if (atOnce) {
                inParallel(examinees);
            } else {
                for (Callable<Object> examinee : examinees) {
                    try {
                        examinee.call();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            as(staff.secretary(), Role.SECRETARY, () -> {
                console.closeSitting(sitting);
                return null;
            });
        }
    }

    /** A question as a candidate who knows the answer knows it: its options as written and the key. */
    private record Known(long id, List<String> options, Set<Integer> key) {
    }

    private Map<String, Known> whatTheKeysSay() {
        Map<String, Known> out = new HashMap<>();
        for (Subject subject : List.of(Subject.GENERAL_KNOWLEDGE, Subject.FOREIGN_LANGUAGE)) {
            var bank = banks.bankFor(subject, subject == Subject.FOREIGN_LANGUAGE ? "ENGLISH" : null);
            if (bank.isEmpty()) {
                continue;
            }
            List<Long> ids = banks.questions(bank.get().id()).stream().map(QuestionBankService.QuestionRow::id)
                    .toList();
            Map<Long, QuestionText> texts = examQuestions.questionTexts(ids);
            Map<Long, Set<Integer>> keys = examQuestions.answerKeys(ids);
            for (QuestionText t : texts.values()) {
                out.put(fingerprint(t.stem(), t.options()), new Known(t.id(), t.options(), keys.get(t.id())));
            }
        }
        return out;
    }

    /** The stem with the options in any order: what the screen shows identifies the question. */
    private static String fingerprint(String stem, List<String> options) {
        return stem + "\u0001" + String.join("\u0001", options.stream().sorted().toList());
    }

    /** The signed-in examinee sits every part they have. */
    private void sit(double theta, Map<String, Known> known, Random random) {
        while (true) {
            ExamScreen screen = delivery.screen();
            boolean more = screen.parts().stream().anyMatch(p -> p.state() == ExamScreen.PartState.NOT_STARTED);
            if (!more) {
                return;
            }
            delivery.startNextPart();
            ExamScreen.CurrentPart part = delivery.screen().current();
            for (ExamScreen.Item item : part.items()) {
                Integer shown = choose(item, known.get(fingerprint(item.stem(), item.options())), theta, random);
                if (shown != null) {
                    delivery.saveAnswer(item.itemId(), shown);
                }
            }
            delivery.submitCurrentPart();
        }
    }

    /** The display index the candidate picks, or null to leave it blank. */
    private static Integer choose(ExamScreen.Item item, Known q, double theta, Random random) {
        int n = item.options().size();
        if (q == null || q.key().isEmpty()) {
            return random.nextInt(n);
        }
        if (random.nextDouble() < 0.03) {
            return null;
        }
        int key = q.key().iterator().next();
        int original;
        Random question = new Random(q.id() * 7919L);
        double difficulty = q.id() % 23 == 5 ? 2.8 : question.nextGaussian() * 0.9 - 0.2;
        boolean keyLooksWrong = q.id() % 61 == 7;
        double knows = 1 / (1 + Math.exp(-1.4 * (theta - difficulty)));
        if (keyLooksWrong && random.nextDouble() < knows) {
            original = (key + 1) % n;   // those who know the subject choose another option: is the key wrong?
        } else if (random.nextDouble() < knows || random.nextDouble() < 1.0 / n) {
            original = key;
        } else {
            original = distractor(q, key, n, random);
        }
        return item.options().indexOf(q.options().get(original));
    }

    /** A wrong option; on some questions the last distractor is so implausible that nobody picks it. */
    private static int distractor(Known q, int key, int n, Random random) {
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!q.key().contains(i)) {
                wrong.add(i);
            }
        }
        if (q.id() % 9 == 2 && wrong.size() > 1) {
            wrong.remove(wrong.size() - 1);
        }
        return wrong.isEmpty() ? key : wrong.get(random.nextInt(wrong.size()));
    }

    /** Runs the tasks on a few threads (each signs in on its own thread) and waits; the first failure is thrown. */
    private static void inParallel(List<Callable<Object>> tasks) {
        int threads = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<Object> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> T as(String username, Role role, Callable<T> body) {
        Long id = identity.findByUsername(username).map(IdentityService.AccountSummary::id).orElse(null);
        return RunAs.call(new Principal(username, "", true, id, null, role, username), body);
    }
}
