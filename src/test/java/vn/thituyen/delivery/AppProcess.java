package vn.thituyen.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;

/**
 * The packaged application ({@code target/thituyen-*.jar}, built by {@code package} before Failsafe) as its own
 * process on the test's database, for crash and multi-node tests. It runs with the production profile
 * {@code mysql}, configured through the environment variables the README documents, on a loopback port.
 * Its output goes to {@code target/it-nodes/<name>.log}.
 */
final class AppProcess implements AutoCloseable {

    static final Path LOG_DIR = Path.of("target", "it-nodes");

    final String name;
    final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    /**
     * @param env     the test's Spring environment: the child gets the same datasource and Hibernate database
     * @param sweepMs how often the child's deadline sweeper runs
     */
    AppProcess(String name, int port, Environment env, long sweepMs) {
        this.name = name;
        this.port = port;
        String database = "spring.jpa.properties.jakarta.persistence.database-";
        this.environment = Map.of(
                "THITUYEN_DB_URL", env.getRequiredProperty("spring.datasource.url"),
                "THITUYEN_DB_USER", env.getProperty("spring.datasource.username", ""),
                "THITUYEN_DB_PASSWORD", env.getProperty("spring.datasource.password", ""),
                "THITUYEN_DB_PRODUCT", env.getRequiredProperty(database + "product-name"),
                "THITUYEN_DB_MAJOR", env.getRequiredProperty(database + "major-version"),
                "THITUYEN_DB_MINOR", env.getRequiredProperty(database + "minor-version"),
                // the same audit key as the test's own application, which reads the chain these nodes write
                "THITUYEN_AUDIT_KEY", vn.thituyen.audit.AuditChain.TEST_KEY,
                // written scripts' keys: the same on every node (the demo key is refused without the demo profile)
                "THITUYEN_MARKING_KEY", "app-process-marking-key-of-at-least-32-characters",
                // admission tickets' QR codes: the same on every node, required without the demo profile
                "THITUYEN_TICKET_KEY", "app-process-ticket-key-of-at-least-32-characters",
                // production start without the demo profile: an administrator must exist or be created
                "THITUYEN_ADMIN_PASSWORD", env.getRequiredProperty("THITUYEN_ADMIN_PASSWORD"));
        this.arguments = List.of("--spring.profiles.active=mysql", "--server.address=127.0.0.1",
                "--server.port=" + port, "--thituyen.delivery.sweep-ms=" + sweepMs);
        this.log = LOG_DIR.resolve(name + ".log");
    }

    /** True when the test context runs on MySQL/MariaDB (the mysql profile), not on the embedded H2. */
    static boolean onMysql(Environment env) {
        String url = env.getProperty("spring.datasource.url", "");
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("thituyen-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no target/thituyen-*.jar: run through Maven (./mvnw verify -Pmysql packages it first)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the process (again, after a kill: same port, same database); returns at once. */
    void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        Files.createDirectories(LOG_DIR);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar().toString()));
        command.addAll(arguments);
        // the working directory is the project: the plain (non-production) jar runs Vaadin in development mode,
        // which looks for the project next to it
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.writeString(log, "\n===== start " + java.time.Instant.now() + " " + command + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        process = builder.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until the application answers a request that needs its database. */
    void awaitUp(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/public/campaigns"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not answer within " + timeout + ":\n" + logTail());
    }

    /**
     * Kills the process with SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hooks, no
     * graceful Tomcat stop, open transactions simply vanish. Returns the exit value (128 + 9 = 137 for SIGKILL).
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not die");
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Always ends the process (and anything it started). */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
