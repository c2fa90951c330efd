package se.samordnaren.initiative;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.samordnaren.initiative.InitiativeDetail.CoFinancing;
import se.samordnaren.initiative.InitiativeDetail.GrantYear;
import se.samordnaren.initiative.InitiativeDetail.LedgerRow;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Formats;

import java.util.function.Consumer;

/**
 * The "Pengar" tab: granted money per year, the change decisions, the whole ledger with each row's deciding §, and
 * the co-financing (which the förbundschef and the ekonom add and remove here).
 */
class MoneyTab extends VerticalLayout {

    final Grid<GrantYear> yearsGrid = new Grid<>();
    final Grid<LedgerRow> ledgerGrid = new Grid<>();
    final Grid<CoFinancing> coFinancingGrid = new Grid<>();
    final Button addCoFinancing = new Button();
    private final Div changes = new Div();
    private final Span noCoFinancing = new Span();
    private final Component changesTitle;

    /** {@code mayRecordMoney}: co-financing can be added ({@code add}) and removed ({@code delete}). */
    MoneyTab(boolean mayRecordMoney, Runnable add, Consumer<CoFinancing> delete) {
        setPadding(false);
        configureYears();
        configureLedger();
        configureCoFinancing(mayRecordMoney, delete);
        changes.addClassName("card-list");
        changesTitle = InitiativeUi.sectionTitle(this, "initiative.money.changes");
        noCoFinancing.setText(getTranslation("initiative.money.noCoFinancing"));
        addCoFinancing.setText(getTranslation("initiative.money.addCoFinancing"));
        addCoFinancing.setIcon(VaadinIcon.PLUS.create());
        addCoFinancing.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        addCoFinancing.addClickListener(e -> add.run());
        addCoFinancing.setVisible(mayRecordMoney);
        add(InitiativeUi.sectionTitle(this, "initiative.money.perYear"), yearsGrid, changesTitle, changes,
                InitiativeUi.sectionTitle(this, "initiative.money.ledger"), ledgerGrid,
                InitiativeUi.sectionTitle(this, "initiative.money.coFinancing"), noCoFinancing, coFinancingGrid,
                addCoFinancing);
    }

    void show(InitiativeDetail detail) {
        yearsGrid.setItems(detail.grantYears());
        yearsGrid.getColumnByKey("granted").setFooter(Formats.money(detail.grantedTotal()));
        yearsGrid.getColumnByKey("year").setFooter(getTranslation("initiative.money.total"));
        ledgerGrid.setItems(detail.ledger());
        coFinancingGrid.setItems(detail.coFinancing());
        coFinancingGrid.setVisible(!detail.coFinancing().isEmpty());
        noCoFinancing.setVisible(detail.coFinancing().isEmpty());
        changes.removeAll();
        detail.changes().forEach(change -> changes.add(changeCard(change)));
        changesTitle.setVisible(!detail.changes().isEmpty());
        changes.setVisible(!detail.changes().isEmpty());
    }

    private Div changeCard(LedgerRow change) {
        boolean freed = change.amount().signum() < 0;
        Span summary = new Span(getTranslation(change.kind().translationKey()) + " " + change.year() + ": "
                + getTranslation(freed ? "initiative.money.freedAmount" : "initiative.money.addedAmount",
                Formats.money(change.amount())));
        summary.addClassNames("change-summary", "money", freed ? "freed" : "added");
        Div card = new Div(summary);
        card.addClassName("item-card");
        if (change.decision() != null) {
            card.add(new Span(" · "), InitiativeUi.paragraphLink(change.decision()));
        }
        Paragraph after = new Paragraph(getTranslation("initiative.money.after") + ": "
                + Formats.money(change.totalBefore()) + " → " + Formats.money(change.totalAfter())
                + (change.note() == null ? "" : " · " + change.note()));
        after.addClassName("sub-label");
        card.add(after);
        return card;
    }

