package vn.thituyen.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.ui.LanguageSwitch;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.identity.SignInLockedException;
import vn.thituyen.identity.StaffAccountService;

/** A staff member sets their password with the one-time code the administrator gave them (đặt mật khẩu). */
@Route("set-password")
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField code = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button submit = new Button();

    public SetPasswordView(StaffAccountService staff) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        code.setLabel(getTranslation("setPassword.code"));
        code.setId("set-password-code");
        code.setHelperText(getTranslation("setPassword.code.help"));
        code.setMaxLength(64);
        password.setLabel(getTranslation("setPassword.password"));
        password.setId("set-password-password");
        password.setHelperText(getTranslation("setPassword.password.help"));
        repeat.setLabel(getTranslation("setPassword.repeat"));
        repeat.setId("set-password-repeat");
        submit.setText(getTranslation("setPassword.submit"));
        submit.setId("set-password-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                VaadinRequest request = VaadinRequest.getCurrent();
                staff.setPassword(code.getValue(), password.getValue(), repeat.getValue(),
                        request == null ? null : request.getRemoteAddr());
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("passwordSet", "")));
            } catch (FieldErrors errors) {
                Notices.showFieldErrors(errors, Map.of("code", code, "password", password, "repeat", repeat));
            } catch (SignInLockedException locked) {
                code.setErrorMessage(getTranslation("error.tooManyAttempts", locked.minutes()));
                code.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(code, password, repeat);
        form.setMaxWidth("40em");
        add(new LanguageSwitch(), new H1(getTranslation("setPassword.title")),
                new Paragraph(getTranslation("setPassword.hint")), form, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a link "set-password?code=…" fills the code in
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setPassword.title");
    }
}
