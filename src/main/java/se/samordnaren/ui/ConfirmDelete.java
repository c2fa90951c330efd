package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one "Ta bort …?" question: the given header and text, Avbryt, and a red Ta bort that runs the deletion. */
public final class ConfirmDelete {

    private ConfirmDelete() {
    }

    /** Opens the question; header and text are already translated. */
    public static ConfirmDialog open(Component source, String header, String text, Runnable onConfirm) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(source.getTranslation("action.cancel"));
        confirm.setConfirmText(source.getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> onConfirm.run());
        confirm.open();
        return confirm;
    }
}
