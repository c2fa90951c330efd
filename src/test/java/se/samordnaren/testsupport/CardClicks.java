package se.samordnaren.testsupport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import se.samordnaren.ui.CardTools;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clicks a tool of a card (a § of the minutes, a point of the agenda) as the browser reports it: the card's click
 * event with the tool's data-action ({@link CardTools}), through the same listener map a client's event goes through.
 * Any name can be sent, as a forged request could.
 */
public final class CardClicks {

    private CardClicks() {
    }

    public static void click(Component card, String action) {
        Element element = card.getElement();
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(CardTools.ACTION, action);
        data.put(CardTools.FILTER, true);
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "click", data));
    }
}
