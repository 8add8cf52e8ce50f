package vn.thituyen;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.identity.Role;

/**
 * Karibu-Testing for the views: a mocked Vaadin session on the real Spring context (real services, real
 * database, Vaadin's own route access control), signed in as whoever the test says.
 *
 * <p>Karibu runs no servlet filter, so nothing copies Spring Security's context into the request: the fake
 * request used here answers {@code getUserPrincipal()} / {@code isUserInRole()} from {@link SecurityContextHolder},
 * as Spring's {@code SecurityContextHolderAwareRequestWrapper} would. {@code @RolesAllowed} checks on navigation
 * and {@code AuthenticationContext} therefore see the same user as the services' {@code @Secured} checks.
 *
 * <p>Subclasses carry the same annotations as every other Spring test
 * ({@code @SpringBootTest @Import({TestClock.Config.class, Scenario.class})}) so one context is shared.
 */
public abstract class ViewTestBase {

    private static Routes routes;

    @Autowired protected ApplicationContext ctx;
    @Autowired protected Scenario s;

    /** The clock without this test's deliberate time travel: campaigns created so far are not later. */
    private Instant timeline;

    @BeforeEach
    void startVaadin() {
        timeline = s.clock.instant();
        SecurityContextHolder.clearContext();
        openBrowser();
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        // Undo timePasses(): deadlines of later tests are measured from the same timeline.
        s.clock.set(timeline);
    }

    /** Time passes for the rest of this test only (deadlines, timers); set back after the test. */
    protected void timePasses(Duration d) {
        s.clock.advance(d);
    }

    /** A fresh browser session (new Vaadin session and UI) for whoever is signed in now. */
    protected void openBrowser() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("vn.thituyen");
        }
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
    }

    /** Signs in with an account (as the login form would) and opens a new browser session. */
    protected void signIn(String username) {
        MockVaadin.tearDown();
        authenticate((vn.thituyen.identity.Principal) s.users.loadUserByUsername(username));
        openBrowser();
    }

    /** Signs in at the exam room (candidate number + one-time password) and opens a new browser session. */
    protected void signInExaminee(long attemptId) {
        MockVaadin.tearDown();
        var a = s.attempts.findById(attemptId).orElseThrow();
        String name = s.registration.candidate(a.getApplicationId()).fullName();
        authenticate(new vn.thituyen.identity.Principal(a.getCandidateNumber(), "", true, null, attemptId,
                Role.EXAMINEE, name));
        openBrowser();
    }

    /** Signs out and opens a new anonymous browser session. */
    protected void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        openBrowser();
    }

    private static void authenticate(vn.thituyen.identity.Principal p) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    /** Navigates like a user typing the address, and returns the view shown. */
    protected static <T extends Component> T navigate(String route, Class<T> view) {
        UI.getCurrent().navigate(route);
        return _get(view);
    }

    /** A fresh campaign, chosen in the picker by its staff; the test clock does not tick by itself. */
    protected Scenario.Campaign newCampaign() {
        return newCampaign(vn.thituyen.campaign.RuleSet.CIVIL_SERVANT_2020);
    }

    /** The same under another rule set. */
    protected Scenario.Campaign newCampaign(vn.thituyen.campaign.RuleSet ruleSet) {
        return newCampaign(ruleSet, null);
    }

    /** The same, VT01 sitting {@code vt01Round2} in round 2. */
    protected Scenario.Campaign newCampaign(vn.thituyen.campaign.RuleSet ruleSet,
            List<vn.thituyen.campaign.domain.ExamPlanRule.Part> vt01Round2) {
        timeline = timeline.plusSeconds(1);   // whole seconds: MariaDB through Connector/J drops the fraction
        s.clock.set(timeline);
        return s.newCampaign(ruleSet, vt01Round2);
    }

    /**
     * The question asked before a step that cannot be undone: its text, then "yes" (the step runs). Fails when no
     * such question is open.
     */
    protected static String confirm() {
        var dialog = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        String text = dialog.getElement().getProperty("message");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);
        dialog.close();   // as the browser does once a button is pressed
        return text;
    }

    /** The same question, answered "cancel": nothing happens. */
    protected static String cancel() {
        var dialog = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        String text = dialog.getElement().getProperty("message");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(dialog);
        dialog.close();
        return text;
    }

    /** Texts of the notifications now shown. */
    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(ViewTestBase::text).toList();
    }

    private static String text(Notification n) {
        String t = n.getElement().getProperty("text");
        return t != null ? t : BasicUtilsKt.get_textRecursively(n);
    }

    /** Everything the user can read in the current UI. */
    protected static String screenText() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? "" : ((Component) chain.get(chain.size() - 1)).getElement().getTextRecursively();
    }

    protected static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    protected static String error(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    /** The fake request: principal and roles from Spring Security's context, like Spring's request wrapper. */
    static final class SecurityAwareRequest extends FakeRequest {

        SecurityAwareRequest(com.github.mvysny.fakeservlet.FakeHttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.isAuthenticated() ? auth : null;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String authority = role.startsWith("ROLE_") ? role : "ROLE_" + role;
            return auth != null && auth.isAuthenticated()
                    && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
        }
    }
}
