package vn.thituyen.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** "/" sends each role to its own start page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private static final String[][] START = {
        {"CANDIDATE", "my-application"}, {"EXAMINEE", "exam"}, {"SECRETARY", "review"}, {"ADMIN", "review"},
        {"CHAIR", "results"}, {"GRADER", "interviews"}, {"INVIGILATOR", "sittings"}, {"AUTHOR", "banks"},
        {"AGENCY", "nominations"},
    };

    private final transient AuthenticationContext auth;

    public HomeView(AuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        for (String[] s : START) {
            if (auth.hasRole(s[0])) {
                event.forwardTo(s[1]);
                return;
            }
        }
        event.forwardTo("login");
    }
}
