package vn.thituyen.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.thituyen.common.ui.LanguageSwitch;

/** Sign-in at the exam room: candidate number (SBD) + the one-time password from the room roster. */
@Route("exam-login")
@AnonymousAllowed
public class ExamLoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    final Paragraph notice = new Paragraph();

    public ExamLoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(new LoginView().i18n("examLogin.number", "examLogin.password", "examLogin.title", "examLogin.submit"));
        notice.setId("exam-login-notice");
        notice.setVisible(false);
        notice.setMaxWidth("30em");
        add(new LanguageSwitch(), new H1(getTranslation("app.title")), notice, form,
                new Paragraph(getTranslation("examLogin.hint")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        new LoginView().showOutcome(form, params, "examLogin.number", "examLogin.password", "examLogin.title",
                "examLogin.submit");
        if (params.containsKey("ended")) {
            // the exam session ended: signed in again elsewhere, idle too long, or past the last deadline
            notice.setText(getTranslation("examLogin.ended"));
            notice.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("examLogin.title");
    }
}
