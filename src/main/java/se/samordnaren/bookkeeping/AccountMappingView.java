package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Kontoplan för utfall: the rules that place the bookkeeping's accounts and cost objects on budget items (or leave
 * them out), and the accounts of the current imports — with balance-sheet accounts shown as not being actuals and
 * the accounts no rule places any longer, which the förbundschef and the ekonom place from here.
 */
@Route("utfall/kontoplan")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/bookkeeping.css")
class AccountMappingView extends VerticalLayout implements HasDynamicTitle {

    private final AccountMappingService mapping;
    private final boolean mayWrite;

    final Button addButton = new Button();
    final Grid<MappingRule> rules = new Grid<>();
    final Checkbox onlyUnplaced = new Checkbox();
    final Grid<SeenAccount> accounts = new Grid<>();
    MappingRuleDialog ruleDialog;
    private Map<String, String> objectNames = Map.of();

    AccountMappingView(AccountMappingService mapping, CurrentUser currentUser) {
        this.mapping = mapping;
        this.mayWrite = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM);
        setWidthFull();
        setMaxWidth("1200px");
        addClassName("mapping-view");

        addButton.setText(getTranslation("bookkeeping.mapping.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        addButton.setVisible(mayWrite);
        addButton.addClickListener(e -> openRule(new MappingRule(null, null, null, null, null, null, false, null),
                List.of()));
        Button back = new Button(getTranslation("bookkeeping.import.toActuals"),
                e -> getUI().ifPresent(ui -> ui.navigate(ActualsView.class)));
        add(new ViewHeader(getTranslation("bookkeeping.mapping.title"), getTranslation("bookkeeping.mapping.description")),
                new FilterBar(back, addButton));

        H2 rulesTitle = new H2(getTranslation("bookkeeping.mapping.rules"));
        rules.addColumn(rule -> rule.account() == null ? "" : rule.account())
                .setHeader(getTranslation("bookkeeping.rule.account")).setAutoWidth(true).setFlexGrow(0)
                .setSortProperty("account");
        rules.addColumn(this::objectLabel).setHeader(getTranslation("bookkeeping.rule.object")).setFlexGrow(1)
                .setSortProperty("object");
        rules.addComponentColumn(this::target).setHeader(getTranslation("bookkeeping.rule.item")).setFlexGrow(2)
                .setSortProperty("item");
        rules.addColumn(rule -> getTranslation(rule.account() != null && rule.object() != null
                        ? "bookkeeping.mapping.kind.both" : rule.object() != null ? "bookkeeping.mapping.kind.object"
                        : "bookkeeping.mapping.kind.account"))
                .setHeader(getTranslation("bookkeeping.mapping.kind")).setAutoWidth(true).setFlexGrow(0);
        if (mayWrite) {
            ActionsColumn.add(rules, this::ruleActions);
        }
        Lazy.items(rules, mapping::rules);
        EmptyState.show(rules, getTranslation("bookkeeping.mapping.noRules"));
        rules.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rules.setAllRowsVisible(true);
        rules.setPageSize(100);

        H2 accountsTitle = new H2(getTranslation("bookkeeping.mapping.seen"));
        onlyUnplaced.setLabel(getTranslation("bookkeeping.mapping.onlyUnplaced"));
        onlyUnplaced.addValueChangeListener(e -> accounts.getDataProvider().refreshAll());
        accounts.addColumn(SeenAccount::account).setHeader(getTranslation("bookkeeping.rule.account"))
                .setAutoWidth(true).setFlexGrow(0);
        accounts.addColumn(SeenAccount::name).setHeader(getTranslation("bookkeeping.mapping.name")).setFlexGrow(2);
        accounts.addColumn(SeenAccount::rows).setHeader(getTranslation("bookkeeping.import.rowsColumn"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        accounts.addComponentColumn(a -> BookkeepingUi.amount(a.amount()))
                .setHeader(getTranslation("bookkeeping.rows.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        accounts.addComponentColumn(this::placement).setHeader(getTranslation("bookkeeping.mapping.placement"))
                .setFlexGrow(3);
        accounts.setItems(query -> mapping.seenAccounts(onlyUnplaced.getValue(), Lazy.page(query)).stream(),
                query -> mapping.seenAccountCount(onlyUnplaced.getValue()));
        EmptyState.show(accounts, getTranslation("bookkeeping.mapping.noAccounts"));
        accounts.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        accounts.setAllRowsVisible(true);
        accounts.setPageSize(100);

        add(rulesTitle, rules, accountsTitle, onlyUnplaced, accounts);
        refreshObjectNames();
    }

    private void refreshObjectNames() {
        objectNames = mapping.knownObjects().stream()
                .collect(Collectors.toMap(KnownObject::key, o -> o.name() == null ? "" : o.name(), (a, b) -> a));
    }

    private String objectLabel(MappingRule rule) {
        if (rule.object() == null) {
            return "";
        }
        String name = objectNames.get(rule.objectKey());
        return name == null || name.isBlank() ? rule.objectKey() : rule.objectKey() + " " + name;
    }

    private Component target(MappingRule rule) {
        return rule.ignored() ? new Badge(getTranslation("bookkeeping.mapping.ignoredBadge"), Badge.Tone.NEUTRAL)
                : new Span(rule.budgetItemName());
    }

    private Component ruleActions(MappingRule rule) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openRule(rule, List.of()));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("bookkeeping.mapping.editLabel", ruleLabel(rule)));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> ConfirmDelete.open(this,
                getTranslation("bookkeeping.mapping.deleteTitle"),
                getTranslation("bookkeeping.mapping.deleteText", ruleLabel(rule)), () -> delete(rule)));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("bookkeeping.mapping.deleteLabel", ruleLabel(rule)));
        return new HorizontalLayout(edit, delete);
    }

