package se.samordnaren.ui;

import com.vaadin.flow.component.Component;

/** The one "Ta bort …?" question: the given header and text, Avbryt, and a red Ta bort that runs the deletion. */
public final class ConfirmDelete {

    private ConfirmDelete() {
    }

    /** Opens the question; header and text are already translated. */
    public static ConfirmationDialog open(Component source, String header, String text, Runnable onConfirm) {
        ConfirmationDialog confirm = new ConfirmationDialog(header, text, source.getTranslation("action.delete"), onConfirm)
                .destructive();
        confirm.open();
        return confirm;
    }
}
