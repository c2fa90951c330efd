package se.samordnaren.budget;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.initiative.InitiativeRef;
import se.samordnaren.initiative.InitiativeService;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.util.List;
import java.util.Objects;

/**
 * "Ny budgetpost" / "Ändra budgetpost": the line's name and category; an allocation line names its member, an
 * insats line may name its insats (its money can then be filled from the grants). An inactive line is left out of
 * new versions but stays in those that have amounts for it.
 */
class ItemDialog extends FormDialog<ItemDialog.Form> {

    /** The form's values (bound by name to the fields of the same name). */
    public record Form(String name, BudgetCategory category, Member member, InitiativeRef initiative, Integer position,
                       Boolean active) {
    }

    final TextField name = Fields.text("budget.item.name");
    final ComboBox<BudgetCategory> category = new ComboBox<>();
    final ComboBox<Member> member = new ComboBox<>();
    final ComboBox<InitiativeRef> initiative = new ComboBox<>();
    final IntegerField position = Fields.integer("budget.item.position", 0, 9999);
    final Checkbox active = new Checkbox();

    private final BudgetService budgets;
    private final BudgetItemDraft draft;

    ItemDialog(BudgetService budgets, MemberService members, InitiativeService initiatives, BudgetItemDraft draft) {
        super(draft.id() == null ? "budget.item.new" : "budget.item.edit", new Binder<>(Form.class));
        this.budgets = budgets;
        this.draft = draft;
        category.setLabel(getTranslation("budget.item.category"));
        category.setItems(BudgetCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.translationKey()) + " ("
                + getTranslation(c.direction().translationKey()) + ")");
        List<Member> memberList = members.list();
        member.setLabel(getTranslation("budget.item.member"));
        member.setItems(memberList);
        member.setItemLabelGenerator(Member::name);
        initiative.setLabel(getTranslation("budget.item.initiative"));
        initiative.setHelperText(getTranslation("budget.item.initiative.help"));
        initiative.setItems(query -> initiatives.search(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        initiative.setItemLabelGenerator(i -> i.parentName() == null ? i.name()
                : getTranslation("budget.item.subProject", i.name(), i.parentName()));
        initiative.setClearButtonVisible(true);
        active.setLabel(getTranslation("budget.item.active"));
        position.setHelperText(getTranslation("budget.item.position.help"));
        category.addValueChangeListener(e -> showLinks());

        required(name, "budget.item.name").bind("name");
        required(category, "budget.item.category").bind("category");
        binder().forField(member)
                .withValidator(value -> category.getValue() != BudgetCategory.ALLOCATION || value != null,
                        getTranslation("error.field.required", getTranslation("budget.item.member")))
                .bind("member");
        binder().bindInstanceFields(this);
        Member current = memberList.stream().filter(m -> Objects.equals(m.id(), draft.memberId())).findFirst().orElse(null);
        InitiativeRef currentInitiative = draft.initiativeId() == null ? null : initiatives.find(draft.initiativeId()).orElse(null);
        binder().readRecord(new Form(draft.name(), draft.category(), current, currentInitiative, draft.position(),
                draft.active()));
        showLinks();
        wide(name);
        form().add(category, member, initiative, position);
        wide(active);
        successMessage("budget.item.saved", draft.name());
    }

    private void showLinks() {
        member.setVisible(category.getValue() == BudgetCategory.ALLOCATION);
        initiative.setVisible(category.getValue() == BudgetCategory.INITIATIVE);
    }

    @Override
    protected void submit() {
        Form form = record();
        budgets.saveItem(new BudgetItemDraft(draft.id(), draft.version(), form.name(), form.category(),
                form.member() == null ? null : form.member().id(),
                form.initiative() == null ? null : form.initiative().id(),
                form.position() == null ? 0 : form.position(), Boolean.TRUE.equals(form.active())));
        successMessage("budget.item.saved", form.name().trim());
    }
}
