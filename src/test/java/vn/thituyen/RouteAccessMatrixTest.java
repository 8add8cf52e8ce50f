package vn.thituyen;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.thituyen.identity.Role;
import vn.thituyen.identity.ui.LoginView;
import vn.thituyen.questionbank.Subject;

/**
 * Every screen × every kind of visitor: who may open it and who is turned away, through Vaadin's own route access
 * control on the real application (security review). The routes come from the code ({@code @Route} classes found
 * on the class path), so a new screen without a line in {@link #POLICY} fails this test until someone decides who
 * may see it.
 */
@ApplicationTest
class RouteAccessMatrixTest extends ViewTestBase {

    /** A visitor: nobody signed in, or one role. */
    enum Visitor { ANONYMOUS, CANDIDATE, EXAMINEE, ADMIN, SECRETARY, CHAIR, AUTHOR, INVIGILATOR, GRADER, AGENCY }

    private static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);
    private static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));

    /** The policy: route → who may open it. Everyone else is sent to sign in (anonymous) or refused. */
    static final Map<String, Set<Visitor>> POLICY = new LinkedHashMap<>();

    static {
        POLICY.put("", SIGNED_IN);   // forwards each role to its start page
        POLICY.put("login", EVERYONE);
        POLICY.put("signup", EVERYONE);
        POLICY.put("exam-login", EVERYONE);
        POLICY.put("public/results", EVERYONE);
        POLICY.put("my-application", EnumSet.of(Visitor.CANDIDATE));
        POLICY.put("exam", EnumSet.of(Visitor.EXAMINEE));
        POLICY.put("campaigns", EnumSet.of(Visitor.ADMIN, Visitor.SECRETARY));
        POLICY.put("campaign", EnumSet.of(Visitor.ADMIN, Visitor.SECRETARY));
        POLICY.put("review", EnumSet.of(Visitor.SECRETARY, Visitor.ADMIN));
        POLICY.put("fees", EnumSet.of(Visitor.SECRETARY, Visitor.ADMIN, Visitor.CHAIR));
        POLICY.put("winners", EnumSet.of(Visitor.SECRETARY, Visitor.ADMIN, Visitor.CHAIR));
        POLICY.put("sittings", EnumSet.of(Visitor.SECRETARY, Visitor.INVIGILATOR, Visitor.ADMIN, Visitor.CHAIR));
        POLICY.put("interviews", EnumSet.of(Visitor.GRADER));
        POLICY.put("interviews/chair", EnumSet.of(Visitor.CHAIR));
        // written marking: markers see codes only; the head and the chair the board; the anonymisation board codes
        POLICY.put("marking", EnumSet.of(Visitor.GRADER));
        POLICY.put("my-appeals", EnumSet.of(Visitor.CANDIDATE));
        POLICY.put("my-notices", EnumSet.of(Visitor.CANDIDATE));
        POLICY.put("notices", EnumSet.of(Visitor.SECRETARY, Visitor.ADMIN, Visitor.CHAIR));
        // a written part typed on computer: the candidate writes; the question board or the chair sets the paper,
        // the secretary opens and closes it
        POLICY.put("written-exam", EnumSet.of(Visitor.CANDIDATE));
        POLICY.put("written-papers", EnumSet.of(Visitor.SECRETARY, Visitor.CHAIR, Visitor.AUTHOR));
        POLICY.put("appeals", EnumSet.of(Visitor.SECRETARY, Visitor.CHAIR));
        POLICY.put("marking/board", EnumSet.of(Visitor.GRADER, Visitor.CHAIR));
        POLICY.put("marking/anonymise", EnumSet.of(Visitor.GRADER, Visitor.SECRETARY, Visitor.CHAIR));
        POLICY.put("results", EnumSet.of(Visitor.SECRETARY, Visitor.CHAIR, Visitor.ADMIN));
        POLICY.put("audit", EnumSet.of(Visitor.ADMIN, Visitor.CHAIR));
        POLICY.put("settings/letterhead", EnumSet.of(Visitor.ADMIN));
        POLICY.put("settings/holidays", EnumSet.of(Visitor.ADMIN));
        POLICY.put("nominations", EnumSet.of(Visitor.AGENCY));
        POLICY.put("my-proposal", EnumSet.of(Visitor.CANDIDATE));
        POLICY.put("leadership/posts", EnumSet.of(Visitor.ADMIN, Visitor.SECRETARY, Visitor.CHAIR));
        POLICY.put("leadership/review", EnumSet.of(Visitor.SECRETARY, Visitor.CHAIR, Visitor.ADMIN));
        POLICY.put("leadership/ballots", EnumSet.of(Visitor.CHAIR, Visitor.SECRETARY, Visitor.GRADER));
        // the chair and an administrator edit the đề án criteria; the secretary and the council read them
        POLICY.put("leadership/criteria", EnumSet.of(Visitor.CHAIR, Visitor.ADMIN, Visitor.SECRETARY,
                Visitor.GRADER));
        POLICY.put("lockouts", EnumSet.of(Visitor.ADMIN));
        POLICY.put("staff", EnumSet.of(Visitor.ADMIN));
        POLICY.put("set-password", EVERYONE);
        // the bank list shows banks and counts; questions and keys only to the question board and the chair
        POLICY.put("banks", EnumSet.of(Visitor.AUTHOR, Visitor.CHAIR, Visitor.ADMIN, Visitor.SECRETARY));
        POLICY.put("bank", EnumSet.of(Visitor.AUTHOR, Visitor.CHAIR));
        POLICY.put("blueprints", EnumSet.of(Visitor.AUTHOR, Visitor.CHAIR, Visitor.SECRETARY));
        POLICY.put("item-analysis", EnumSet.of(Visitor.AUTHOR, Visitor.CHAIR));
    }

    @Test
    void everyRouteHasARuleAndEveryVisitorGetsExactlyWhatTheRuleSays() {
        Map<String, Class<? extends Component>> routes = new LinkedHashMap<>();
        for (Class<? extends Component> view : new Routes().autoDiscoverViews("vn.thituyen").getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                routes.put(route.value(), view);
            }
        }
        assertThat(new TreeSet<>(routes.keySet())).as("routes in the code without a rule in POLICY (or the reverse)")
                .isEqualTo(new TreeSet<>(POLICY.keySet()));

        Scenario.Campaign c = newCampaign();
        long app = s.apply(c, c.position1, "Nguyễn Văn Trỗi", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        String admin = "adm-" + c.tag;
        s.as("system-admin", Role.ADMIN, () -> s.identity.createAccount(admin, Scenario.PASSWORD, "Quản Trị Viên",
                "qt@example.vn", Role.ADMIN));
        String agency = admin + "-agency";
        s.as("system-admin", Role.ADMIN, () -> s.identity.createAccount(agency, Scenario.PASSWORD, "Sở Y tế",
                "syt@example.vn", Role.AGENCY));
        long bank = s.banks.bankFor(Subject.GENERAL_KNOWLEDGE, null).orElseThrow().id();

        List<String> wrong = new ArrayList<>();
        for (Visitor visitor : Visitor.values()) {
            switch (visitor) {
                case ANONYMOUS -> signOut();
                case CANDIDATE -> signIn(c.candidates.get(0));
                case EXAMINEE -> signInExaminee(s.attemptOf(app));
                case ADMIN -> signIn(admin);
                case SECRETARY -> signIn(c.secretary);
                case CHAIR -> signIn(c.chair);
                case AUTHOR -> signIn(c.author1);
                case INVIGILATOR -> signIn(c.invigilator);
                case GRADER -> signIn(c.grader1);
                case AGENCY -> signIn(agency);
            }
            for (var route : routes.entrySet()) {
                String path = route.getKey();
                if (HasUrlParameter.class.isAssignableFrom(route.getValue())) {
                    path = path + "/" + bank;
                }
                boolean allowed = POLICY.get(route.getKey()).contains(visitor);
                String outcome = open(path, route.getValue(), visitor);
                String expected = allowed ? "shown" : visitor == Visitor.ANONYMOUS ? "sign in" : "refused";
                if (!outcome.equals(expected)) {
                    wrong.add(visitor + " /" + path + ": expected " + expected + ", got " + outcome);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The JSON endpoints: "METHOD pattern" → who may call it (past sign-in; the call may still be refused). */
    static final Map<String, Set<Visitor>> API_POLICY = new LinkedHashMap<>();

    static {
        API_POLICY.put("GET /api/public/campaigns", EVERYONE);
        API_POLICY.put("GET /api/public/campaigns/{code}/results", EVERYONE);
        API_POLICY.put("GET /api/public/campaigns/{code}/results.pdf", EVERYONE);
        API_POLICY.put("GET /api/public/campaigns/{code}/results.xlsx", EVERYONE);
        API_POLICY.put("POST /api/exam/sessions", EVERYONE);   // the sign-in itself
        // the exam client's calls: the bearer token of an exam session only, never a browser's cookie
        API_POLICY.put("GET /api/exam/screen", EnumSet.noneOf(Visitor.class));
        API_POLICY.put("POST /api/exam/parts/next", EnumSet.noneOf(Visitor.class));
        API_POLICY.put("PUT /api/exam/items/{itemId}/answer", EnumSet.noneOf(Visitor.class));
        API_POLICY.put("PUT /api/exam/items/{itemId}/flag", EnumSet.noneOf(Visitor.class));
        API_POLICY.put("POST /api/exam/parts/current/submit", EnumSet.noneOf(Visitor.class));
    }

    /** Endpoints an exam client reaches with its bearer token. */
    private static final Set<String> BEARER = Set.of("GET /api/exam/screen", "POST /api/exam/parts/next",
            "PUT /api/exam/items/{itemId}/answer", "PUT /api/exam/items/{itemId}/flag",
            "POST /api/exam/parts/current/submit", "POST /api/exam/sessions");

    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @Test
    void everyJsonEndpointHasARuleAndOnlyItsCallersGetPastSignIn() throws Exception {
        Map<String, String> endpoints = new java.util.TreeMap<>();
        for (var e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getName().startsWith("vn.thituyen.")) {
                continue;   // Spring's own error controller
            }
            for (var method : e.getKey().getMethodsCondition().getMethods()) {
                for (String pattern : e.getKey().getPatternValues()) {
                    endpoints.put(method + " " + pattern, pattern);
                }
            }
        }
        assertThat(endpoints.keySet()).as("JSON endpoints in the code without a rule in API_POLICY (or the reverse)")
                .isEqualTo(new TreeSet<>(API_POLICY.keySet()));

        Scenario.Campaign c = newCampaign();
        long app = s.apply(c, c.position1, "Võ Thị Sáu", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        var ticket = s.asUser(c.invigilator, () -> s.console.roster(sitting)).get(0);
        String admin = "adm2-" + c.tag;
        s.as("system-admin", Role.ADMIN, () -> s.identity.createAccount(admin, Scenario.PASSWORD, "Quản Trị Viên",
                "qt@example.vn", Role.ADMIN));
        String agency = admin + "-agency";
        s.as("system-admin", Role.ADMIN, () -> s.identity.createAccount(agency, Scenario.PASSWORD, "Sở Y tế",
                "syt@example.vn", Role.AGENCY));

        List<String> wrong = new ArrayList<>();
        for (Visitor visitor : Visitor.values()) {
            HttpBrowser browser = new HttpBrowser(port);
            String user = switch (visitor) {
                case ANONYMOUS, EXAMINEE -> null;
                case CANDIDATE -> c.candidates.get(0);
                case ADMIN -> admin;
                case SECRETARY -> c.secretary;
                case CHAIR -> c.chair;
                case AUTHOR -> c.author1;
                case INVIGILATOR -> c.invigilator;
                case GRADER -> c.grader1;
                case AGENCY -> agency;
            };
            if (user != null) {
                assertThat(browser.formLogin("/login", user, Scenario.PASSWORD).statusCode()).isEqualTo(302);
            } else if (visitor == Visitor.EXAMINEE) {
                // the candidate signed in at the exam room in the browser: a session cookie, no bearer token
                assertThat(browser.formLogin("/exam-login", ticket.candidateNumber(), ticket.oneTimePassword())
                        .statusCode()).isEqualTo(302);
            }
            for (var endpoint : endpoints.entrySet()) {
                boolean allowed = API_POLICY.get(endpoint.getKey()).contains(visitor);
                int status = call(browser.http, endpoint.getKey(), null);
                boolean passed = status != 401 && status != 403 && status != 302;
                if (passed != allowed) {
                    wrong.add(visitor + " (session cookie) " + endpoint.getKey() + ": " + status);
                }
            }
        }
        // the exam client with its bearer token reaches exactly the exam calls
        String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(post(
                "/api/exam/sessions", "{\"candidateNumber\":\"" + ticket.candidateNumber()
                        + "\",\"oneTimePassword\":\"" + ticket.oneTimePassword() + "\"}")).get("token").asText();
        for (String endpoint : endpoints.keySet()) {
            int status = call(java.net.http.HttpClient.newHttpClient(), endpoint, token);
            boolean passed = status != 401 && status != 403 && status != 302;
            if (passed != (BEARER.contains(endpoint) || API_POLICY.get(endpoint).contains(Visitor.ANONYMOUS))) {
                wrong.add("bearer token " + endpoint + ": " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private int call(java.net.http.HttpClient http, String endpoint, String token) throws Exception {
        String[] mp = endpoint.split(" ", 2);
        String path = mp[1].replace("{code}", "KHONG-CO").replace("{itemId}", "1");
        String body = mp[0].equals("GET") ? null : path.endsWith("/answer") ? "{\"choice\":0,\"seq\":1}"
                : path.endsWith("/flag") ? "{\"flagged\":true}"
                : path.endsWith("/sessions") ? "{\"candidateNumber\":\"X\",\"oneTimePassword\":\"Y\"}" : "{}";
        var r = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(mp[0], body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        int status = http.send(r.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        // a wrong one-time password is the sign-in answering, not a refusal to reach it
        return endpoint.equals("POST /api/exam/sessions") && status == 401 ? 200 : status;
    }

    private String post(String path, String json) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.body();
    }

    /** What the visitor gets at the path: "shown", "sign in" (the login page) or "refused" (access denied). */
    private static String open(String path, Class<? extends Component> view, Visitor visitor) {
        UI.getCurrent().navigate(path);
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        Object shown = chain.get(0);
        String text = ((Component) shown).getElement().getTextRecursively();
        if (text.contains("Access is denied by annotations on the view")) {
            return "refused";
        }
        if (shown instanceof LoginView && view != LoginView.class) {
            return "sign in";
        }
        if (view.getAnnotation(Route.class).value().isEmpty()) {
            return "shown";   // "/" forwards to the visitor's own start page, itself checked above
        }
        return view.isInstance(shown) ? "shown" : "other: " + shown.getClass().getSimpleName();
    }
}
