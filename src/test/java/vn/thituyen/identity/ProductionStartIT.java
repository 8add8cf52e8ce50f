package vn.thituyen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Finding 6 of the security review: {@code java -jar} without a profile loaded the demo accounts with their
 * published password. The packaged jar (built by {@code package} before Failsafe) is started as its own process on
 * an in-memory H2 database, as an operator would start it: without the demo profile and without
 * {@code THITUYEN_ADMIN_PASSWORD} it refuses to start and says why; with the password it starts with only that
 * administrator, no demo data. Logs in {@code target/it-nodes/production-start-*.log}.
 */
class ProductionStartIT {

    private static final Path LOG_DIR = Path.of("target", "it-nodes");

    @Test
    void withoutTheDemoProfileTheJarNeedsAnAdministratorAndLoadsNoDemoData() throws Exception {
        Path refusedLog = LOG_DIR.resolve("production-start-refused.log");
        Process refused = start(refusedLog, null);
        try {
            assertThat(refused.waitFor(4, TimeUnit.MINUTES)).as("the refused start ends by itself").isTrue();
            assertThat(refused.exitValue()).isNotZero();
            assertThat(Files.readString(refusedLog, StandardCharsets.UTF_8))
                    .contains(AdminBootstrap.NO_ADMIN)
                    .doesNotContain("Demo data loaded");
        } finally {
            refused.destroyForcibly();
        }

        Path startedLog = LOG_DIR.resolve("production-start-admin.log");
        int port = freePort();
        Process started = start(startedLog, port, "Sông-Hồng chảy 2026");
        try {
            awaitHealth(started, port, startedLog);
            String log = Files.readString(startedLog, StandardCharsets.UTF_8);
            assertThat(log).contains("Created the administrator account 'admin'").doesNotContain("Demo data loaded");
        } finally {
            started.descendants().forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
            started.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path log, String adminPassword) throws IOException {
        return start(log, freePort(), adminPassword);
    }

    private static Process start(Path log, int port, String adminPassword) throws IOException {
        Files.createDirectories(LOG_DIR);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:+UseSerialGC",
                "-jar", jar().toString(),
                "--spring.datasource.url=jdbc:h2:mem:production-start;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "--server.address=127.0.0.1", "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // as an operator's shell: no profile, and the administrator's password only when given
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().remove("SPRING_PROFILES_DEFAULT");
        builder.environment().remove("THITUYEN_ADMIN_PASSWORD");
        // the audit key is required too (AuditKeyTest); given here so that the refusal is the administrator's
        builder.environment().put("THITUYEN_AUDIT_KEY", "production-start-test-key-of-at-least-32-chars");
        builder.environment().put("THITUYEN_MARKING_KEY", "production-start-marking-key-of-at-least-32-chars");
        builder.environment().put("THITUYEN_TICKET_KEY", "production-start-ticket-key-of-at-least-32-chars");
        if (adminPassword != null) {
            builder.environment().put("THITUYEN_ADMIN_PASSWORD", adminPassword);
        }
        return builder.start();
    }

    private static void awaitHealth(Process p, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new AssertionError("exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("did not come up:\n" + Files.readString(log));
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("thituyen-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/thituyen-*.jar: run through Maven"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
