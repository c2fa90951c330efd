package se.samordnaren.meeting;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import se.samordnaren.ui.CardTools;

import java.util.function.Consumer;

/**
 * The top line of a card in the minutes (a §, {@link ParagraphCard}) and in the agenda (a point), in the minutes'
 * styles (styles/meeting.css): the title as h2, tags beside it (kind, source, case number) and, for the writers, the
 * tools of an item in an ordered list — edit, move up and down (off at the ends), delete — as {@link CardTools}.
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
     * Adds the writers' tools (named edit, up, down, delete in the card's {@link CardTools}) and returns their group,
     * so that a card can put a tool of its own among them.
     *
     * @param move called with true to move the item up, false for down; the tool is disabled (not registered) at the
     *             ends
     */
    public Element tools(CardTools tools, Runnable edit, Consumer<Boolean> move, boolean first, boolean last,
                         Runnable delete) {
        Element group = new Element("div");
        group.setAttribute("class", "paragraph-tools");
        group.appendChild(
                tools.tool("edit", VaadinIcon.EDIT, getTranslation("action.edit"), edit),
                tools.tool("up", VaadinIcon.ARROW_UP, getTranslation("meeting.paragraph.moveUp"),
                        first ? null : () -> move.accept(true)),
                tools.tool("down", VaadinIcon.ARROW_DOWN, getTranslation("meeting.paragraph.moveDown"),
                        last ? null : () -> move.accept(false)),
                tools.tool("delete", VaadinIcon.TRASH, getTranslation("action.delete"), delete));
        getElement().appendChild(group);
        return group;
    }
}
