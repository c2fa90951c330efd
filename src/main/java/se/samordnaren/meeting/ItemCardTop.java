package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.function.Consumer;

/**
 * The top line of a card in the minutes (a §, {@link ParagraphCard}) and in the agenda (a point), in the minutes'
 * styles (styles/meeting.css): the title as h2, tags beside it (kind, source, case number) and, for the writers, the
 * tools of an item in an ordered list — edit, move up and down (off at the ends), delete.
 */
public class ItemCardTop extends Div {

    public ItemCardTop(String title) {
        H2 heading = new H2(title);
        heading.addClassName("paragraph-title");
        add(heading);
        addClassName("paragraph-top");
    }

    /** A tag beside the title ("Beslutsärende", the case number); nothing for null. */
    public ItemCardTop tag(String text) {
        if (text != null) {
            Span tag = new Span(text);
            tag.addClassName("paragraph-kind");
            add(tag);
        }
        return this;
    }

    /**
     * Adds the writers' tools and returns them, so that a card can put a tool of its own among them.
     *
     * @param move called with true to move the item up, false for down
     */
    public Div tools(Runnable edit, Consumer<Boolean> move, boolean first, boolean last, Runnable delete) {
        Button up = tool(VaadinIcon.ARROW_UP, getTranslation("meeting.paragraph.moveUp"), () -> move.accept(true));
        Button down = tool(VaadinIcon.ARROW_DOWN, getTranslation("meeting.paragraph.moveDown"), () -> move.accept(false));
        up.setEnabled(!first);
        down.setEnabled(!last);
        Div tools = new Div(tool(VaadinIcon.EDIT, getTranslation("action.edit"), edit), up, down,
                tool(VaadinIcon.TRASH, getTranslation("action.delete"), delete));
        tools.addClassName("paragraph-tools");
        add(tools);
        return tools;
    }

    /** An icon button of the writers (hidden from readers: class edit-control), named by its label for screen readers. */
    public static Button tool(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName("edit-control");
        return button;
    }
}
