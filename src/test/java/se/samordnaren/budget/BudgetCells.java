package se.samordnaren.budget;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Types into a cell of a budget table as the browser reports it: the table's change event with the cell's key and the
 * input's text ({@link BudgetTable#CELL}, {@link BudgetTable#TYPED}), through the same listener map a client's event
 * goes through. Any key can be sent, as a forged request could.
 */
final class BudgetCells {

    private BudgetCells() {
    }

    static void enter(BudgetTable table, String key, String typed) {
        Element element = table.getElement();
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(BudgetTable.CELL, key);
        data.put(BudgetTable.TYPED, typed);
        data.put(BudgetTable.FILTER, true);
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "change", data));
    }

    static void enter(BudgetTable table, long itemId, int year, String typed) {
        enter(table, itemId + ":" + year, typed);
    }
}
