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
    final Paragraph notice = new Paragraph();

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
        notice.setId("login-notice");
        notice.setVisible(false);
        notice.setMaxWidth("30em");
        add(new LanguageSwitch(), new H1(getTranslation("app.title")), notice, form, new Paragraph(signUp),
                new Paragraph(exam), new Paragraph(results));
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
        var params = event.getLocation().getQueryParameters().getParameters();
        showOutcome(form, params, "login.username", "login.password", "login.title", "login.submit");
        if (params.containsKey("signedUp")) {
            // the same words whether the username was free or not (no account enumeration)
            notice.setText(getTranslation("signup.done"));
            notice.setVisible(true);
        }
        if (params.containsKey("passwordSet")) {
            notice.setText(getTranslation("setPassword.done"));
            notice.setVisible(true);
        }
    }

    /**
     * The form's error after a failed sign-in ({@code ?error}) or a refused one ({@code ?locked=N}: too many
     * attempts, try again in N minutes).
     */
    void showOutcome(LoginForm target, java.util.Map<String, java.util.List<String>> params, String userKey,
            String passwordKey, String titleKey, String submitKey) {
        LoginI18n i18n = i18n(userKey, passwordKey, titleKey, submitKey);
        java.util.List<String> locked = params.get("locked");
        if (locked != null) {
            long minutes = 1;
            try {
                minutes = Math.max(1, Math.min(24 * 60, Long.parseLong(locked.isEmpty() ? "1" : locked.get(0))));
            } catch (NumberFormatException e) {
                // a hand-edited address: say one minute
            }
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", minutes));
        }
        target.setI18n(i18n);
        target.setError(params.containsKey("error") || locked != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
