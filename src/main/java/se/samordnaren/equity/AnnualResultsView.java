package se.samordnaren.equity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.ViewHeader;

import java.time.LocalDate;

/** Årsredovisningar: each year's result and equity, the approving § and how far the members' discharge has come. */
@Route("arsredovisning")
@Menu(order = 46, title = "nav.annualResults", icon = "vaadin:book-dollar")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/allocation-equity.css")
class AnnualResultsView extends VerticalLayout implements HasDynamicTitle {

    private final EquityService equity;
    final Grid<AnnualResultRow> grid = new Grid<>();
    final Button addButton = new Button();
    /** "Exportera till Excel": the annual results as listed. */
    final HorizontalLayout exportSlot = new HorizontalLayout();
    java.util.List<AnnualResultRow> results = java.util.List.of();
    Dialog openDialog;

    AnnualResultsView(EquityService equity, CurrentUser currentUser) {
        this.equity = equity;
        setWidthFull();
        setMaxWidth("1200px");
        addClassName("money-view");
        addButton.setText(getTranslation("equity.result.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        addButton.setVisible(currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM));
        addButton.addClickListener(e -> {
            openDialog = new AnnualResultDialog(equity, null, LocalDate.now().getYear() - 1)
                    .afterSave(year -> getUI().ifPresent(ui -> ui.navigate("arsredovisning/" + year)));
            openDialog.open();
        });
        exportSlot.addClassName("export-slot");
        exportSlot.add(EquityExcel.link(this, getTranslation("equity.results.title"),
                () -> EquityExcel.results(this, results)));
        add(new ViewHeader(getTranslation("equity.results.title"), getTranslation("equity.results.description"),
                exportSlot, addButton));

        grid.addComponentColumn(r -> new Anchor("arsredovisning/" + r.year(), String.valueOf(r.year()))).setHeader(getTranslation("equity.year")).setAutoWidth(true)
                .setFlexGrow(0).setKey("year");
        grid.addColumn(r -> Formats.money(r.income())).setHeader(getTranslation("equity.income"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("income");
        grid.addColumn(r -> Formats.money(r.costs())).setHeader(getTranslation("equity.costs"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("costs");
        grid.addColumn(r -> EquityUi.signed(r.result())).setHeader(getTranslation("equity.result"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("result");
        grid.addColumn(r -> Formats.money(r.equityEnd())).setHeader(getTranslation("equity.equityEnd"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("equityEnd");
        grid.addComponentColumn(this::decisionCell).setHeader(getTranslation("equity.decision")).setAutoWidth(true)
                .setFlexGrow(1).setKey("decision");
        grid.addComponentColumn(this::dischargeCell).setHeader(getTranslation("equity.discharge"))
                .setAutoWidth(true).setKey("discharge");
        results = equity.results();
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("arsredovisning/" + e.getItem().year())));
        se.samordnaren.ui.GridLinks.openOnEnter(grid, r -> getUI().ifPresent(ui -> ui.navigate("arsredovisning/" + r.year())));
        EmptyState.show(grid, getTranslation("equity.results.empty"));
        add(grid);
    }

    private Component decisionCell(AnnualResultRow row) {
        if (row.decidedAt() != null) {
            return EquityUi.paragraphLink(row.decidedAt());
        }
        return new Span(row.note() == null ? getTranslation("equity.noDecision") : row.note());
    }

    /** "Beviljad av alla" or "1 saknas" in words, with the counts. */
    Component dischargeCell(AnnualResultRow row) {
        int all = row.dischargesGranted() + row.dischargesRefused() + row.dischargesOutstanding();
        if (row.dischargesOutstanding() > 0) {
            return new Badge(getTranslation("equity.discharge.outstandingCount", row.dischargesOutstanding(), all),
                    Badge.Tone.WARNING);
        }
        if (row.dischargesRefused() > 0) {
            return new Badge(getTranslation("equity.discharge.refusedCount", row.dischargesRefused(), all),
                    Badge.Tone.ERROR);
        }
        return new Badge(getTranslation("equity.discharge.allGranted"), Badge.Tone.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("equity.results.title");
    }
}
