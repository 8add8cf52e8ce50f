package vn.thituyen.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thituyen.ApplicationTest;
import vn.thituyen.HttpBrowser;
import vn.thituyen.Scenario;
import vn.thituyen.audit.domain.AuditEntry;
import vn.thituyen.audit.domain.AuditEntryRepository;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.RoomConsole.RosterRow;
import vn.thituyen.delivery.InvigilationService;

/**
 * The sign-in and session findings of the security review (issue 9), over real HTTP against the running
 * application: 2 (CSRF on the exam API), 3 (no throttling), 8 (one session per candidate, expiry), 9 (security
 * headers), 15 (the exam API's errors as JSON). Every request comes from 127.0.0.1: the address's failure count is
 * cleared before and after each test so the rest of the suite is not locked out.
 */
@ApplicationTest
class SignInSecurityTest {

    @Autowired Scenario s;
    @Autowired vn.thituyen.delivery.RoomConsole console;
    @Autowired DeliveryService delivery;
    @Autowired InvigilationService invigilation;
    @Autowired SignInThrottle throttle;
    @Autowired AuditEntryRepository audit;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;
    final ObjectMapper json = new ObjectMapper();
    private Instant timeline;

    @BeforeEach
    @AfterEach
    void forgetTheLoopbackAddress() {
        jdbc.update("DELETE FROM sign_in_bucket WHERE id LIKE 'address:%'");
        jdbc.update("UPDATE sign_in_lockout SET lifted_at = locked_at, lifted_by = 'test' WHERE kind = 'ADDRESS'"
                + " AND lifted_at IS NULL");
    }

    @BeforeEach
    void rememberTheClock() {
        timeline = s.clock.instant();
    }

    @AfterEach
    void putTheClockBack() {
        s.clock.set(timeline);
    }

    // ------------------------------------------------------------------------------------------------ finding 2

