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
        return attempt(() -> {
            Retry.transientFailures(action);
            Notices.success(successKey);
            then.run();
        }, fields);
    }

    /**
     * Runs a step that says its own outcome (its success notice, the screen's refresh): bad input goes next to its
     * fields and a refusal into a notice, and the rest of the step is skipped. The one place views turn a
     * {@link DomainException} into what the user sees; anything else reaches the session's error handler.
     *
     * @return whether it worked
     */
    public static boolean attempt(Runnable step, Map<String, ? extends HasValidation> fields) {
        try {
            step.run();
            return true;
        } catch (FieldErrors e) {
            Notices.showFieldErrors(e, fields);
            return false;
        } catch (DomainException e) {
            Notices.error(e);
            return false;
        }
    }

    /** Reads what a screen shows; a refusal goes into a notice and nothing is returned. */
    public static <T> java.util.Optional<T> fetch(java.util.function.Supplier<T> read) {
        java.util.List<T> out = new java.util.ArrayList<>(1);
        attempt(() -> out.add(read.get()));
        return out.stream().findFirst();
    }

    /** {@link #attempt(Runnable, Map)} for a step without input fields. */
    public static boolean attempt(Runnable step) {
        return attempt(step, Map.of());
    }
}
