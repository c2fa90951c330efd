package se.samordnaren.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A question before an action that is not easily undone ("Ta bort …?", "Gör protokoll av dagordningen?"): the header,
 * the text, Avbryt and the button that acts. Escape, a click outside and Avbryt close it without acting; the focus
 * starts on Avbryt.
 *
 * <p>A {@link Dialog} of our own rather than Vaadin's {@code ConfirmDialog}, whose overlay (25.2) gives the page a
 * second banner landmark (its {@code <header>}), puts its title in an H3 under the view's H1 and
 * {@code role="toolbar"} on a {@code <footer>} (axe landmark-no-duplicate-banner, landmark-unique, heading-order,
 * aria-allowed-role: found by AccessibilityIT with the dialog open at 320 px). This one is an {@code alertdialog}
 * named by its header (an H2 like every dialog's), one column, and fits a phone.
 */
public class ConfirmationDialog extends Dialog {

    final Button cancel = new Button();
    final Button confirm = new Button();

    /** Header, text and the acting button's text are already translated. */
    public ConfirmationDialog(String header, String text, String confirmText, Runnable onConfirm) {
        setHeaderTitle(header);
        setRole("alertdialog");
        add(new Paragraph(text));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            close();
            onConfirm.run();
        });
        getFooter().add(cancel, confirm);
        setWidth("min(480px, 96vw)");
    }

    /** The acting button in red: for a deletion. */
    public ConfirmationDialog destructive() {
        confirm.addThemeVariants(ButtonVariant.ERROR);
        return this;
    }
}
