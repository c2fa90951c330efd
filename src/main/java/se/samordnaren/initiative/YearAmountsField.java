package se.samordnaren.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.ArrayList;
import java.util.List;

/** Amounts per year: one row per year, "add year" continues after the last. */
class YearAmountsField extends VerticalLayout {

    record Row(IntegerField year, BigDecimalField amount, HorizontalLayout layout) {
    }

    final List<Row> rows = new ArrayList<>();
    final Button addYear = new Button();
    private final VerticalLayout list = new VerticalLayout();

    YearAmountsField(String label) {
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        addYear.setText(getTranslation("initiative.grant.addYear"));
        addYear.setIcon(VaadinIcon.PLUS.create());
        addYear.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        addYear.addClickListener(e -> addRow(rows.isEmpty() ? java.time.LocalDate.now().getYear()
                : rows.getLast().year().getValue() == null ? null : rows.getLast().year().getValue() + 1, null));
        Span title = new Span(label);
        title.addClassName("sub-label");
        add(title, list, addYear);
    }

    Row addRow(Integer year, java.math.BigDecimal amount) {
        IntegerField yearField = new IntegerField(getTranslation("initiative.grant.year"));
        yearField.setWidth("7em");
        yearField.setMin(2000);
        yearField.setMax(2100);
        yearField.setValue(year);
        BigDecimalField amountField = new BigDecimalField(getTranslation("initiative.grant.amount"));
        amountField.setWidth("12em");
        amountField.setValue(amount);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        remove.setAriaLabel(getTranslation("action.delete"));
        HorizontalLayout layout = new HorizontalLayout(yearField, amountField, remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        Row row = new Row(yearField, amountField, layout);
        remove.addClickListener(e -> {
            rows.remove(row);
            list.remove(layout);
        });
        rows.add(row);
        list.add(layout);
        return row;
    }

    void setValues(List<YearAmount> values) {
        rows.clear();
        list.removeAll();
        values.forEach(v -> addRow(v.year(), v.amount()));
    }

    /** Rows with both year and amount. */
    List<YearAmount> values() {
        return rows.stream().filter(r -> r.year().getValue() != null && r.amount().getValue() != null)
                .map(r -> new YearAmount(r.year().getValue(), r.amount().getValue())).toList();
    }
}