    /**
     * A candidate signed in at /exam-login in the browser holds a session cookie. A foreign page making that browser
     * post to the JSON API (the cookie goes along) must not act for the candidate: the API reads no cookie at all.
     */
    @Test
    void theExamApiIgnoresTheBrowsersSessionCookie() throws Exception {
        Room room = room("Nguyễn Trãi");
        HttpClient browser = browser();
        HttpResponse<String> signIn = formLogin(browser, "/exam-login", room.row.candidateNumber(),
                room.row.oneTimePassword());
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));

        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/api/exam/parts/next"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertJsonError(forged, "error.notSignedIn");
        assertThat(s.parts.findByAttemptIdOrderByPartNo(room.row.attemptId()))
                .as("no part was started").allSatisfy(p -> assertThat(p.getStartedAt()).isNull());
        // the same browser still has its exam page (the cookie works where it belongs)
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/exam")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------------ finding 3

    /** 200 wrong one-time passwords in 7 s, then the right one worked: now the fifth failure locks the number. */
    @Test
    void wrongOneTimePasswordsLockTheCandidateNumberUntilTheInvigilatorLiftsIt() throws Exception {
        Room room = room("Lê Lợi");
        String number = room.row.candidateNumber();
        for (int i = 1; i <= 4; i++) {
            assertThat(apiSignIn(number, "WRONG" + i).statusCode()).as("failure " + i).isEqualTo(401);
        }
        HttpResponse<String> fifth = apiSignIn(number, "WRONG5");
        assertThat(fifth.statusCode()).isEqualTo(429);
        HttpResponse<String> right = apiSignIn(number, room.row.oneTimePassword());
        assertThat(right.statusCode()).as("the right password while locked").isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                assertThat(Long.parseLong(v)).isBetween(14 * 60L, 15 * 60L));
        assertJsonError(right, "error.tooManyAttempts");
        assertThat(json.readTree(right.body()).get("message").asText())
                .isEqualTo("Quá nhiều lần đăng nhập sai. Vui lòng thử lại sau 15 phút.");
        assertThat(auditLines("SignInLockedOut")).anySatisfy(d -> assertThat(d).contains(number.toLowerCase()));

        // the invigilator's console lists the lock; lifting it is audited, and the candidate gets in
        RosterRow row = s.asUser(room.c.invigilator, () -> console.roster(room.sitting)).stream()
                .filter(r -> r.attemptId() == room.row.attemptId()).findFirst().orElseThrow();
        assertThat(row.lockedUntil()).isNotNull();
        s.asUser(room.c.invigilator, () -> {
            invigilation.liftSignInLockout(room.row.attemptId());
            return null;
        });
        assertThat(auditLines("SignInLockoutLifted")).anySatisfy(d -> assertThat(d).contains(number.toLowerCase()));
        assertThat(apiSignIn(number, room.row.oneTimePassword()).statusCode()).isEqualTo(201);
    }

    /** The account sign-in form: the fifth wrong password locks the account; an administrator lifts it. */
    @Test
    void wrongPasswordsLockAStaffAccountUntilAnAdministratorLiftsIt() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        for (int i = 1; i <= 4; i++) {
            assertThat(location(formLogin(browser(), "/login", c.secretary, "Wrong-password-" + i)))
                    .endsWith("/login?error");
        }
        assertThat(location(formLogin(browser(), "/login", c.secretary, "Wrong-password-5")))
                .endsWith("/login?locked=15");
        assertThat(location(formLogin(browser(), "/login", c.secretary, Scenario.PASSWORD)))
                .as("the right password while locked").endsWith("/login?locked=15");

        var lock = s.as("admin", Role.ADMIN, throttle::activeLockouts).stream()
                .filter(l -> l.subject().equals(c.secretary.toLowerCase())).findFirst().orElseThrow();
        assertThat(lock.kind()).isEqualTo("LOGIN");
        assertThat(lock.address()).isEqualTo("127.0.0.1");
        s.as("admin", Role.ADMIN, () -> {
            throttle.lift(lock.id());
            return null;
        });
        assertThat(location(formLogin(browser(), "/login", c.secretary, Scenario.PASSWORD)))
                .doesNotContain("error").doesNotContain("locked");
    }

    /** Many names tried from one address: the address is locked too (the counters live in the database). */
    @Test
    void manyFailuresFromOneAddressLockTheAddress() {
        String address = "198.51.100." + (int) (Math.random() * 200 + 1);
        SignInLockedException locked = null;
        for (int i = 1; i <= 50 && locked == null; i++) {
            locked = throttle.failed("sbd-spray-" + i + "-" + address, address);
            assertThat(locked == null).as("failure " + i).isEqualTo(i < 50);
        }
        assertThatThrownBy(() -> throttle.check("someone-else", address)).isInstanceOf(SignInLockedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_bucket WHERE id LIKE 'login:sbd-spray-%'",
                Integer.class)).isPositive();
        throttle.check("someone-else", "198.51.100.250".equals(address) ? "198.51.100.251" : "198.51.100.250");
    }

    // ------------------------------------------------------------------------------------------------ finding 8

    /** A new sign-in (browser or API) ends the earlier session; the invigilator sees that it happened. */
    @Test
    void oneSessionPerCandidate() throws Exception {
        Room room = room("Trần Hưng Đạo");
        String first = token(room);
        assertThat(api("GET", "/api/exam/screen", first, null).statusCode()).isEqualTo(200);

        var browser = delivery.signIn(room.row.candidateNumber(), room.row.oneTimePassword()).orElseThrow();
        assertThat(api("GET", "/api/exam/screen", first, null).statusCode()).as("the API token ended").isEqualTo(401);

        String second = token(room);
        assertThat(api("GET", "/api/exam/screen", second, null).statusCode()).isEqualTo(200);
        var inBrowser = new Principal(room.row.candidateNumber(), "", true, null, room.row.attemptId(),
                Role.EXAMINEE, "examinee", browser.session());
        assertThatThrownBy(() -> RunAs.call(inBrowser, delivery::screen)).isInstanceOf(DomainException.class)
                .hasMessageContaining("error.exam.signedInElsewhere");

        RosterRow row = s.asUser(room.c.invigilator, () -> console.roster(room.sitting)).stream()
                .filter(r -> r.attemptId() == room.row.attemptId()).findFirst().orElseThrow();
        assertThat(row.signedInAgainAt()).isNotNull();
        assertThat(auditLines("ExamSessionReplaced")).anySatisfy(d -> assertThat(d)
                .contains("attemptId=" + room.row.attemptId()));
    }

    /** Tokens end after 30 idle minutes, and never outlive the last part's deadline. */
    @Test
    void tokensExpireWhenIdleAndAtTheLastDeadline() throws Exception {
        Room room = room("Phan Bội Châu");
        String idle = token(room);
        s.clock.advance(Duration.ofMinutes(31));
        HttpResponse<String> expired = api("GET", "/api/exam/screen", idle, null);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertJsonError(expired, "error.notSignedIn");

        Room later = room("Phan Châu Trinh");   // opened now: the 30-minute late-arrival limit counts from here
        String t = token(later);
        assertThat(api("POST", "/api/exam/parts/next", t, "").statusCode()).isEqualTo(200);
        assertThat(api("POST", "/api/exam/parts/current/submit", t, "").statusCode()).isEqualTo(200);
        assertThat(api("POST", "/api/exam/parts/next", t, "").statusCode()).isEqualTo(200);   // the last part: 30 min
        for (int i = 0; i < 3; i++) {   // active all along: seen every 10 minutes
            // (a deadline is stored rounded up to the whole second: one more second to be past it)
            s.clock.advance(Duration.ofMinutes(10).plusSeconds(i == 2 ? 1 : 0));
            assertThat(api("GET", "/api/exam/screen", t, null).statusCode()).as("minute " + (i + 1) * 10)
                    .isEqualTo(i < 2 ? 200 : 401);
        }
    }

    // ------------------------------------------------------------------------------------------------ finding 9

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/exam-login", "/api/exam/screen", "/api/public/campaigns"}) {
            HttpResponse<String> r = browser().send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            var h = r.headers();
            assertThat(h.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src", "frame-ancestors 'none'").doesNotContain("*")
                    .containsAnyOf("object-src 'none'", "default-src 'none'"));
            assertThat(h.firstValue("Referrer-Policy")).as(path).hasValueSatisfying(v -> assertThat(v)
                    .isIn("strict-origin-when-cross-origin", "no-referrer"));
            assertThat(h.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(v -> assertThat(v)
                    .contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(h.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
        assertThat(browser().send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Content-Security-Policy").orElseThrow())
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }

    // ------------------------------------------------------------------------------------------------ finding 15

    @Test
    void theExamApisErrorsAreJsonNeverARedirectOrHtml() throws Exception {
        Room room = room("Ngô Quyền");
        String t = token(room);
        record Case(String method, String path, String token, String contentType, String body, int status,
                String error) {
        }
        List<Case> cases = List.of(
                new Case("PUT", "/api/exam/items/1/answer", t, "text/plain", "2", 415, "error.api.unsupportedMediaType"),
                new Case("POST", "/api/exam/sessions", null, "text/plain", "x", 415, "error.api.unsupportedMediaType"),
                new Case("DELETE", "/api/exam/screen", t, "application/json", null, 405, "error.api.methodNotAllowed"),
                new Case("GET", "/api/exam/sessions", t, "application/json", null, 405, "error.api.methodNotAllowed"),
                new Case("PUT", "/api/exam/items/abc/answer", t, "application/json", "{\"choice\":1,\"seq\":1}", 400,
                        "error.api.typeMismatch"),
                new Case("POST", "/api/exam/sessions", null, "application/json", "{nope", 400, "error.badRequest"),
                new Case("GET", "/api/exam/no/such/thing", t, "application/json", null, 404, "error.api.notFound"),
                new Case("GET", "/api/exam/screen", null, "application/json", null, 401, "error.notSignedIn"),
                new Case("GET", "/api/exam/no/such/thing", null, "application/json", null, 401, "error.notSignedIn"),
                new Case("GET", "/api/exam/screen", "f".repeat(64), "application/json", null, 401, "error.notSignedIn"));
        for (Case c : cases) {
            HttpRequest.Builder r = HttpRequest.newBuilder(uri(c.path())).header("Content-Type", c.contentType())
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(c.body()));
            if (c.token() != null) {
                r.header("Authorization", "Bearer " + c.token());
            }
            HttpResponse<String> answer = browser().send(r.build(), HttpResponse.BodyHandlers.ofString());
            String what = c.method() + " " + c.path() + " " + c.contentType();
            assertThat(answer.statusCode()).as(what).isEqualTo(c.status());
            assertThat(answer.headers().firstValue("Content-Type")).as(what)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(json.readTree(answer.body()).get("error").asText()).as(what).isEqualTo(c.error());
            assertThat(json.readTree(answer.body()).get("message").asText()).as(what).isNotBlank();
        }
        HttpResponse<String> notAllowed = api("DELETE", "/api/exam/screen", t, null);
        assertThat(notAllowed.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    record Room(Scenario.Campaign c, long sitting, RosterRow row) {
    }

    private Room room(String name) {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, name, null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        RosterRow row = s.asUser(c.invigilator, () -> console.roster(sitting)).stream()
                .filter(r -> r.attemptId() == s.attemptOf(a)).findFirst().orElseThrow();
        return new Room(c, sitting, row);
    }

    private String token(Room room) throws Exception {
        HttpResponse<String> r = apiSignIn(room.row.candidateNumber(), room.row.oneTimePassword());
        assertThat(r.statusCode()).isEqualTo(201);
        return json.readTree(r.body()).get("token").asText();
    }

    private HttpResponse<String> apiSignIn(String number, String otp) throws Exception {
        return api("POST", "/api/exam/sessions", null,
                "{\"candidateNumber\":\"" + number + "\",\"oneTimePassword\":\"" + otp + "\"}");
    }

    private HttpResponse<String> api(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient browser() {
        return new HttpBrowser(port).http;
    }

    private HttpResponse<String> formLogin(HttpClient browser, String page, String username, String password)
            throws Exception {
        return new HttpBrowser(port, browser).formLogin(page, username, password);
    }

    private static String location(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElse("");
    }

    private void assertJsonError(HttpResponse<String> r, String key) throws Exception {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("application/json"));
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("error").asText()).isEqualTo(key);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    private List<String> auditLines(String action) {
        return audit.findTop500ByOrderByIdDesc().stream().filter(e -> e.getAction().equals(action))
                .map(AuditEntry::getDetails).toList();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
