package vn.thituyen.common.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;

/** Shows outcomes to the user in their language. */
public final class Notices {

    private Notices() {
    }

    public static void success(String key, Object... params) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(key, params), 4000,
                Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(DomainException e) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(e.messageKey(), e.params()), 6000,
                Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Marks each field named in the errors invalid with its translated message; other errors go to a notice.
     * @return true when at least one field was marked
     */
    public static boolean showFieldErrors(FieldErrors e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        boolean any = false;
        for (var entry : e.errors().entrySet()) {
            HasValidation field = fields.get(entry.getKey());
            String text = UI.getCurrent().getTranslation(entry.getValue());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
                any = true;
            } else {
                Notification.show(text, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
        return any;
    }
}
