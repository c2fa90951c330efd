package se.samordnaren.equity;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.equity.AnnualResultDetail.Discharge;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

/** "Ansvarsfrihet": whether the member's council granted discharge (and when), refused it, or has not decided yet. */
class DischargeDialog extends FormDialog<Void> {

    final RadioButtonGroup<DischargeState> state = new RadioButtonGroup<>();
    final DatePicker grantedOn = Fields.date("equity.discharge.grantedOn");
    final TextField reference = Fields.text("equity.discharge.reference");

    private final EquityService equity;
    private final Discharge discharge;

    DischargeDialog(EquityService equity, Discharge discharge) {
        super("equity.discharge.dialog");
        this.equity = equity;
        this.discharge = discharge;
        setHeaderTitle(getTranslation("equity.discharge.dialog.of", discharge.memberName()));
        state.setLabel(getTranslation("equity.discharge.state"));
        state.setItems(DischargeState.values());
        state.setItemLabelGenerator(s -> getTranslation("equity.discharge.choice." + s.name()));
        state.setValue(discharge.state());
        grantedOn.setValue(discharge.grantedOn());
        grantedOn.setRequiredIndicatorVisible(true);
        reference.setValue(discharge.reference() == null ? "" : discharge.reference());
        reference.setPlaceholder(getTranslation("equity.discharge.reference.placeholder"));
        grantedOn.setVisible(discharge.state() == DischargeState.GRANTED);
        state.addValueChangeListener(e -> grantedOn.setVisible(e.getValue() == DischargeState.GRANTED));
        wide(state);
        form().add(grantedOn, reference);
    }

    @Override
    protected void submit() {
        equity.saveDischarge(new DischargeDraft(discharge.id(), discharge.version(), state.getValue(),
                grantedOn.getValue(), reference.getValue()));
    }
}
