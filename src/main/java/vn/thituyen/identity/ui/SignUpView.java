package vn.thituyen.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.ui.LanguageSwitch;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.identity.IdentityService;

/** A visitor creates a candidate account (đăng ký tài khoản thí sinh). */
@Route("signup")
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final Button submit = new Button();

    public SignUpView(IdentityService identity) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        username.setLabel(getTranslation("signup.username"));
        username.setId("signup-username");
        username.setHelperText(getTranslation("signup.username.help"));
        password.setLabel(getTranslation("signup.password"));
        password.setId("signup-password");
        password.setHelperText(getTranslation("signup.password.help"));
        fullName.setLabel(getTranslation("field.fullName"));
        fullName.setId("signup-fullname");
        email.setLabel(getTranslation("field.email"));
        email.setId("signup-email");
        submit.setText(getTranslation("signup.submit"));
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                // one answer whether the username was free or taken (no account enumeration): the sign-in page
                // says what to do next in both cases
                identity.signUpCandidate(username.getValue(), password.getValue(), fullName.getValue(), email.getValue());
                getUI().ifPresent(ui -> ui.navigate("login", com.vaadin.flow.router.QueryParameters.of("signedUp", "")));
            } catch (FieldErrors errors) {
                Notices.showFieldErrors(errors, Map.of("username", username, "password", password, "fullName", fullName,
                        "email", email));
            }
        });
        FormLayout form = new FormLayout(username, password, fullName, email);
        form.setMaxWidth("40em");
        add(new LanguageSwitch(), new H1(getTranslation("signup.title")), form, submit,
                new Anchor("login", getTranslation("signup.haveAccount")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title");
    }
}
