package se.samordnaren.budget;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

/** "Ändra namn och anteckning": name and kind while undecided; a decided version keeps them, only its note changes. */
class EditVersionDialog extends FormDialog<EditVersionDialog.Form> {

    /** The form's values (bound by name to the fields of the same name). */
    public record Form(String name, BudgetVersionKind kind, String note) {
    }

    final TextField name = Fields.text("budget.version.name");
    final ComboBox<BudgetVersionKind> kind = new ComboBox<>();
    final TextArea note = Fields.area("budget.version.note", Texts.LONG);

    private final BudgetService budgets;
    private final BudgetVersionDetail version;

    EditVersionDialog(BudgetService budgets, BudgetVersionDetail version) {
        super("budget.version.edit", new Binder<>(Form.class));
        this.budgets = budgets;
        this.version = version;
        kind.setLabel(getTranslation("budget.version.kind"));
        kind.setItems(BudgetVersionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        required(name, "budget.version.name").bind("name");
        required(kind, "budget.version.kind").bind("kind");
        binder().bindInstanceFields(this);
        binder().readRecord(new Form(version.name(), version.kind(), version.note()));
        if (version.decided()) {
            name.setReadOnly(true);
            kind.setReadOnly(true);
            name.setHelperText(getTranslation("budget.version.decidedKeepsName"));
        }
        form().add(name, kind);
        wide(note);
    }

    @Override
    protected void submit() {
        Form form = record();
        budgets.updateVersion(new BudgetVersionEdit(version.id(), version.version(), form.name(), form.kind(), form.note()));
    }
}
