package vn.thituyen.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import vn.thituyen.common.Messages;

/** Toggles Vietnamese / English for the session and remembers the choice in a cookie. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        setId("language-switch");
        addAttachListener(e -> setText(getTranslation("language.other")));
        addClickListener(e -> {
            boolean toEnglish = !"en".equals(getLocale().getLanguage());
            VaadinSession.getCurrent().setLocale(toEnglish ? Messages.ENGLISH : Messages.VIETNAMESE);
            Cookie cookie = new Cookie(UiSetup.LANG_COOKIE, toEnglish ? "en" : "vi");
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            if (VaadinService.getCurrentResponse() != null) {
                VaadinService.getCurrentResponse().addCookie(cookie);
            }
            UI.getCurrent().getPage().reload();
        });
    }
}
