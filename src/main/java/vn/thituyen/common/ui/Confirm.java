package vn.thituyen.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question before a step that cannot be undone: what will happen, in words, and the step only on "yes". The
 * caller then says what was done ("Published: 12 candidates, 2 rooms"), never just "done".
 */
public final class Confirm {

    private Confirm() {
    }

    /**
     * Opens the dialog. {@code textKey} and its parameters say what will happen; {@code confirmKey} names the step on
     * its button; {@code onConfirm} runs only when confirmed (cancel and Escape change nothing).
     */
    public static ConfirmDialog ask(String titleKey, String textKey, Object[] params, String confirmKey,
            Runnable onConfirm) {
        UI ui = UI.getCurrent();
        ConfirmDialog d = new ConfirmDialog();
        d.setId("confirm-dialog");
        d.setHeader(ui.getTranslation(titleKey));
        d.setText(ui.getTranslation(textKey, params));
        d.setCancelable(true);
        d.setCancelText(ui.getTranslation("action.cancel"));
        d.setConfirmText(ui.getTranslation(confirmKey));
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> onConfirm.run());
        d.open();
        return d;
    }
}
