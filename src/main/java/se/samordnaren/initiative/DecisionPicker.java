package se.samordnaren.initiative;

import com.vaadin.flow.component.combobox.ComboBox;
import se.samordnaren.ui.Lazy;

/** The § money rests on: decisions that grant or approve, searched page by page as the user types. */
class DecisionPicker extends ComboBox<GrantingDecision> {

    DecisionPicker(GrantLedgerService ledger) {
        setLabel(getTranslation("initiative.grant.decision"));
        setHelperText(getTranslation("initiative.grant.decision.help"));
        Lazy.items(this, ledger::grantingDecisions);
        setItemLabelGenerator(GrantingDecision::label);
        setClearButtonVisible(true);
        setWidthFull();
    }
}
