package vn.thituyen.common;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every visible string comes from {@code i18n/messages*.properties} (UTF-8): Vietnamese first, English second.
 * Also used outside Vaadin (PDFs, e-mails), through {@link #get(Locale, String, Object...)}.
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(locale, key, params);
    }

    public static String get(Locale locale, String key, Object... params) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            Object[] resolved = params == null ? null : params.clone();
            for (int i = 0; resolved != null && i < resolved.length; i++) {
                if (resolved[i] instanceof Key k) {
                    resolved[i] = get(effective, k.key(), k.params());
                }
            }
            // always through MessageFormat, so quoting ('') means the same with and without parameters
            return new MessageFormat(pattern, effective).format(resolved);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /**
     * A parameter that is itself a message, translated in the same language as the message it goes into (a service
     * names a status in an error without knowing the reader's language).
     */
    public record Key(String key, Object... params) {
    }

    /** Vietnamese text, for documents whose language is fixed by law (official result lists). */
    public static String vi(String key, Object... params) {
        return get(VIETNAMESE, key, params);
    }
}
