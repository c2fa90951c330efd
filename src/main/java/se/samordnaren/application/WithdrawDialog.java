package se.samordnaren.application;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.time.LocalDate;

/** The applicant has withdrawn the application: the date and a note (why, who said so). */
class WithdrawDialog extends FormDialog<Void> {

    final DatePicker date = Fields.date("application.date");
    final TextArea notes = Fields.area("application.notes", Texts.LONG);
    private final ApplicationStepService steps;
    private final ApplicationDetail application;

    WithdrawDialog(ApplicationStepService steps, ApplicationDetail application) {
        super("application.dialog.WITHDRAWN");
        this.steps = steps;
        this.application = application;
        date.setValue(LocalDate.now());
        binder().forField(date).asRequired(getTranslation("application.error.dateRequired")).bind(x -> null, (x, v) -> { });
        notes.setHelperText(getTranslation("application.withdraw.notesHelp"));
        wide(new Paragraph(getTranslation("application.withdraw.help")));
        form().add(date);
        wide(notes);
        save.setText(getTranslation("application.action.withdraw"));
        save.addThemeVariants(ButtonVariant.ERROR);
        setWidth("min(520px, 96vw)");
        successMessage("application.withdrawn");
    }

    @Override
    protected void submit() {
        steps.withdraw(application.id(), application.version(), date.getValue(), notes.getValue());
    }
}
