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
    enum Visitor { ANONYMOUS, CANDIDATE, EXAMINEE, ADMIN, SECRETARY, CHAIR, AUTHOR, INVIGILATOR, GRADER }

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
        POLICY.put("review", EnumSet.of(Visitor.SECRETARY, Visitor.ADMIN));
        POLICY.put("sittings", EnumSet.of(Visitor.SECRETARY, Visitor.INVIGILATOR, Visitor.ADMIN, Visitor.CHAIR));
        POLICY.put("interviews", EnumSet.of(Visitor.GRADER));
        POLICY.put("results", EnumSet.of(Visitor.SECRETARY, Visitor.CHAIR, Visitor.ADMIN));
        POLICY.put("audit", EnumSet.of(Visitor.ADMIN, Visitor.CHAIR));
        POLICY.put("settings/letterhead", EnumSet.of(Visitor.ADMIN));
        POLICY.put("lockouts", EnumSet.of(Visitor.ADMIN));
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
