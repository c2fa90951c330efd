package se.samordnaren.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Buttons configured alike across the views. */
public final class Buttons {

    private Buttons() {
    }

    /** A view's action button (declared as a field so tests can reach it): the translated text, the icon, the click. */
    public static void action(Button button, String key, VaadinIcon icon, Runnable onClick) {
        button.setText(button.getTranslation(key));
        button.setIcon(icon.create());
        button.addClickListener(e -> onClick.run());
    }
}
