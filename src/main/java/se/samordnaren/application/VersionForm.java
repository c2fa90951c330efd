package se.samordnaren.application;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.common.Texts;
import se.samordnaren.initiative.Orientation;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields of one version of an application, with one amount field per year of the period. Title and date are
 * required and the period must not end before it starts (checked by the dialog's binder); a date or an amount that
 * cannot be read blocks the dialog's save at the field, so nothing is saved partly.
 */
class VersionForm extends VerticalLayout {

    static final int MAX_YEARS = 6;

    final TextField title = Fields.text("application.title", Texts.SHORT);
    final DatePicker receivedOn = Fields.date("application.receivedOn");
    final DatePicker periodStart = Fields.date("application.periodStart");
    final DatePicker periodEnd = Fields.date("application.periodEnd");
    final TextField targetGroup = Fields.text("application.targetGroup", Texts.SHORT);
    final TextArea description = Fields.area("application.description", Texts.LONG);
    final TextArea changeNote = Fields.area("application.changeNote", Texts.LONG);
    /** The requested amount per year of the period; a field keeps what was typed while the period changes. */
    final Map<Integer, MoneyField> amounts = new TreeMap<>();
    private final FormLayout amountLayout = new FormLayout();
    private final Span amountHint = new Span(getTranslation("application.amounts.hint"));
    /** Not asked in the form: a revision keeps the orientation of the version it starts from. */
    private Orientation orientation;

    VersionForm(boolean revision, Binder<Void> binder) {
        setPadding(false);
        receivedOn.setValue(LocalDate.now());
        changeNote.setVisible(revision);
        binder.forField(title).asRequired(getTranslation("application.error.titleRequired")).bind(x -> null, (x, v) -> { });
        binder.forField(receivedOn).asRequired(getTranslation("application.error.dateRequired")).bind(x -> null, (x, v) -> { });
        binder.forField(periodEnd)
                .withValidator(end -> end == null || periodStart.getValue() == null || !end.isBefore(periodStart.getValue()),
                        getTranslation("application.error.period"))
                .bind(x -> null, (x, v) -> { });
        FormLayout form = new FormLayout(title, receivedOn, periodStart, periodEnd, targetGroup, description, changeNote);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(title, 2);
        form.setColspan(targetGroup, 2);
        form.setColspan(description, 2);
        form.setColspan(changeNote, 2);
        amountLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("500px", 3));
        amountHint.addClassName("application-hint");
        periodStart.addValueChangeListener(e -> showAmountFields());
        periodEnd.addValueChangeListener(e -> showAmountFields());
        add(form, new H3(getTranslation("application.amounts")), amountHint, amountLayout);
    }

    /** Fills the fields from a version (a revision starts from the latest one). */
    void fill(ApplicationDetail.Version version) {
        title.setValue(version.title());
        orientation = version.orientation();
        targetGroup.setValue(version.targetGroup() == null ? "" : version.targetGroup());
        description.setValue(version.description() == null ? "" : version.description());
        periodStart.setValue(version.periodStart());
        periodEnd.setValue(version.periodEnd());
        showAmountFields();
        version.requested().forEach(r -> {
            MoneyField field = amounts.get(r.year());
            if (field != null) {
                field.setValue(r.amount());
            }
        });
    }

    /**
     * One field per year of the period (at most {@link #MAX_YEARS}); fields of years still in it stay as typed. While
     * the period is incomplete or unreadable the fields stay as they are, so a mistyped date never loses an amount.
     */
    private void showAmountFields() {
        LocalDate start = periodStart.getValue();
        LocalDate end = periodEnd.getValue();
        amountHint.setVisible(start == null || end == null);
        if (start == null || end == null || end.isBefore(start)) {
            return;
        }
        Map<Integer, MoneyField> kept = new TreeMap<>();
        for (int year = start.getYear(); year <= Math.min(end.getYear(), start.getYear() + MAX_YEARS - 1); year++) {
            MoneyField field = amounts.get(year);
            kept.put(year, field != null ? field : new MoneyField(getTranslation("application.amountForYear",
                    String.valueOf(year))));
        }
        amounts.clear();
        amounts.putAll(kept);
        amountLayout.removeAll();
        amounts.values().forEach(amountLayout::add);
    }

    /** What was typed, as the service takes it (years left empty ask for nothing). */
    VersionDraft draft() {
        TreeMap<Integer, BigDecimal> requested = new TreeMap<>();
        amounts.forEach((year, field) -> {
            if (field.getValue() != null) {
                requested.put(year, field.getValue());
            }
        });
        return new VersionDraft(receivedOn.getValue(), title.getValue(), targetGroup.getValue(), orientation,
                description.getValue(), periodStart.getValue(), periodEnd.getValue(), changeNote.getValue(), requested);
    }
}
