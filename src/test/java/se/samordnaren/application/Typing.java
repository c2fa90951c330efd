package se.samordnaren.application;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import se.samordnaren.ui.MoneyField;

/** What a user types into fields the browserless tester cannot type into as text. */
final class Typing {

    private Typing() {
    }

    /** A date the browser cannot read ("2026-02-30", "abc"): the picker gets the text and an empty value, as in a browser. */
    static void unreadableDate(DatePicker picker, String text) {
        picker.getElement().setProperty("_inputElementValue", text);
        picker.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(picker.getElement(), "unparsable-change", JacksonUtils.createObjectNode()));
    }

    /** The text box inside an amount field, to type into with the tester. */
    static TextField input(MoneyField field) {
        return field.getChildren().findFirst().map(TextField.class::cast).orElseThrow();
    }
}
