package se.samordnaren.application;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.time.LocalDate;
import java.util.List;

/** The beredningsgrupp's preparation of the latest version: the date, its recommendation and notes. */
class PrepareDialog extends FormDialog<Void> {

    final DatePicker date = Fields.date("application.date");
    final Select<StepOutcome> outcome = new Select<>();
    final TextArea notes = Fields.area("application.notes", Texts.LONG);
    private final ApplicationStepService steps;
    private final ApplicationDetail application;

    PrepareDialog(ApplicationStepService steps, ApplicationDetail application) {
        super("application.dialog.PREPARED");
        this.steps = steps;
        this.application = application;
        outcome.setLabel(getTranslation("application.outcome.PREPARED"));
        outcome.setItems(List.of(StepOutcome.APPROVE, StepOutcome.REJECT, StepOutcome.MORE_INFORMATION));
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("application.outcome.PREPARED." + o.name()));
        date.setValue(LocalDate.now());
        binder().forField(date).asRequired(getTranslation("application.error.dateRequired")).bind(x -> null, (x, v) -> { });
        binder().forField(outcome).asRequired(getTranslation("application.error.recommendationRequired"))
                .bind(x -> null, (x, v) -> { });
        form().add(date, outcome);
        wide(notes);
        successMessage("application.stepSaved");
    }

    @Override
    protected void submit() {
        steps.prepare(application.id(), application.version(), date.getValue(), outcome.getValue(), notes.getValue());
    }
}
