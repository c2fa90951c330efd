package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The writers' tools on a card of the minutes (edit, move, delete, decision, links, follow-ups, attendance: a § of
 * meeting.ParagraphCard) and of the agenda (edit, papers, not reached, move, delete: agenda.AgendaPointCard) as plain
 * {@code <button type="button" data-action="…">} elements in the card's markup ({@link StaticMarkup}) instead of
 * Vaadin buttons: a Vaadin button is several state nodes with its own listener, times ~8 tools times every card, and
 * all of it stays in the session for as long as the tab is open (heap per session, docs/performance.md). The
 * card has one click listener; the browser sends the clicked tool's data-action, and {@link #run} looks it up among
 * the actions this card registered for this user. A name that was not registered (a reader's card registers none, a
 * disabled tool is not registered, a forged name) does nothing: which tools a user gets is still decided here on the
 * server, and the services still check the role of every change.
 */
public final class CardTools {

    /** What the browser sends with a click: the data-action of the tool clicked, if any. */
    public static final String ACTION = "event.target.closest('[data-action]')?.dataset.action";
    /** Clicks beside the tools (on the text, the links) do not go to the server. */
    public static final String FILTER = "!!event.target.closest('button[data-action]:not([disabled])')";

    private final String idPrefix;
    private final Map<String, Runnable> actions = new HashMap<>();
    private final List<Element> tooltips = new ArrayList<>();

    /** @param idPrefix the card's id, to give each tool an id of its own (its tooltip points at it) */
    public CardTools(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /**
     * An icon button (Lumo's tertiary small icon button, styles/meeting.css), named by its label for screen readers and
     * in its tooltip (see {@link #tooltips}); disabled when {@code action} is null.
     */
    public Element tool(String name, VaadinIcon icon, String label, Runnable action) {
        Element button = button(name, action, "card-tool card-tool-icon edit-control");
        button.setAttribute("aria-label", label);
        button.appendChild(icon(icon));
        Element tooltip = new Element("vaadin-tooltip");
        tooltip.setAttribute("for", button.getAttribute("id"));
        tooltip.setAttribute("text", label);
        tooltips.add(tooltip);
        return button;
    }

    /** A tool with its text after the icon ("Lägg till beslut"). */
    public Element action(String name, VaadinIcon icon, String text, Runnable action) {
        Element button = button(name, action, "card-tool edit-control");
        button.appendChild(icon(icon), Element.createText(text));
        return button;
    }

    /**
     * The icon tools' tooltips, as the Vaadin buttons had them (vaadin-tooltip: on hover and keyboard focus), each
     * pointing at its tool by id, together at the end of the card: beside its tool in a line of text, a tooltip's
     * shadow DOM (whitespace in a display: contents element) would add a space. Null when there are none.
     */
    public Element tooltips() {
        if (tooltips.isEmpty()) {
            return null;
        }
        Element all = new Element("div");
        all.setAttribute("class", "card-tooltips");
        tooltips.forEach(all::appendChild);
        return all;
    }

    private Element button(String name, Runnable action, String classes) {
        if (action != null && actions.putIfAbsent(name, action) != null) {
            throw new IllegalArgumentException("two tools named " + name);
        }
        Element button = new Element("button");
        button.setAttribute("type", "button");
        button.setAttribute("id", idPrefix + "-" + name);
        button.setAttribute("data-action", name);
        button.setAttribute("class", classes);
        if (action == null) {
            button.setAttribute("disabled", true);
        }
        return button;
    }

    private static Element icon(VaadinIcon icon) {
        Element element = new Element("vaadin-icon");
        // VaadinIcon's own naming (com.vaadin.flow.component.icon.Icon): EDIT -> vaadin:edit, FLAG_O -> vaadin:flag-o.
        element.setAttribute("icon", "vaadin:" + icon.name().toLowerCase(Locale.ENGLISH).replace('_', '-'));
        return element;
    }

    /** The card's one click listener, when it has tools. */
    public void listen(Component card) {
        if (actions.isEmpty()) {
            return;
        }
        DomListenerRegistration click = card.getElement().addEventListener("click", event -> {
            JsonNode name = event.getEventData().get(ACTION);
            run(name == null || !name.isString() ? null : name.asString());
        });
        click.addEventData(ACTION);
        click.setFilter(FILTER);
    }

    /** Runs the tool of that name; false (and nothing happens) when this card has no such tool for this user. */
    public boolean run(String name) {
        Runnable action = name == null ? null : actions.get(name);
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }
}
