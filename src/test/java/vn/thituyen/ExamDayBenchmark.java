package vn.thituyen;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.delivery.ExamScreen;
import vn.thituyen.delivery.ui.ExamView;
import vn.thituyen.identity.Principal;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.ClaimStatus;
import vn.thituyen.registration.RegistrationService.RoomInfo;

/**
 * Exam day, measured: N simulated candidates against the real application services (the ones the views call),
 * on MariaDB. Run only by the {@code bench} Maven profile (see README, "Benchmark"); not part of the test suite.
 *
 * <ol>
 * <li>N candidates: accounts and accepted applications inserted in batches by JDBC (set-up, not measured); the
 * eligible list (SBD, rooms of 30) published by {@code RegistrationService.publishEligibleList}.</li>
 * <li>Preparation: {@code DeliveryService.prepareSitting} room after room, as the secretary: papers/s.</li>
 * <li>Start storm: all N call {@code startNextPart} (which returns the screen) at once from a pool of
 * {@code bench.threads} threads: latency p50/p99, time until all N started.</li>
 * <li>Answer saves: every candidate saves one answer every {@code bench.saveEveryMs} (5 s) for
 * {@code bench.minutes} of wall-clock time through {@code saveAnswer(itemId, displayIndex, seq)}.</li>
 * <li>Heap per exam UI: {@code bench.uis} real Vaadin UIs (Karibu, one session each) on route "exam".</li>
 * <li>Submission: every candidate calls {@code submitCurrentPart}.</li>
 * <li>Lost answers: every acknowledged (item, seq) must be a row of table {@code answer}.</li>
 * </ol>
 * The application's clock is the system clock (wall-clock pacing, real deadlines).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ExamDayBenchmark.WallClock.class, Scenario.class})
class ExamDayBenchmark {

    static final int N = Integer.getInteger("bench.candidates", 500);
    static final double MINUTES = Double.parseDouble(System.getProperty("bench.minutes", "2"));
    static final int THREADS = Integer.getInteger("bench.threads", 64);
    static final int UIS = Math.min(N - 1, Integer.getInteger("bench.uis", 300));
    static final int SAVE_EVERY_MS = Integer.getInteger("bench.saveEveryMs", 5000);

    /** The normal wall clock, shaped as the {@link TestClock} {@link Scenario} expects; set/advance do nothing. */
    @TestConfiguration
    static class WallClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.now()) {
                @Override
                public Instant instant() {
                    return Instant.now();
                }
            };
        }
    }

    @Autowired Scenario s;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager txManager;
    @Autowired ApplicationContext ctx;

    private final StringBuilder report = new StringBuilder();
    private final Map<String, Integer> errorSamples = new ConcurrentHashMap<>();

    @Test
    void examDay() throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        String dbVersion = jdbc.queryForObject("select version()", String.class);
        line("# Exam day benchmark — %d candidates", N);
        line("");
        line("- started %s, JDK %s (%s), %d cores, max heap %d MB", Instant.now(), Runtime.version(),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        line("- database %s at %s, HikariCP pool %d", dbVersion, hikari.getJdbcUrl().replaceAll("\\?.*", ""),
                hikari.getMaximumPoolSize());
        line("- client threads %d, one save per candidate every %d ms for %.1f min, %d exam UIs for the heap",
                THREADS, SAVE_EVERY_MS, MINUTES, UIS);
        line("- load average at start: %s", loadAverage());
        line("");

        // ------------------------------------------------------------------ candidates (set-up)
        long t = System.nanoTime();
        Scenario.Campaign c = s.newCampaign();
        insertAcceptedApplications(c);
        s.closeRegistration(c);
        s.asUser(c.secretary, () -> {
            s.registration.publishEligibleList(c.id);
            return null;
        });
        List<RoomInfo> rooms = s.registration.rooms(c.id);
        s.assignInvigilator(c);   // two per room, or no sitting opens
        line("Set-up (not measured): campaign %s, %d accepted applications by JDBC batch, eligible list published "
                + "(%d rooms of 30) in %.1f s", c.tag, N, rooms.size(), secs(t));

        // ------------------------------------------------------------------ preparation
        long[] roomMs = new long[rooms.size()];
        List<Long> sittingIds = new ArrayList<>();
        t = System.nanoTime();
        s.asUser(c.secretary, () -> {
            for (int i = 0; i < rooms.size(); i++) {
                long r0 = System.nanoTime();
                sittingIds.add(s.preparation.prepareSitting(rooms.get(i).id()));
                roomMs[i] = (System.nanoTime() - r0) / 1_000_000;
            }
            return null;
        });
        double prepSecs = secs(t);
        t = System.nanoTime();
        s.asUser(c.secretary, () -> {
            for (long id : sittingIds) {
                s.preparation.openSitting(id);
            }
            return null;
        });
        double openSecs = secs(t);
        Arrays.sort(roomMs);
        line("Preparation: %d papers (%d rooms) in %.1f s = **%.1f papers/s** (per room p50 %d ms, max %d ms); "
                + "openSitting for all rooms %.1f s", N, rooms.size(), prepSecs, N / prepSecs,
                roomMs[roomMs.length / 2], roomMs[roomMs.length - 1], openSecs);

        List<Candidate> candidates = jdbc.query("select a.id, a.candidate_number from attempt a "
                + "join sitting st on st.id = a.sitting_id where st.campaign_id = ? order by a.id",
                (rs, i) -> new Candidate(i, rs.getLong(1), rs.getString(2)), c.id);
        assertThat(candidates).hasSize(N);
        // the invigilators check every candidate in at the door before the start (not measured)
        t = System.nanoTime();
        s.asUser(c.secretary, () -> {
            for (Candidate cand : candidates) {
                s.invigilation.checkIn(cand.attemptId);
            }
            return null;
        });
        line("Check-in (not measured): %d candidates checked in through InvigilationService.checkIn in %.1f s", N,
                secs(t));
        HikariSampler sampler = new HikariSampler(hikari);

        // ------------------------------------------------------------------ start storm
        line("Load average before the storm: %s", loadAverage());
        long[] startLat = new long[N];
        AtomicInteger startErrors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(N);
        sampler.reset();
        for (Candidate cand : candidates) {
            pool.submit(() -> {
                try {
                    go.await();
                    long s0 = System.nanoTime();
                    ExamScreen screen = as(cand, s.delivery::startNextPart);   // returns the screen
                    startLat[cand.index] = System.nanoTime() - s0;
                    if (screen.current() == null) {
                        throw new IllegalStateException("no running part after start");
                    }
                    cand.items = screen.current().items().stream().mapToLong(ExamScreen.Item::itemId).toArray();
                    cand.optionCounts = screen.current().items().stream().mapToInt(it -> it.options().size())
                            .toArray();
                } catch (Throwable e) {
                    startErrors.incrementAndGet();
                    sample("start", e);
                } finally {
                    done.countDown();
                }
                return null;
            });
        }
        long storm0 = System.nanoTime();
        go.countDown();
        done.await();
        double stormSecs = secs(storm0);
        line("Start storm: %d × startNextPart (with its screen) at once on %d threads: all started in **%.1f s**; "
                + "latency p50 %s, p99 %s, max %s; errors %d; pool: max %d threads waiting for a connection",
                N, THREADS, stormSecs, ms(pct(startLat, 0.50)), ms(pct(startLat, 0.99)), ms(pct(startLat, 1.0)),
                startErrors.get(), sampler.maxWaiting());

        // ------------------------------------------------------------------ answer saves
        long durationMs = (long) (MINUTES * 60_000);
        int perCandidate = (int) (durationMs / SAVE_EVERY_MS) + 2;
        long[] saveLat = new long[N * perCandidate];
        long[] lag = new long[N * perCandidate];
        long[] ackItem = new long[N * perCandidate];
        long[] ackSeq = new long[N * perCandidate];
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger saveErrors = new AtomicInteger();
        ScheduledThreadPoolExecutor ticker = new ScheduledThreadPoolExecutor(THREADS);
        sampler.reset();
        long saves0 = System.nanoTime();
        long end = saves0 + durationMs * 1_000_000;
        for (Candidate cand : candidates) {
            if (cand.items == null) {
                continue;
            }
            long offset = ThreadLocalRandom.current().nextLong(SAVE_EVERY_MS);
            AtomicLong tick = new AtomicLong();
            ticker.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                long k = tick.getAndIncrement();
                if (now >= end) {
                    return;
                }
                long intended = saves0 + (offset + k * SAVE_EVERY_MS) * 1_000_000;
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                int q = rnd.nextInt(cand.items.length);
                long itemId = cand.items[q];
                int shown = rnd.nextInt(cand.optionCounts[q]);
                long seq = ++cand.seq;
                try {
                    long s0 = System.nanoTime();
                    as(cand, () -> s.delivery.saveAnswer(itemId, shown, seq));
                    long s1 = System.nanoTime();
                    int slot = saves.getAndIncrement();
                    saveLat[slot] = s1 - s0;
                    lag[slot] = Math.max(0, s0 - intended);
                    ackItem[slot] = itemId;
                    ackSeq[slot] = seq;
                } catch (Throwable e) {
                    saveErrors.incrementAndGet();
                    sample("save", e);
                }
            }, offset, SAVE_EVERY_MS, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(durationMs);
        ticker.shutdown();   // periodic ticks stop; running ones finish
        ticker.awaitTermination(5, TimeUnit.MINUTES);
        double saveSecs = secs(saves0);
        int n = saves.get();
        long[] savesLat = Arrays.copyOf(saveLat, n);
        long[] lags = Arrays.copyOf(lag, n);
        long expected = (long) N * durationMs / SAVE_EVERY_MS;
        line("Answer saves (%.1f min of wall clock): %d acknowledged of ~%d due, **%.0f saves/s**; latency p50 %s, "
                + "p95 %s, **p99 %s**, max %s; errors %d; tick lag p99 %s (a late tick means the client pool "
                + "was saturated); pool: max %d waiting", saveSecs / 60, n, expected, n / saveSecs,
                ms(pct(savesLat, 0.50)), ms(pct(savesLat, 0.95)), ms(pct(savesLat, 0.99)), ms(pct(savesLat, 1.0)),
                saveErrors.get(), ms(pct(lags, 0.99)), sampler.maxWaiting());
        line("Load average after the saves: %s", loadAverage());

        // ------------------------------------------------------------------ heap per exam UI
        heapPerUi(candidates);

        // ------------------------------------------------------------------ submission
        long[] submitLat = new long[N];
        AtomicInteger submitErrors = new AtomicInteger();
        List<Candidate> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch submitted = new CountDownLatch(N);
        sampler.reset();
        long sub0 = System.nanoTime();
        for (Candidate cand : candidates) {
            pool.submit(() -> {
                try {
                    long s0 = System.nanoTime();
                    as(cand, () -> {
                        s.delivery.submitCurrentPart();
                        return null;
                    });
                    submitLat[cand.index] = System.nanoTime() - s0;
                } catch (Throwable e) {
                    submitErrors.incrementAndGet();
                    failed.add(cand);
                    sample("submit", e);
                } finally {
                    submitted.countDown();
                }
            });
        }
        submitted.await();
        double subSecs = secs(sub0);
        // the candidate whose click failed clicks again (one at a time here): does everyone get handed in?
        int retried = 0;
        int stillFailing = 0;
        for (Candidate cand : failed) {
            retried++;
            boolean ok = false;
            for (int attempt = 0; attempt < 3 && !ok; attempt++) {
                try {
                    as(cand, () -> {
                        s.delivery.submitCurrentPart();
                        return null;
                    });
                    ok = true;
                } catch (RuntimeException e) {
                    sample("submit retry", e);
                }
            }
            stillFailing += ok ? 0 : 1;
        }
        pool.shutdown();
        sampler.stop();
        Integer closedParts = jdbc.queryForObject("select count(*) from attempt_part ap join attempt a on a.id = "
                + "ap.attempt_id join sitting st on st.id = a.sitting_id where st.campaign_id = ? and ap.part_no = 1 "
                + "and ap.closed_at is not null", Integer.class, c.id);
        long[] okLat = Arrays.stream(submitLat).filter(x -> x > 0).toArray();
        line("Submission: %d × submitCurrentPart at once in %.1f s (%.0f/s); latency of the successful ones p50 %s, "
                + "p99 %s, max %s; **errors %d** (retried one by one: %d, still failing after 3 tries: %d); "
                + "part 1 closed for %d of %d", N, subSecs, N / subSecs, ms(pct(okLat, 0.50)), ms(pct(okLat, 0.99)),
                ms(pct(okLat, 1.0)), submitErrors.get(), retried, stillFailing, closedParts, N);

        // ------------------------------------------------------------------ lost answers
        Set<Long> stored = new HashSet<>();
        jdbc.query("select ans.paper_item_id, ans.client_seq from answer ans join attempt a on a.id = ans.attempt_id "
                + "join sitting st on st.id = a.sitting_id where st.campaign_id = ?",
                rs -> {
                    stored.add(key(rs.getLong(1), rs.getLong(2)));
                }, c.id);
        long lost = 0;
        for (int i = 0; i < n; i++) {
            if (!stored.contains(key(ackItem[i], ackSeq[i]))) {
                lost++;
            }
        }
        line("Lost answers: **%d** of %d acknowledged (answer rows for the campaign: %d)", lost, n, stored.size());
        line("Load average at the end: %s", loadAverage());
        if (!errorSamples.isEmpty()) {
            line("");
            line("Errors (first message of each kind, count):");
            errorSamples.forEach((k, v) -> line("- %s × %d", k, v));
        }
        line("");
        line("| N | papers/s | all started | start p50 / p99 | saves/s | save p50 / p95 / p99 | save errors | "
                + "submit all | submit errors | lost | heap/UI |");
        line("|---|---|---|---|---|---|---|---|---|---|---|");
        line("| %d | %.1f | %.1f s | %s / %s | %.0f | %s / %s / %s | %d | %.1f s | %d | %d | %s |", N, N / prepSecs,
                stormSecs, ms(pct(startLat, 0.5)), ms(pct(startLat, 0.99)), n / saveSecs, ms(pct(savesLat, 0.5)),
                ms(pct(savesLat, 0.95)), ms(pct(savesLat, 0.99)), saveErrors.get(), subSecs, submitErrors.get(),
                lost, heapPerUi);
        writeReport();
        assertThat(lost).as("acknowledged answers missing from the database").isZero();
    }

    // ---------------------------------------------------------------- heap

    private String heapPerUi = "n/a";

    /** Opens real exam UIs (one Vaadin session each, signed in as the examinee), forces GC, compares used heap. */
    private void heapPerUi(List<Candidate> candidates) throws InterruptedException {
        // Dev mode (the tests' mode) records a stack-trace location for every component created and attached
        // (ComponentTracker, for the IDE plugin); production mode never does. Measure what production holds,
        // unless -Dbench.componentTracker=true.
        boolean tracker = Boolean.getBoolean("bench.componentTracker");
        try {
            var f = com.vaadin.flow.component.internal.ComponentTracker.class.getDeclaredField("disabled");
            f.setAccessible(true);
            f.set(null, !tracker);
        } catch (ReflectiveOperationException e) {
            line("(could not set Vaadin's ComponentTracker: %s)", e);
        }
        MockVaadin.setMockRequestFactory(ViewTestBase.SecurityAwareRequest::new);
        MockSpringServlet servlet = new MockSpringServlet(new Routes().autoDiscoverViews("vn.thituyen"), ctx, UI::new);
        List<UI> held = new ArrayList<>();
        try {
            openExam(servlet, candidates.get(0));   // warm-up: classes, servlet, route registry
            long before = usedAfterGc();
            long t = System.nanoTime();
            for (int i = 1; i <= UIS; i++) {
                openExam(servlet, candidates.get(i));
                held.add(UI.getCurrent());
            }
            double openSecs = secs(t);
            long after = usedAfterGc();
            double kb = (after - before) / 1024.0 / UIS;
            heapPerUi = String.format(Locale.ROOT, "%.0f KB", kb);
            line("Heap per exam UI: %d UIs on route \"exam\" (part 1 running, %d questions) opened in %.1f s; used heap "
                    + "after GC %d MB → %d MB: **%.0f KB per candidate UI** (Vaadin session + UI + view; dev-mode component tracker %s)", UIS,
                    candidates.get(1).items.length, openSecs, before >> 20, after >> 20, kb, tracker ? "on" : "off");
        } catch (Throwable e) {
            line("Heap per exam UI: failed: %s", e);
        } finally {
            held.clear();
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    private void openExam(MockSpringServlet servlet, Candidate cand) {
        SecurityContext sc = SecurityContextHolder.createEmptyContext();
        sc.setAuthentication(cand.auth);
        SecurityContextHolder.setContext(sc);
        MockVaadin.setup(UI::new, servlet);
        UI.getCurrent().navigate("exam");
        MockVaadin.clientRoundtrip();   // before the response: UI access queue, beforeClientResponse, pending JS
        LocatorJ._get(ExamView.class);
        // what writing the response does: the changes sent to the browser are no longer kept (Karibu sends none)
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---------------------------------------------------------------- set-up

    /** N candidate accounts and accepted applications (VT01/VT02 alternately), by JDBC in one transaction. */
    private void insertAcceptedApplications(Scenario.Campaign c) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
        String[] given = {"Anh", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Minh", "Ngọc", "Phúc",
                "Quân", "Thảo", "Trang", "Tuấn", "Yến"};
        Timestamp now = Timestamp.from(Instant.now());
        new TransactionTemplate(txManager).executeWithoutResult(tx -> {
            List<Object[]> users = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                users.add(new Object[] {"b" + c.tag + "-" + i, "!bench: never signs in", "Thí Sinh " + i,
                        "ts" + i + "@example.vn", Role.CANDIDATE.name(), true, now});
            }
            jdbc.batchUpdate("insert into user_account (username, password_hash, full_name, email, role, enabled, "
                    + "created_at) values (?, ?, ?, ?, ?, ?, ?)", users);
            List<Long> userIds = jdbc.queryForList("select id from user_account where username like ? order by id",
                    Long.class, "b" + c.tag + "-%");
            List<Object[]> apps = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                String name = family[i % family.length] + " Văn " + given[(i / family.length) % given.length];
                apps.add(new Object[] {c.id, i % 2 == 0 ? c.position1 : c.position2, userIds.get(i), name,
                        java.sql.Date.valueOf(LocalDate.of(1990 + i % 10, 1 + i % 12, 1 + i % 28)),
                        ApplicationForm.Sex.FEMALE.name(), "Kinh", String.format("%012d", i), "0912345678",
                        "ts" + i + "@example.vn", "Số 1 Trần Hưng Đạo, Hải Dương",
                        ApplicationForm.EducationLevel.BACHELOR.name(), "Luật",
                        ApplicationForm.ForeignLanguage.ENGLISH.name(),
                        ApplicationForm.Exemption.NONE.name(), ClaimStatus.NONE.name(),
                        ApplicationStatus.ACCEPTED.name(), now, c.secretary, now});
            }
            jdbc.batchUpdate("insert into application (campaign_id, position_id, user_id, full_name, date_of_birth, "
                    + "sex, ethnicity, citizen_id, phone, email, address, education_level, major, foreign_language, "
                    + "exemption, exemption_status, status, submitted_at, reviewed_by, reviewed_at, "
                    + "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", apps);
        });
    }

    // ---------------------------------------------------------------- helpers

    private static final class Candidate {
        final int index;
        final long attemptId;
        final Authentication auth;
        volatile long[] items;
        volatile int[] optionCounts;
        long seq;   // one save at a time per candidate (a periodic task never overlaps itself)

        Candidate(int index, long attemptId, String candidateNumber) {
            this.index = index;
            this.attemptId = attemptId;
            Principal p = new Principal(candidateNumber, "", true, null, attemptId, Role.EXAMINEE, "examinee");
            this.auth = UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
        }
    }

    /** Runs as the signed-in examinee, as the exam view does. */
    private static <T> T as(Candidate cand, Supplier<T> body) {
        SecurityContext sc = SecurityContextHolder.createEmptyContext();
        sc.setAuthentication(cand.auth);
        SecurityContextHolder.setContext(sc);
        try {
            return body.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void sample(String phase, Throwable e) {
        String msg = phase + ": " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
        errorSamples.merge(msg.length() > 200 ? msg.substring(0, 200) : msg, 1, Integer::sum);
    }

    private static long key(long itemId, long seq) {
        return (itemId << 24) | seq;
    }

    private static long pct(long[] values, double q) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String ms(long nanos) {
        double v = nanos / 1e6;
        return v < 10 ? String.format(Locale.ROOT, "%.1f ms", v) : String.format(Locale.ROOT, "%.0f ms", v);
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }

    private void line(String format, Object... args) {
        String l = String.format(Locale.ROOT, format, args);
        System.out.println("[bench] " + l);
        report.append(l).append('\n');
    }

    private void writeReport() throws IOException {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("exam-day-" + N + ".md");
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println("[bench] report written to " + file.toAbsolutePath());
    }

    /** Samples HikariCP every 50 ms: the most threads seen waiting for a connection. */
    private static final class HikariSampler {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicInteger maxWaiting = new AtomicInteger();

        HikariSampler(HikariDataSource ds) {
            timer.scheduleAtFixedRate(() -> {
                var mx = ds.getHikariPoolMXBean();
                if (mx != null) {
                    maxWaiting.accumulateAndGet(mx.getThreadsAwaitingConnection(), Math::max);
                }
            }, 0, 50, TimeUnit.MILLISECONDS);
        }

        void reset() {
            maxWaiting.set(0);
        }

        int maxWaiting() {
            return maxWaiting.get();
        }

        void stop() {
            timer.shutdownNow();
        }
    }
}
