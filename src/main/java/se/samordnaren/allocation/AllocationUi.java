package se.samordnaren.allocation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** Small pieces the allocation dialogs share: a decimal field (a key) and a percent field (a share). */
final class AllocationUi {

    private AllocationUi() {
    }

    /** A decimal number typed the Swedish way ("124935", "33,3"); anything else is refused at the field. */
    static BigDecimalField decimal(Component source, String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(source.getTranslation("allocation.error.decimal")));
        field.addThemeName("align-right");
        return field;
    }

    /** 124935.0000 as 124935, 50.00 as 50, 33.30 as 33.3: what a person would type. */
    static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A share of the allocation in percent. */
    static BigDecimalField percent(Component source, String labelKey) {
        BigDecimalField field = decimal(source, source.getTranslation(labelKey));
        field.setSuffixComponent(new Span("%"));
        return field;
    }
}