    private void configureYears() {
        yearsGrid.addColumn(y -> String.valueOf(y.year())).setHeader(getTranslation("initiative.money.year")).setKey("year");
        yearsGrid.addColumn(y -> Formats.money(y.grantedTotal())).setHeader(getTranslation("initiative.money.granted"))
                .setTextAlign(ColumnTextAlign.END).setKey("granted");
        yearsGrid.addColumn(y -> Formats.money(y.originallyGranted())).setHeader(getTranslation("initiative.money.original"))
                .setTextAlign(ColumnTextAlign.END).setKey("original");
        yearsGrid.addColumn(y -> y.added().signum() == 0 ? "" : Formats.money(y.added()))
                .setHeader(getTranslation("initiative.money.added")).setTextAlign(ColumnTextAlign.END).setKey("added");
        yearsGrid.addColumn(y -> y.freed().signum() == 0 ? "" : Formats.money(y.freed().negate()))
                .setHeader(getTranslation("initiative.money.freed")).setTextAlign(ColumnTextAlign.END).setKey("freed");
        yearsGrid.setAllRowsVisible(true);
        yearsGrid.addThemeVariants(GridVariant.ROW_STRIPES);
        EmptyState.show(yearsGrid, getTranslation("initiative.noGrants"));
    }

    private void configureLedger() {
        ledgerGrid.addColumn(r -> Formats.date(r.decidedOn())).setHeader(getTranslation("initiative.timeline.date"))
                .setAutoWidth(true).setFlexGrow(0).setKey("date");
        ledgerGrid.addColumn(r -> String.valueOf(r.year())).setHeader(getTranslation("initiative.money.year"))
                .setAutoWidth(true).setFlexGrow(0).setKey("year");
        ledgerGrid.addColumn(r -> getTranslation(r.kind().translationKey())).setHeader(getTranslation("initiative.money.kind"))
                .setAutoWidth(true).setKey("kind");
        ledgerGrid.addComponentColumn(r -> InitiativeUi.money(r.amount())).setHeader(getTranslation("initiative.money.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("amount");
        ledgerGrid.addComponentColumn(this::decisionCell).setHeader(getTranslation("initiative.money.decidedAt"))
                .setFlexGrow(2).setKey("decision");
        ledgerGrid.addColumn(r -> Formats.money(r.totalAfter())).setHeader(getTranslation("initiative.money.after"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("after");
        ledgerGrid.setAllRowsVisible(true);
        ledgerGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        EmptyState.show(ledgerGrid, getTranslation("initiative.noGrants"));
    }

    private Component decisionCell(LedgerRow row) {
        if (row.decision() != null) {
            return InitiativeUi.paragraphLink(row.decision());
        }
        Div cell = new Div(new Span(getTranslation("initiative.money.opening", Formats.date(row.decidedOn()))));
        if (row.openingReference() != null) {
            cell.add(InitiativeUi.subLabel(row.openingReference()));
        }
        return cell;
    }

    private void configureCoFinancing(boolean mayRecordMoney, Consumer<CoFinancing> delete) {
        coFinancingGrid.addColumn(c -> c.source() == CoFinancingSource.ESF ? getTranslation(c.source().translationKey())
                : c.sourceName()).setHeader(getTranslation("initiative.money.source")).setKey("source");
        coFinancingGrid.addColumn(c -> String.valueOf(c.year())).setHeader(getTranslation("initiative.money.year"))
                .setAutoWidth(true).setFlexGrow(0).setKey("year");
        coFinancingGrid.addColumn(c -> Formats.money(c.amount())).setHeader(getTranslation("initiative.money.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("amount");
        coFinancingGrid.addColumn(CoFinancing::note).setHeader(getTranslation("initiative.money.note")).setFlexGrow(2)
                .setKey("note");
        if (mayRecordMoney) {
            ActionsColumn.add(coFinancingGrid, c -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> delete.accept(c));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
                remove.setAriaLabel(getTranslation("action.delete"));
                return remove;
            }).setKey("actions");
        }
        coFinancingGrid.setAllRowsVisible(true);
        coFinancingGrid.addThemeVariants(GridVariant.ROW_STRIPES);
    }
}
