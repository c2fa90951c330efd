package se.samordnaren.application;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The fields of one version of an application, with one amount field per year of the period. */
class VersionForm extends VerticalLayout {

    static final int MAX_YEARS = 6;

    final TextField title = new TextField(getTranslation("application.title"));
    final DatePicker receivedOn = Dates.picker(getTranslation("application.receivedOn"));
    final DatePicker periodStart = Dates.picker(getTranslation("application.periodStart"));
    final DatePicker periodEnd = Dates.picker(getTranslation("application.periodEnd"));
    final TextField targetGroup = new TextField(getTranslation("application.targetGroup"));
    final TextArea description = new TextArea(getTranslation("application.description"));
    final TextArea changeNote = new TextArea(getTranslation("application.changeNote"));
    final Map<Integer, BigDecimalField> amounts = new TreeMap<>();
    private final FormLayout amountLayout = new FormLayout();
    private final Span amountHint = new Span(getTranslation("application.amounts.hint"));

    VersionForm(boolean revision) {
        setPadding(false);
        title.setRequiredIndicatorVisible(true);
        receivedOn.setRequiredIndicatorVisible(true);
        receivedOn.setValue(LocalDate.now());
        changeNote.setVisible(revision);
        FormLayout form = new FormLayout(title, receivedOn, periodStart, periodEnd, targetGroup, description, changeNote);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(title, 2);
        form.setColspan(targetGroup, 2);
        form.setColspan(description, 2);
        form.setColspan(changeNote, 2);
        amountLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("500px", 3));
        amountHint.addClassName("application-hint");
        periodStart.addValueChangeListener(e -> rebuildAmounts());
        periodEnd.addValueChangeListener(e -> rebuildAmounts());
        add(form, new H4(getTranslation("application.amounts")), amountHint, amountLayout);
    }

    void fill(ApplicationDetail.Version version) {
        title.setValue(version.title());
        targetGroup.setValue(version.targetGroup() == null ? "" : version.targetGroup());
        description.setValue(version.description() == null ? "" : version.description());
        periodStart.setValue(version.periodStart());
        periodEnd.setValue(version.periodEnd());
        rebuildAmounts();
        version.requested().forEach(r -> {
            BigDecimalField field = amounts.get(r.year());
            if (field != null) {
                field.setValue(r.amount());
            }
        });
    }

    private void rebuildAmounts() {
        Map<Integer, BigDecimal> typed = new TreeMap<>();
        amounts.forEach((year, field) -> typed.put(year, field.getValue()));
        amounts.clear();
        amountLayout.removeAll();
        LocalDate start = periodStart.getValue();
        LocalDate end = periodEnd.getValue();
        amountHint.setVisible(start == null || end == null);
        if (start == null || end == null || end.isBefore(start)) {
            return;
        }
        for (int year = start.getYear(); year <= Math.min(end.getYear(), start.getYear() + MAX_YEARS - 1); year++) {
            BigDecimalField field = new BigDecimalField(getTranslation("application.amountForYear", String.valueOf(year)));
            field.setSuffixComponent(new Span("kr"));
            field.setValue(typed.get(year));
            amounts.put(year, field);
            amountLayout.add(field);
        }
    }

    VersionDraft draft() {
        TreeMap<Integer, BigDecimal> requested = new TreeMap<>();
        amounts.forEach((year, field) -> {
            if (field.getValue() != null) {
                requested.put(year, field.getValue());
            }
        });
        return new VersionDraft(receivedOn.getValue(), title.getValue(), targetGroup.getValue(), null,
                description.getValue(), periodStart.getValue(), periodEnd.getValue(), changeNote.getValue(), requested);
    }
}
