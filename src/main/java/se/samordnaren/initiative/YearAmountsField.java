package se.samordnaren.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Amounts per year: one row per year (a year field and a {@link MoneyField}), "add year" continues after the last.
 * Every row's fields check themselves, so the dialog ({@code ui.FormDialog}) saves nothing while any row cannot be
 * read; {@link #values()} refuses an amount without its year and a year given twice.
 */
class YearAmountsField extends VerticalLayout {

    record Row(IntegerField year, MoneyField amount, HorizontalLayout layout) {
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
        addYear.addClickListener(e -> addRow(rows.isEmpty() ? Integer.valueOf(LocalDate.now().getYear())
                : rows.getLast().year().getValue() == null ? null : rows.getLast().year().getValue() + 1, null));
        add(InitiativeUi.subLabel(label), list, addYear);
    }

    Row addRow(Integer year, BigDecimal amount) {
        IntegerField yearField = Fields.year("initiative.grant.year");
        // No fixed widths that would push the row past a phone's dialog (WCAG 1.4.10 reflow): the year keeps the width
        // of its four digits, the amount at least 8em; on a narrow screen the amount wraps under the year, its remove
        // button with it.
        yearField.setWidth("5em");
        yearField.setValue(year);
        MoneyField amountField = Fields.money("initiative.grant.amount");
        amountField.setMinWidth("8em");
        amountField.setValue(amount);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        remove.setAriaLabel(getTranslation("action.delete"));
        HorizontalLayout amountAndRemove = new HorizontalLayout(amountField, remove);
        amountAndRemove.setAlignItems(FlexComponent.Alignment.BASELINE);
        amountAndRemove.setFlexGrow(1, amountField);
        amountAndRemove.getStyle().set("flex", "1 1 12em").set("max-width", "17em").set("min-width", "0");
        HorizontalLayout layout = new HorizontalLayout(yearField, amountAndRemove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWidthFull();
        layout.setWrap(true);
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

    /**
     * The rows with an amount, in order (a year left without an amount gets nothing). An amount without its year, or
     * a year given twice, is refused with the field marked: nothing is saved rather than part of it.
     */
    List<YearAmount> values() {
        List<YearAmount> values = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (Row row : rows) {
            BigDecimal amount = row.amount().getValue();
            Integer year = row.year().getValue();
            if (amount == null) {
                continue;
            }
            if (year == null) {
                throw refused(row.year(), "initiative.error.yearMissing");
            }
            if (!years.add(year)) {
                throw refused(row.year(), "initiative.error.yearTwice", String.valueOf(year));
            }
            values.add(new YearAmount(year, amount));
        }
        return values;
    }

    private UserFacingException refused(IntegerField field, String key, Object... arguments) {
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(key, arguments));
        return new UserFacingException(key, arguments);
    }
}
