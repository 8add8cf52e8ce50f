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

    public ExamLoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(new LoginView().i18n("examLogin.number", "examLogin.password", "examLogin.title", "examLogin.submit"));
        add(new LanguageSwitch(), new H1(getTranslation("app.title")), form,
                new Paragraph(getTranslation("examLogin.hint")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("examLogin.title");
    }
}