    private String ruleLabel(MappingRule rule) {
        return ((rule.account() == null ? "" : rule.account()) + " "
                + (rule.objectKey() == null ? "" : rule.objectKey())).strip();
    }

    void delete(MappingRule rule) {
        if (ErrorHandling.run(this, () -> mapping.delete(rule.id(), rule.version()))) {
            Notifications.success(this, "bookkeeping.mapping.deleted");
        }
        refresh();
    }

    private Component placement(SeenAccount account) {
        Div cell = new Div();
        cell.addClassName("placement");
        if (account.balance()) {
            cell.add(new Badge(getTranslation("bookkeeping.mapping.balanceBadge"), Badge.Tone.NEUTRAL));
            return cell;
        }
        if (!account.items().isEmpty()) {
            cell.add(new Span(String.join(", ", account.items())));
        }
        if (account.ignored()) {
            cell.add(new Badge(getTranslation("bookkeeping.mapping.ignoredBadge"), Badge.Tone.NEUTRAL));
        }
        if (account.unmappedRows() > 0) {
            cell.add(new Badge(getTranslation("bookkeeping.mapping.unplacedBadge", account.unmappedRows()),
                    Badge.Tone.ERROR));
            if (mayWrite) {
                Button place = new Button(getTranslation("bookkeeping.import.place"),
                        e -> openRule(new MappingRule(null, account.account(), null, null, null, null, false, null),
                                List.of()));
                place.addThemeVariants(ButtonVariant.SMALL);
                place.setAriaLabel(getTranslation("bookkeeping.import.placeLabel", account.account()));
                cell.add(place);
            }
        }
        return cell;
    }

    void openRule(MappingRule rule, List<KnownObject> suggested) {
        ruleDialog = new MappingRuleDialog(mapping, rule, suggested);
        ruleDialog.onSaved(this::refresh);
        ruleDialog.open();
    }

    void refresh() {
        refreshObjectNames();
        rules.getDataProvider().refreshAll();
        accounts.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bookkeeping.mapping.title");
    }
}
