package se.samordnaren.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.time.LocalDate;

/** "Registrera ändringsbeslut": extend, shorten, increase or stop, with the money per year it adds or frees. */
class ChangeDialog extends FormDialog<ChangeDialog.Form> {

    /** What the form holds beside the amounts per year (bound by name to the field of the same name; submit reads the fields). */
    public record Form(ChangeKind kind, GrantingDecision decision, LocalDate newEnd, LocalDate actualEnd, String note) {
    }

    final ComboBox<ChangeKind> kind = new ComboBox<>(getTranslation("initiative.change.kind"));
    final DecisionPicker decision;
    final DatePicker newEnd = Fields.date("initiative.change.newEnd");
    final DatePicker actualEnd = Fields.date("initiative.change.actualEnd");
    final YearAmountsField amounts = new YearAmountsField(getTranslation("initiative.grant.amounts"));
    final Button suggest = new Button(getTranslation("initiative.change.suggest"));
    final TextField note = Fields.text("initiative.grant.note", Texts.LONG);

    private final GrantLedgerService ledger;
    private final InitiativeDetail detail;

    ChangeDialog(GrantLedgerService ledger, InitiativeDetail detail) {
        super("initiative.money.recordChange", new Binder<>(Form.class));
        this.ledger = ledger;
        this.detail = detail;
        successMessage("initiative.money.changeRecorded");
        decision = new DecisionPicker(ledger);
        kind.setItems(ChangeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.addValueChangeListener(e -> adapt());
        suggest.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        suggest.addClickListener(e -> amounts.setValues(GrantLedgerService.remainingAfter(detail,
                kind.getValue() == ChangeKind.STOP ? actualEnd.getValue() : newEnd.getValue())));
        required(kind, "initiative.change.kind").bind("kind");
        required(decision, "initiative.grant.decision").bind("decision");
        required(newEnd, "initiative.change.newEnd").bind("newEnd");
        required(actualEnd, "initiative.change.actualEnd").bind("actualEnd");
        binder().bindInstanceFields(this);
        binder().readRecord(new Form(ChangeKind.SHORTEN, null, detail.plannedEndDate(), null, null));
        form().add(kind);
        wide(decision);
        form().add(newEnd, actualEnd);
        wide(InitiativeUi.subLabel(getTranslation("initiative.change.amounts.help")), amounts);
        form().add(suggest);
        wide(note);
        adapt();
    }

    private void adapt() {
        ChangeKind k = kind.getValue();
        newEnd.setVisible(k == ChangeKind.EXTEND || k == ChangeKind.SHORTEN);
        actualEnd.setVisible(k == ChangeKind.STOP);
        suggest.setVisible(k == ChangeKind.SHORTEN || k == ChangeKind.STOP);
    }

    @Override
    protected void submit() {
        ChangeKind k = kind.getValue();
        ledger.recordChange(new ChangeDecision(detail.id(), detail.version(), k, decision.getValue().decisionId(),
                amounts.values(), newEnd.isVisible() ? newEnd.getValue() : null,
                actualEnd.isVisible() ? actualEnd.getValue() : null, note.getValue()));
    }
}
