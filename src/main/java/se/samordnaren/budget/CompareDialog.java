package se.samordnaren.budget;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

import java.util.List;

/** "Jämför": picks the two versions to show side by side and opens /budget/jamfor/{a}/{b}. */
class CompareDialog extends Dialog {

    final ComboBox<BudgetVersionSummary> a = new ComboBox<>();
    final ComboBox<BudgetVersionSummary> b = new ComboBox<>();
    final Button compare = new Button();

    /** Starts with {@code first} as B and the version it was copied from (else its year's reference) as A. */
    CompareDialog(List<BudgetVersionSummary> versions, BudgetVersionSummary first) {
        setHeaderTitle(getTranslation("budget.compare.choose"));
        for (ComboBox<BudgetVersionSummary> box : List.of(a, b)) {
            box.setItems(versions);
            box.setItemLabelGenerator(v -> v.name() + " (" + v.year() + ")");
            box.setWidthFull();
        }
        a.setLabel(getTranslation("budget.compare.a"));
        b.setLabel(getTranslation("budget.compare.b"));
        // This version as B against what it was copied from, else against its year's reference: "what changed".
        BudgetVersionSummary self = versions.stream().filter(v -> v.id() == first.id()).findFirst().orElse(first);
        versions.stream()
                .filter(v -> v.id() != self.id())
                .filter(v -> self.copiedFromId() != null ? v.id() == self.copiedFromId()
                        : v.reference() && v.year() == self.year())
                .findFirst()
                .ifPresentOrElse(other -> {
                    a.setValue(other);
                    b.setValue(self);
                }, () -> a.setValue(self));
        FormLayout form = new FormLayout(a, b);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        compare.setText(getTranslation("budget.compare.action"));
        compare.addThemeVariants(ButtonVariant.PRIMARY);
        compare.addClickListener(e -> showComparison());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, compare);
        setWidth("min(720px, 96vw)");
    }

    /** Opens the comparison when both are chosen. */
    void showComparison() {
        if (a.getValue() == null || b.getValue() == null) {
            a.setInvalid(a.getValue() == null);
            b.setInvalid(b.getValue() == null);
            a.setErrorMessage(getTranslation("budget.compare.pickBoth"));
            b.setErrorMessage(getTranslation("budget.compare.pickBoth"));
            return;
        }
        close();
        getUI().ifPresent(ui -> ui.navigate("budget/jamfor/" + a.getValue().id() + "/" + b.getValue().id()));
    }
}
