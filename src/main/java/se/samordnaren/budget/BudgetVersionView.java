package se.samordnaren.budget;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.association.MemberService;
import se.samordnaren.initiative.InitiativeService;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;

/**
 * One budget version: its lines grouped in income and costs with subtotals and the result per year (the budget year
 * and the two plan years). While undecided the förbundschef and the ekonom type the amounts into the table (saved
 * as they leave a field), fill the insats lines from the grants, and mark it decided at its §. Once decided it is
 * read-only, says why, and offers a copy.
 */
@Route("budget/:versionId([0-9]{1,18})")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/budget.css")
class BudgetVersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "versionId";

    private final BudgetQueries queries;
    private final BudgetService budgets;
    private final MemberService members;
    private final InitiativeService initiatives;
    final boolean mayWrite;

    BudgetVersionDetail detail;
    final Div header = new Div();
    final Div lockNote = new Div();
    final HorizontalLayout actions = new HorizontalLayout();
    final Button editButton = new Button();
    final Button prefillButton = new Button();
    final Button decideButton = new Button();
    final Button deleteButton = new Button();
    final Button newItemButton = new Button();
    final Button copyButton = new Button();
    final Button compareButton = new Button();
    /** "Exportera till Excel": the table of the version, as shown. */
    final Div excelExport = new Div();
    final Paragraph saveStatus = new Paragraph();
    final Div tableArea = new Div();
    BudgetTable table;
    Dialog openDialog;

    BudgetVersionView(BudgetQueries queries, BudgetService budgets, MemberService members,
                      InitiativeService initiatives, CurrentUser currentUser) {
        this.queries = queries;
        this.budgets = budgets;
        this.members = members;
        this.initiatives = initiatives;
        this.mayWrite = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM);
        addClassName("budget-view");
        setWidthFull();
        setMaxWidth("1200px");

        action(editButton, "budget.version.edit", VaadinIcon.EDIT,
                () -> open(new EditVersionDialog(budgets, detail).onSaved(this::reload)));
        action(prefillButton, "budget.prefill", VaadinIcon.DOWNLOAD_ALT, this::prefill);
        action(decideButton, "budget.decide.title", VaadinIcon.GAVEL,
                () -> open(new DecideDialog(budgets, queries, detail).onSaved(this::reload)));
        action(deleteButton, "budget.version.delete", VaadinIcon.TRASH, this::confirmDelete);
        action(newItemButton, "budget.item.new", VaadinIcon.PLUS,
                () -> open(new ItemDialog(budgets, members, initiatives, BudgetItemDraft.empty()).onSaved(this::reload)));
        action(copyButton, "budget.version.copyToNew", VaadinIcon.COPY_O, this::copy);
        action(compareButton, "budget.compare.action", VaadinIcon.SCALE,
                () -> open(new CompareDialog(queries.versions(), summary())));
        prefillButton.setTooltipText(getTranslation("budget.prefill.help"));
        decideButton.addThemeVariants(ButtonVariant.PRIMARY);
        deleteButton.addThemeVariants(ButtonVariant.ERROR);
        excelExport.addClassName("excel-export-slot");
        excelExport.add(BudgetExcel.link(this, getTranslation("budget.title"),
                () -> BudgetExcel.version(this, detail)));
        actions.addClassName("budget-actions");
        lockNote.addClassName("budget-lock-note");
        saveStatus.addClassName("budget-save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        tableArea.setWidthFull();
        header.setWidthFull();
        add(header, lockNote, actions, saveStatus, tableArea);
    }

    private void action(Button button, String key, VaadinIcon icon, Runnable action) {
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.addClickListener(e -> action.run());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().getLong(PARAMETER).flatMap(queries::version);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    /** Reads the version again and shows it (after a change here or by someone else). */
    void reload() {
        queries.version(detail.id()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(BudgetsView.class)));
    }

    private void show(BudgetVersionDetail loaded) {
        detail = loaded;
        showHeader();
        showLockNote();
        showActions();
        boolean editable = mayWrite && !detail.decided();
        saveStatus.setText(editable ? getTranslation("budget.table.savedAsYouGo") : "");
        saveStatus.setVisible(editable);
        table = new BudgetTable(detail, editable, this::saveAmount, this::saved);
        tableArea.removeAll();
        tableArea.add(table);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void showHeader() {
        header.removeAll();
        Anchor back = new Anchor("budget", "← " + getTranslation("budget.backToList"));
        back.addClassName("sub-label");
        Div title = new Div(new H1(detail.name()), BudgetUi.kindBadge(this, detail.kind()));
        if (detail.reference()) {
            title.add(BudgetUi.referenceBadge(this));
        }
        title.addClassName("budget-title");
        Div facts = new Div(new Span(BudgetUi.years(this, detail.year())), BudgetUi.status(this, detail.decidedAt()));
        facts.addClassName("budget-facts");
        if (detail.copiedFromId() != null) {
            facts.add(new Anchor("budget/" + detail.copiedFromId(),
                    getTranslation("budget.version.copiedFrom", detail.copiedFromName())));
        }
        facts.add(new Span(getTranslation("budget.version.createdBy", detail.createdBy(),
                Formats.date(detail.createdAt().toLocalDate()))));
        header.add(back, title, facts);
        if (detail.note() != null) {
            Paragraph note = new Paragraph(detail.note());
            note.addClassName("budget-version-note");
            header.add(note);
        }
    }

    /** Why a decided version cannot change, and (for those who write) the way on: a copy. */
    private void showLockNote() {
        lockNote.removeAll();
        lockNote.setVisible(detail.decided());
        if (!detail.decided()) {
            return;
        }
        lockNote.add(new Span(getTranslation("budget.locked", detail.decidedAt().label())));
        if (mayWrite) {
            lockNote.add(new Span(" " + getTranslation("budget.locked.copy")), copyButton);
        }
    }

    private void showActions() {
        actions.removeAll();
        boolean open = !detail.decided();
        if (mayWrite && open) {
            actions.add(prefillButton, decideButton, editButton, newItemButton, copyButton, deleteButton);
        } else if (mayWrite) {
            actions.add(editButton);
        }
        actions.add(compareButton, excelExport);
        copyButton.removeThemeVariants(ButtonVariant.PRIMARY);
        if (!open) {
            copyButton.addThemeVariants(ButtonVariant.PRIMARY);
        }
    }

    private SavedAmount saveAmount(BudgetVersionDetail.Line line, int year, java.math.BigDecimal amount, Long amountId,
                                   Integer amountVersion) {
        return budgets.setAmount(new AmountChange(detail.id(), line.itemId(), year, amount, amountId, amountVersion));
    }

    /** After a cell was saved: the totals again (one statement) and a quiet note of what was saved. */
    private void saved(String what) {
        table.showTotals(queries.totals(detail.id()));
        saveStatus.setText(getTranslation("budget.table.saved", what));
    }

    private void prefill() {
        int[] filled = new int[1];
        if (ErrorHandling.run(this, () -> filled[0] = budgets.prefillInitiatives(detail.id()))) {
            if (filled[0] == 0) {
                Notifications.success(this, "budget.prefill.nothing", String.valueOf(detail.year()),
                        String.valueOf(detail.year() + 2));
            } else {
                Notifications.success(this, "budget.prefill.done", filled[0]);
            }
        }
        reload();
    }

    private void confirmDelete() {
        ConfirmDelete.open(this, getTranslation("budget.version.deleteTitle", detail.name()),
                getTranslation("budget.version.deleteText"), () -> {
                    if (ErrorHandling.run(this, () -> budgets.deleteVersion(detail.id(), detail.version()))) {
                        Notifications.success(this, "budget.version.deleted", detail.name());
                        getUI().ifPresent(ui -> ui.navigate(BudgetsView.class));
                    } else {
                        reload();
                    }
                });
    }

    private void copy() {
        var versions = queries.versions();
        NewVersionDialog dialog = new NewVersionDialog(budgets, versions, summary(), detail.year());
        dialog.onSaved(() -> getUI().ifPresent(ui -> ui.navigate("budget/" + dialog.createdId)));
        open(dialog);
    }

    /** This version as the pickers list it. */
    private BudgetVersionSummary summary() {
        return new BudgetVersionSummary(detail.id(), detail.version(), detail.year(), detail.kind(), detail.name(),
                detail.decidedAt(), detail.reference(), detail.copiedFromId(), detail.copiedFromName(), null, null, null);
    }

    private void open(Dialog dialog) {
        openDialog = dialog;
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("budget.title") : detail.name() + " – " + getTranslation("budget.title");
    }
}
