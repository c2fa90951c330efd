package se.samordnaren.budget;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

/**
 * "Markera som beslutad": the § where the board decided the version (searched as the user types) and whether it is
 * the budget or the revised budget. From then on the version is read-only.
 */
class DecideDialog extends FormDialog<DecideDialog.Form> {

    /** The form's values (bound by name to the fields of the same name). */
    public record Form(DecidingDecision decision, BudgetVersionKind kind) {
    }

    final ComboBox<DecidingDecision> decision = new ComboBox<>();
    final ComboBox<BudgetVersionKind> kind = new ComboBox<>();

    private final BudgetService budgets;
    private final BudgetVersionDetail version;

    DecideDialog(BudgetService budgets, BudgetQueries queries, BudgetVersionDetail version) {
        super("budget.decide.title", new Binder<>(Form.class));
        this.budgets = budgets;
        this.version = version;
        successMessage("budget.decide.done", version.name());
        decision.setLabel(getTranslation("budget.decide.decision"));
        decision.setHelperText(getTranslation("budget.decide.decision.help"));
        Lazy.items(decision, queries::decidingDecisions);
        decision.setItemLabelGenerator(DecidingDecision::label);
        decision.setClearButtonVisible(true);
        decision.setWidthFull();
        kind.setLabel(getTranslation("budget.version.kind"));
        kind.setItems(BudgetVersionKind.BUDGET, BudgetVersionKind.REVISED);
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        required(decision, "budget.decide.decision").bind("decision");
        required(kind, "budget.version.kind").bind("kind");
        binder().bindInstanceFields(this);
        binder().readRecord(new Form(null, version.kind() == BudgetVersionKind.DRAFT ? null : version.kind()));
        Paragraph warning = new Paragraph(getTranslation("budget.decide.warning"));
        warning.addClassName("budget-note");
        wide(warning, decision);
        form().add(kind);
    }

    @Override
    protected void submit() {
        Form form = record();
        budgets.markDecided(version.id(), version.version(), form.kind(), form.decision().decisionId());
    }
}
