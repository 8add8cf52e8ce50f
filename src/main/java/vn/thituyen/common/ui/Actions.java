package vn.thituyen.common.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.Retry;

/**
 * What a button does, told to the user one way everywhere: the action runs (a transaction the database refused for
 * a passing reason runs again, {@link Retry}); then a success notice and the screen's own follow-up; bad input next
 * to its fields; a refusal in a notice. Anything else goes to the session's error handler.
 */
public final class Actions {

    private Actions() {
    }

    /**
     * @param successKey the notice shown when it worked
     * @param fields     the fields by the names the service reports errors under
     * @param then       what the screen does after it worked (refresh, move on)
     * @return whether it worked
     */
    public static boolean run(Runnable action, String successKey, Map<String, ? extends HasValidation> fields,
            Runnable then) {
        try {
            Retry.transientFailures(action);
        } catch (FieldErrors e) {
            Notices.showFieldErrors(e, fields);
            return false;
        } catch (DomainException e) {
            Notices.error(e);
            return false;
        }
        Notices.success(successKey);
        then.run();
        return true;
    }
}
