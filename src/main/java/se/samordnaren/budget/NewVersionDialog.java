package se.samordnaren.budget;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.util.List;

/**
 * "Ny version": an empty version of a year, or a copy of another version with its amounts (those within the new
 * version's years). The name is suggested from year and kind until the user types one.
 */
class NewVersionDialog extends FormDialog<NewVersionDialog.Form> {

    /** The form's values (bound by name to the fields of the same name). */
    public record Form(BudgetVersionSummary copyFrom, Integer year, BudgetVersionKind kind, String name, String note) {
    }

    final ComboBox<BudgetVersionSummary> copyFrom = new ComboBox<>();
    final IntegerField year = Fields.integer("budget.version.year", BudgetService.FIRST_YEAR, BudgetService.LAST_YEAR);
    final ComboBox<BudgetVersionKind> kind = new ComboBox<>();
    final TextField name = Fields.text("budget.version.name");
    final TextArea note = Fields.area("budget.version.note", Texts.LONG);

    private final BudgetService budgets;
    private boolean nameTyped;
    /** The new version's id once saved. */
    Long createdId;

    /** {@code source}: the version to copy (null: an empty version of {@code defaultYear}). */
    NewVersionDialog(BudgetService budgets, List<BudgetVersionSummary> versions, BudgetVersionSummary source,
                     int defaultYear) {
        super(source == null ? "budget.version.new" : "budget.version.copyTitle", new Binder<>(Form.class));
        this.budgets = budgets;
        copyFrom.setLabel(getTranslation("budget.version.copyFrom"));
        copyFrom.setHelperText(getTranslation("budget.version.copyFrom.help"));
        copyFrom.setItems(versions);
        copyFrom.setItemLabelGenerator(v -> v.name() + " (" + v.year() + ", "
                + getTranslation(v.decided() ? "budget.status.decided" : "budget.status.draft") + ")");
        copyFrom.setClearButtonVisible(true);
        copyFrom.setPlaceholder(getTranslation("budget.version.empty"));
        kind.setLabel(getTranslation("budget.version.kind"));
        kind.setItems(BudgetVersionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setHelperText(getTranslation("budget.version.kind.help"));
        year.setStepButtonsVisible(true);
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                nameTyped = !e.getValue().isBlank();
            }
        });
        year.addValueChangeListener(e -> suggestName());
        kind.addValueChangeListener(e -> suggestName());

        required(year, "budget.version.year").bind("year");
        required(kind, "budget.version.kind").bind("kind");
        required(name, "budget.version.name").bind("name");
        binder().bindInstanceFields(this);
        BudgetVersionKind defaultKind = source == null ? BudgetVersionKind.BUDGET
                : source.decided() ? BudgetVersionKind.REVISED : BudgetVersionKind.DRAFT;
        BudgetVersionSummary listed = source == null ? null
                : versions.stream().filter(v -> v.id() == source.id()).findFirst().orElse(source);
        binder().readRecord(new Form(listed, source == null ? defaultYear : source.year(), defaultKind, "", null));
        suggestName();
        wide(copyFrom);
        form().add(year, kind);
        wide(name, note);
    }

    /** "Budget 2022 med plan 2023–2024", "Reviderad budget 2021", "Budget 2022 (utkast)". */
    private void suggestName() {
        if (nameTyped || year.getValue() == null || kind.getValue() == null) {
            return;
        }
        int y = year.getValue();
        name.setValue(getTranslation("budget.version.suggestedName." + kind.getValue().name(), String.valueOf(y),
                String.valueOf(y + 1), String.valueOf(y + 2)));
    }

    @Override
    protected void submit() {
        Form form = record();
        createdId = budgets.createVersion(new NewBudgetVersion(form.year(), form.kind(), form.name(), form.note(),
                form.copyFrom() == null ? null : form.copyFrom().id()));
        successMessage("budget.version.created", form.name().trim());
    }
}
