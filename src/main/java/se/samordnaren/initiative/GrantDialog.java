package se.samordnaren.initiative;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.time.LocalDate;

/** "Registrera beviljade medel": the first grant on its deciding §, or opening balances decided before. */
class GrantDialog extends FormDialog<GrantDialog.Form> {

    /** What the form holds beside the amounts per year (bound by name to the field of the same name; submit reads the fields). */
    public record Form(GrantingDecision decision, Boolean openingBalance, LocalDate openingDecidedOn,
                       String openingReference, String note) {
    }

    final DecisionPicker decision;
    final Checkbox openingBalance = new Checkbox(getTranslation("initiative.grant.openingBalance"));
    final DatePicker openingDecidedOn = Fields.date("initiative.grant.openingDecidedOn");
    final TextField openingReference = Fields.text("initiative.grant.openingReference");
    final YearAmountsField amounts = new YearAmountsField(getTranslation("initiative.grant.amounts"));
    final TextField note = Fields.text("initiative.grant.note", Texts.LONG);

    private final GrantLedgerService ledger;
    private final long initiativeId;

    GrantDialog(GrantLedgerService ledger, InitiativeDetail detail) {
        super("initiative.money.recordGrant", new Binder<>(Form.class));
        this.ledger = ledger;
        this.initiativeId = detail.id();
        successMessage("initiative.money.grantRecorded");
        decision = new DecisionPicker(ledger);
        openingReference.setPlaceholder(getTranslation("initiative.grant.openingReference.placeholder"));
        openingDecidedOn.setVisible(false);
        openingReference.setVisible(false);
        openingBalance.addValueChangeListener(e -> {
            decision.setVisible(!e.getValue());
            openingDecidedOn.setVisible(e.getValue());
            openingReference.setVisible(e.getValue());
        });
        required(decision, "initiative.grant.decision").bind("decision");
        required(openingDecidedOn, "initiative.grant.openingDecidedOn").bind("openingDecidedOn");
        binder().bindInstanceFields(this);
        binder().readRecord(new Form(null, false, null, null, null));
        // One row per year of the insats's period (when it is known and short), else this year.
        LocalDate start = detail.startDate();
        LocalDate end = detail.plannedEndDate();
        if (start != null && end != null && !end.isBefore(start) && end.getYear() - start.getYear() < 10) {
            for (int y = start.getYear(); y <= end.getYear(); y++) {
                amounts.addRow(y, null);
            }
        } else {
            amounts.addRow(LocalDate.now().getYear(), null);
        }
        wide(decision, openingBalance);
        form().add(openingDecidedOn, openingReference);
        wide(amounts, note);
    }

    @Override
    protected void submit() {
        boolean opening = openingBalance.getValue();
        ledger.recordGrant(new GrantEntry(initiativeId, opening ? null : decision.getValue().decisionId(), opening,
                opening ? openingDecidedOn.getValue() : null, opening ? openingReference.getValue() : null,
                amounts.values(), note.getValue()));
    }
}
