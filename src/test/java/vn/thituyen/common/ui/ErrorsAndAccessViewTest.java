package vn.thituyen.common.ui;

import vn.thituyen.ApplicationTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.common.DomainException;
import vn.thituyen.grading.ui.InterviewView;
import vn.thituyen.identity.ui.LoginView;
import vn.thituyen.publication.ui.PublicResultsView;

/** No stack trace reaches a user; every view is guarded by role. */
@ApplicationTest
class ErrorsAndAccessViewTest extends ViewTestBase {

    @Test
    void aRefusalThatEscapesAViewIsShownInVietnamese() {
        navigate("public/results", PublicResultsView.class);
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isNotInstanceOf(DefaultErrorHandler.class);

        handler.error(new ErrorEvent(new IllegalStateException("wrapped",
                new DomainException("error.results.locked"))));

        assertThat(notifications()).containsExactly(
                "Kết quả đã được phê duyệt và khóa; không thể sửa điểm hay tính lại.");
    }

    @Test
    void anUnexpectedErrorShowsAShortNoticeWithoutTheStackTrace() {
        navigate("public/results", PublicResultsView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new NullPointerException("Cannot invoke \"String.length()\" because \"secret\" is null")));

        assertThat(notifications()).containsExactly(
                "Đã xảy ra lỗi. Dữ liệu đã lưu không bị mất; vui lòng thử lại hoặc liên hệ quản trị.");
        assertThat(screenText()).doesNotContain("NullPointerException").doesNotContain("secret")
                .doesNotContain("at vn.thituyen");
    }

    @Test
    void theDefaultLanguageIsVietnamese() {
        navigate("public/results", PublicResultsView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
        assertThat(screenText()).contains("Kết quả thi tuyển đã công bố");
    }

    @Test
    void aGraderNotOnTheCurrentBoardIsToldSoNotShownAnErrorPage() {
        Scenario.Campaign old = newCampaign();
        Scenario.Campaign current = newCampaign();   // old's graders are not on its interview board
        long grader = s.identity.findByUsername(old.grader2).orElseThrow().id();
        // the grader marks papers in the current campaign, which lets them pick it, but does not interview
        s.as("system-admin", vn.thituyen.identity.Role.ADMIN, () -> {
            s.councils.seatOnBoard(current.id, vn.thituyen.campaign.BoardKind.MARKING, grader, null, false);
            return null;
        });
        s.chooseFor(old.grader2, current.id);
        signIn(old.grader2);

        assertThatCode(() -> UI.getCurrent().navigate("interviews")).doesNotThrowAnyException();

        _get(InterviewView.class);
        assertThat(screenText()).doesNotContain("Exception").doesNotContain("at vn.thituyen");
        assertThat(_get(Paragraph.class, spec -> spec.withId("interview-refused")).getText())
                .isEqualTo("Bạn không thuộc ban chấm của kỳ tuyển dụng này.");
        _assertNone(Grid.class);
    }

    @Test
    void anUnknownAddressShowsPageNotFoundInVietnameseWithAWayHome() {
        Scenario.Campaign c = newCampaign();
        signIn(c.secretary);
        // as the browser asks when it opens the address (UI.navigate would hand an unknown path to the client)
        UI ui = UI.getCurrent();
        int status = ui.getInternals().getRouter().navigate(ui, new com.vaadin.flow.router.Location(
                "no-such-page/at-all"), com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);

        assertThat(status).isEqualTo(404);
        NotFoundView shown = _get(NotFoundView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("not-found-title")).getText())
                .isEqualTo("Không tìm thấy trang");
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("not-found-text"))))
                .isEqualTo("Trang “/no-such-page/at-all” không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại địa chỉ.");
        com.vaadin.flow.component.html.Anchor home = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("not-found-home"));
        assertThat(home.getText()).isEqualTo("Về trang chủ");
        assertThat(home.getHref()).isEmpty();
        // never Vaadin's development page listing every route
        assertThat(text(shown)).doesNotContain("Available routes").doesNotContain("my-application")
                .doesNotContain("sittings");
        assertThat(shown.getPageTitle()).isEqualTo("Không tìm thấy trang");
    }

    /** The page load answers 404 only for addresses that are no route (UiSetup asks the route registry). */
    @Test
    void onlyAddressesThatAreNoRouteAnswer404() {
        var routes = com.vaadin.flow.router.RouteConfiguration.forApplicationScope();
        for (String page : new String[] {"", "login", "exam-login", "signup", "review", "bank/12", "public/results",
                "settings/letterhead", "exam"}) {
            assertThat(routes.getRoute(page)).as(page).isPresent();
        }
        for (String page : new String[] {"no-such-page", "bank/x/y", "review/1", "public"}) {
            assertThat(routes.getRoute(page)).as(page).isEmpty();
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        UI.getCurrent().navigate("my-application");

        _get(LoginView.class);
    }

    @Test
    void aCandidateCannotOpenStaffPages() {
        Scenario.Campaign c = newCampaign();
        s.apply(c, c.position1, "Bùi Thị Lan", null);
        signIn(c.candidates.get(0));
        _get(vn.thituyen.registration.ui.MyApplicationView.class);   // "/" leads a candidate to the form

        for (String page : new String[] {"review", "results", "interviews", "sittings", "audit", "exam"}) {
            assertThat(accessDenied(page)).as(page).isTrue();
        }
    }

    @Test
    void anExamineeCannotOpenTheApplicationOrStaffPages() {
        Scenario.Campaign c = newCampaign();
        long app = s.apply(c, c.position1, "Bùi Thị Lan", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        signInExaminee(s.attemptOf(app));
        _get(vn.thituyen.delivery.ui.ExamView.class);   // "/" leads an examinee to the exam

        for (String page : new String[] {"my-application", "review", "results", "interviews"}) {
            assertThat(accessDenied(page)).as(page).isTrue();
        }
    }

    /**
     * Vaadin's route access control refuses: it reroutes to its access-denied error, which Karibu's stand-in
     * reports as "Access is denied by annotations on the view" instead of showing the view.
     */
    private static boolean accessDenied(String route) {
        UI.getCurrent().navigate(route);
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        String shown = ((com.vaadin.flow.component.Component) chain.get(0)).getElement().getTextRecursively();
        return chain.size() == 1 && shown.contains("Access is denied by annotations on the view");
    }
}
