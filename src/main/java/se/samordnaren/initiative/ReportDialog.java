package se.samordnaren.initiative;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.time.LocalDate;
import java.util.List;

/** "Lägg till rapport": a report received from the insats, with counts of participants only. */
class ReportDialog extends FormDialog<ReportDialog.Form> {

    /** What the form holds (bound by name to the field of the same name; submit reads the fields). */
    public record Form(ReportKind kind, String title, LocalDate receivedOn, LocalDate periodFrom, LocalDate periodTo,
                       Integer enrolled, Integer started, Integer ended, String summary) {
    }

    /** More participants than this in one report is a typing mistake. */
    static final int MAX_PARTICIPANTS = 100_000;

    final ComboBox<ReportKind> kind = new ComboBox<>(getTranslation("initiative.report.kind"));
    final TextField title = Fields.text("initiative.report.title");
    final DatePicker receivedOn = Fields.date("initiative.report.receivedOn");
    final DatePicker periodFrom = Fields.date("initiative.report.periodFrom");
    final DatePicker periodTo = Fields.date("initiative.report.periodTo");
    final IntegerField enrolled = Fields.integer("initiative.report.enrolled", 0, MAX_PARTICIPANTS);
    final IntegerField started = Fields.integer("initiative.report.started", 0, MAX_PARTICIPANTS);
    final IntegerField ended = Fields.integer("initiative.report.ended", 0, MAX_PARTICIPANTS);
    final TextArea summary = Fields.area("initiative.report.summary", Texts.LONG);

    private final InitiativeService initiatives;
    private final long initiativeId;

    ReportDialog(InitiativeService initiatives, long initiativeId) {
        super("initiative.report.add", new Binder<>(Form.class));
        this.initiatives = initiatives;
        this.initiativeId = initiativeId;
        successMessage("initiative.report.added");
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        List.of(enrolled, started, ended).forEach(f -> f.setHelperText(getTranslation("initiative.report.countsOnly")));
        required(kind, "initiative.report.kind").bind("kind");
        required(receivedOn, "initiative.report.receivedOn").bind("receivedOn");
        binder().bindInstanceFields(this);
        binder().readRecord(new Form(ReportKind.LAGESRAPPORT, null, LocalDate.now(), null, null, null, null, null, null));

        FormLayout form = form();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2),
                new FormLayout.ResponsiveStep("640px", 3));
        form.add(kind, title, receivedOn, new Span(), periodFrom, periodTo, enrolled, started, ended, summary);
        form.setColspan(summary, 3);
        form.setColspan(title, 2);
    }

    @Override
    protected void submit() {
        initiatives.addReport(new ReportDraft(initiativeId, kind.getValue(), title.getValue(), receivedOn.getValue(),
                periodFrom.getValue(), periodTo.getValue(), enrolled.getValue(), started.getValue(), ended.getValue(),
                summary.getValue()));
    }
}
