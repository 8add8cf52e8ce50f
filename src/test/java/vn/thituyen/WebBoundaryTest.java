package vn.thituyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.web.server.LocalServerPort;

/** At the HTTP boundary: guarded pages redirect to sign-in, bad requests get clear answers, never a 500. */
@ApplicationTest
class WebBoundaryTest {

    @LocalServerPort int port;
    @Autowired PathMappedEndpoints endpoints;
    @Autowired HealthEndpoint healthEndpoint;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void staffAndCandidatePagesNeedSignIn() throws Exception {
        for (String path : new String[] {"/review", "/results", "/exam", "/my-application", "/interviews", "/audit"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l)
                    .endsWith("/login"));
        }
    }

    @Test
    void publicPagesAndStylesNeedNoSignIn() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        assertThat(get("/public/results").statusCode()).isEqualTo(200);
        assertThat(get("/styles/thituyen.css").statusCode()).isEqualTo(200);
        HttpResponse<String> campaigns = get("/api/public/campaigns");
        assertThat(campaigns.statusCode()).isEqualTo(200);
        assertThat(campaigns.body()).startsWith("[");
    }

    @Test
    void unknownOrUnpublishedResultsAreAClear404() throws Exception {
        HttpResponse<String> r = get("/api/public/campaigns/NO-SUCH/results");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Chưa có kết quả được công bố");
        assertThat(get("/api/public/campaigns/NO-SUCH/results.pdf").statusCode()).isEqualTo(404);
        // hostile codes: refused or redirected (the firewall refuses encoded slashes and percents), never a 500
        for (String code : new String[] {"<script>alert(1)</script>", "x".repeat(5000), "%00", "' OR 1=1 --"}) {
            String path = "/api/public/campaigns/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/results";
            assertThat(get(path).statusCode()).as(code).isBetween(300, 499);
        }
    }

    @Test
    void aHugeOrHostileSignInIsRefusedNotCrashed() throws Exception {
        String body = "username=" + URLEncoder.encode("<script>" + "a".repeat(10_000), StandardCharsets.UTF_8)
                + "&password=x";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isBetween(300, 499);
    }

    @Test
    void theHealthEndpointIsOpenAndSaysOnlyUpOrDownAndNoOtherActuatorEndpointIsThere() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).as("no details for anonymous callers").isFalse();
        assertThat(body.has("details")).isFalse();
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> r = get(probe);
            assertThat(r.statusCode()).as(probe).isEqualTo(200);
            assertThat(r.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(get("/actuator/health/db").statusCode()).as("no single check for anonymous callers").isEqualTo(404);
        // the status includes the database check (readiness too; liveness does not: a slow database must not get
        // a node restarted)
        assertThat(((CompositeHealth) healthEndpoint.health()).getComponents()).containsKey("db");
        assertThat(((CompositeHealth) healthEndpoint.healthForPath("readiness")).getComponents()).containsKey("db");
        assertThat(((CompositeHealth) healthEndpoint.healthForPath("liveness")).getComponents())
                .doesNotContainKey("db");

        assertThat(endpoints.getAllPaths()).as("exposed actuator endpoints").containsExactly("/actuator/health");
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
                "/actuator/metrics", "/actuator/configprops", "/actuator/heapdump", "/actuator/loggers"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isNotEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain("\"_links\"", "propertySources", "beans");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
