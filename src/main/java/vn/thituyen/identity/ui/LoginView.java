package vn.thituyen.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.thituyen.common.ui.LanguageSwitch;

/** Sign-in for accounts (candidates and staff). */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("login.username", "login.password", "login.title", "login.submit"));
        Anchor signUp = new Anchor("signup", getTranslation("login.signUp"));
        signUp.setId("signup-link");
        Anchor exam = new Anchor("exam-login", getTranslation("login.examRoom"));
        exam.setId("exam-login-link");
        Anchor results = new Anchor("public/results", getTranslation("menu.publicResults"));
        add(new LanguageSwitch(), new H1(getTranslation("app.title")), form, new Paragraph(signUp), new Paragraph(exam),
                new Paragraph(results));
    }

    LoginI18n i18n(String userKey, String passwordKey, String titleKey, String submitKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation(titleKey));
        f.setUsername(getTranslation(userKey));
        f.setPassword(getTranslation(passwordKey));
        f.setSubmit(getTranslation(submitKey));
        LoginI18n.ErrorMessage err = i18n.getErrorMessage();
        err.setTitle(getTranslation("login.error.title"));
        err.setMessage(getTranslation("login.error.message"));
        err.setUsername(getTranslation("validation.required"));
        err.setPassword(getTranslation("validation.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
