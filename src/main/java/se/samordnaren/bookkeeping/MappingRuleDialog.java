package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule of the account mapping: an account, a cost object or both, placed on a budget item or ignored. Opened empty,
 * for an existing rule, or from an account no rule places (in the import's preview or the chart of accounts).
 */
class MappingRuleDialog extends FormDialog<Void> {

    final TextField account = Fields.text("bookkeeping.rule.account", 10);
    final ComboBox<KnownObject> object = new ComboBox<>(getTranslation("bookkeeping.rule.object"));
    final ComboBox<BudgetItemRef> item = new ComboBox<>(getTranslation("bookkeeping.rule.item"));
    final Checkbox ignored = new Checkbox(getTranslation("bookkeeping.rule.ignored"));

    private final AccountMappingService mapping;
    private final MappingRule rule;
    private MappingRule saved;

    MappingRuleDialog(AccountMappingService mapping, MappingRule rule, List<KnownObject> suggestedObjects) {
        super(rule.isNew() ? "bookkeeping.rule.new" : "bookkeeping.rule.edit");
        this.mapping = mapping;
        this.rule = rule;
        if (rule.isNew() && rule.account() != null) {
            setHeaderTitle(getTranslation("bookkeeping.rule.place", rule.account()));
        }
        Paragraph help = new Paragraph(getTranslation("bookkeeping.rule.help"));
        help.addClassName("view-description");

        account.setAllowedCharPattern("[0-9]");
        account.setHelperText(getTranslation("bookkeeping.rule.accountHelp"));
        Map<String, KnownObject> objects = new LinkedHashMap<>();
        suggestedObjects.forEach(o -> objects.put(o.key(), o));
        mapping.knownObjects().forEach(o -> objects.putIfAbsent(o.key(), o));
        object.setItems(new ArrayList<>(objects.values()));
        object.setItemLabelGenerator(KnownObject::label);
        object.setAllowCustomValue(true);
        object.setClearButtonVisible(true);
        object.setHelperText(getTranslation("bookkeeping.rule.objectHelp"));
        object.addCustomValueSetListener(e -> {
            KnownObject typed = KnownObject.ofKey(e.getDetail().strip().replaceFirst("^(\\d+)\\s+", "$1:"), null);
            if (typed == null) {
                object.setInvalid(true);
                object.setErrorMessage(getTranslation("bookkeeping.rule.objectFormat"));
            } else {
                object.setInvalid(false);
                List<KnownObject> items = new ArrayList<>(objects.values());
                items.add(typed);
                object.setItems(items);
                object.setValue(typed);
            }
        });
        item.setItems(mapping.budgetItems());
        item.setItemLabelGenerator(BudgetItemRef::name);
        item.setClearButtonVisible(true);
        ignored.addValueChangeListener(e -> item.setEnabled(!e.getValue()));

        account.setValue(rule.account() == null ? "" : rule.account());
        if (rule.object() != null) {
            KnownObject current = objects.getOrDefault(rule.objectKey(),
                    new KnownObject(rule.dimension(), rule.object(), null));
            if (!objects.containsKey(current.key())) {
                List<KnownObject> items = new ArrayList<>(objects.values());
                items.add(current);
                object.setItems(items);
            }
            object.setValue(current);
        }
        if (rule.budgetItemId() != null) {
            item.getListDataView().getItems().filter(i -> i.id() == rule.budgetItemId()).findFirst()
                    .ifPresent(item::setValue);
        }
        ignored.setValue(rule.ignored());

        wide(help);
        form().add(account, object);
        wide(item, ignored);
    }

    @Override
    protected void submit() {
        if (object.isInvalid()) {
            throw new UserFacingException("bookkeeping.rule.objectFormat");
        }
        KnownObject chosen = object.getValue();
        saved = mapping.save(new MappingRule(rule.id(), account.getValue(), chosen == null ? null : chosen.dimension(),
                chosen == null ? null : chosen.id(), item.getValue() == null ? null : item.getValue().id(), null,
                ignored.getValue(), rule.version()));
        successMessage("bookkeeping.rule.saved");
    }

    MappingRule saved() {
        return saved;
    }
}
