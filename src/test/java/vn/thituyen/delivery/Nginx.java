package vn.thituyen.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * nginx in front of application nodes, as a child process ({@code daemon off}) with a generated configuration in
 * its own directory: the configuration of docs/deployment.md on loopback ports. Needs the nginx binary (Debian
 * package {@code nginx}, installed by .ci/run).
 */
final class Nginx implements AutoCloseable {

    final int port;
    final Path dir;
    private final List<Integer> nodes;
    private Process process;

    Nginx(Path dir, int port, List<Integer> nodes) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.nodes = nodes;
    }

    static Path binary() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(p -> !p.isEmpty()).map(p -> Path.of(p, "nginx"));
        return Stream.concat(Stream.of(Path.of("/usr/sbin/nginx")), onPath).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "nginx not found: apt-get install -y nginx (.ci/run installs it)"));
    }

    /** The configuration: sticky by client address for the Vaadin UI, any live node for the JSON exam API. */
    static String config(Path dir, int port, List<Integer> nodes) {
        String servers = nodes.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        String forwarded = """
                    proxy_http_version 1.1;
                    proxy_set_header Host $host;
                    proxy_set_header X-Real-IP $remote_addr;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                """;
        return """
                worker_processes 1;
                pid DIR/nginx.pid;
                error_log DIR/error.log warn;
                events { worker_connections 1024; }
                http {
                    log_format upstreams '$msec $request_method $uri $status "$upstream_addr" "$upstream_status"';
                    access_log DIR/access.log upstreams;
                    client_body_temp_path DIR/tmp/client_body;
                    proxy_temp_path DIR/tmp/proxy;
                    fastcgi_temp_path DIR/tmp/fastcgi;
                    uwsgi_temp_path DIR/tmp/uwsgi;
                    scgi_temp_path DIR/tmp/scgi;

                    map $http_upgrade $connection_upgrade {
                        default upgrade;
                        ''      '';
                    }

                    # Vaadin UI: the session lives in one node's memory, so a browser stays on its node
                    upstream thituyen_ui {
                        hash $remote_addr consistent;
                SERVERS
                        keepalive 16;
                    }

                    # JSON exam API: stateless (bearer token kept in the database), any live node will do
                    upstream thituyen_api {
                        least_conn;
                SERVERS
                        keepalive 32;
                    }

                    server {
                        listen 127.0.0.1:PORT;
                        client_max_body_size 201m;
                        proxy_connect_timeout 2s;
                        # a dead node's requests go to a live one (PUT/GET always; POST only if never sent)
                        proxy_next_upstream error timeout http_502;
                        proxy_next_upstream_tries 2;

                        location = /lb-health {
                            access_log off;
                            return 200 "ok\\n";
                        }

                        location /api/ {
                            proxy_pass http://thituyen_api;
                FORWARDED            proxy_set_header Connection "";
                        }

                        location / {
                            proxy_pass http://thituyen_ui;
                FORWARDED            proxy_set_header Upgrade $http_upgrade;
                            proxy_set_header Connection $connection_upgrade;
                            proxy_read_timeout 1h;
                        }
                    }
                }
                """.replace("SERVERS", servers).replace("FORWARDED", forwarded.indent(8).stripTrailing() + "\n")
                .replace("DIR", dir.toString()).replace("PORT", String.valueOf(port));
    }

    void start() throws IOException {
        Files.createDirectories(dir.resolve("tmp"));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, config(dir, port, nodes), StandardCharsets.UTF_8);
        process = new ProcessBuilder(binary().toString(), "-p", dir.toString(), "-c", conf.toString(),
                "-e", dir.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path accessLog() {
        return dir.resolve("access.log");
    }

    void awaitUp(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": " + read("nginx.out")
                        + read("error.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/lb-health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not answer within " + timeout + ": " + read("error.log"));
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** One line of the access log: when, what, and which node(s) nginx tried. */
    record Line(double at, String method, String uri, int status, List<String> upstreams) {
        /** the node that gave the final answer */
        String finalUpstream() {
            return upstreams.isEmpty() ? "" : upstreams.get(upstreams.size() - 1);
        }
    }

    List<Line> accessLines() {
        List<Line> lines = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(accessLog(), StandardCharsets.UTF_8)) {
                String[] quoted = l.split("\"");
                String[] head = quoted[0].trim().split(" ");
                List<String> upstreams = Stream.of(quoted[1].split(","))
                        .map(String::trim).filter(x -> !x.isEmpty() && !x.equals("-")).toList();
                lines.add(new Line(Double.parseDouble(head[0]), head[1], head[2], Integer.parseInt(head[3]),
                        upstreams));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Stops nginx (SIGTERM: the master stops its workers), then makes sure nothing of it is left. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
