package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Lazy;

/**
 * What is behind one figure of the actuals: the amount by hand (with its note; the förbundschef and the ekonom change
 * it here) and the bookkeeping rows of the current imports, page by page, each linked to its import.
 */
class FigureDialog extends Dialog {

    private final ActualsService actuals;
    private final BookkeepingImportService imports;
    private final boolean mayWrite;
    private final Runnable changed;
    private ActualsCell cell;

    final Div summary = new Div();
    final Button editButton = new Button();
    final Grid<ImportedRow> rows = new Grid<>();
    ManualEntryDialog manualDialog;

    FigureDialog(ActualsService actuals, BookkeepingImportService imports, ActualsCell cell, boolean mayWrite,
                 Runnable changed) {
        this.actuals = actuals;
        this.imports = imports;
        this.mayWrite = mayWrite;
        this.changed = changed;
        this.cell = cell;
        setHeaderTitle(getTranslation("bookkeeping.figure.title", cell.itemName(), Formats.monthName(cell.month()),
                String.valueOf(cell.year())));
        setWidth("min(1100px, 98vw)");
        addClassName("figure-dialog");

        summary.addClassName("figure-summary");
        editButton.setIcon(VaadinIcon.EDIT.create());
        editButton.addThemeVariants(ButtonVariant.SMALL);
        editButton.addClickListener(e -> {
            manualDialog = new ManualEntryDialog(actuals, this.cell);
            manualDialog.onSaved(this::reload);
            manualDialog.open();
        });
        editButton.setVisible(mayWrite);

        rows.addColumn(row -> Formats.date(row.bookedOn())).setHeader(getTranslation("bookkeeping.rows.date"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("date");
        rows.addColumn(ImportedRow::voucher).setHeader(getTranslation("bookkeeping.rows.voucher")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(row -> row.accountName() == null ? row.account() : row.account() + " " + row.accountName())
                .setHeader(getTranslation("bookkeeping.rows.account")).setAutoWidth(true).setSortProperty("account");
        rows.addColumn(row -> BookkeepingUi.objects(row.objects())).setHeader(getTranslation("bookkeeping.rows.objects"))
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportedRow::description).setHeader(getTranslation("bookkeeping.rows.text")).setFlexGrow(2);
        rows.addComponentColumn(row -> BookkeepingUi.amount(row.actual()))
                .setHeader(getTranslation("bookkeeping.rows.actual")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("amount");
        rows.addComponentColumn(row -> new Anchor(BookkeepingUi.importHref(row.importId()),
                        getTranslation("bookkeeping.rows.importLink", String.valueOf(row.importId()), row.lineNo())))
                .setHeader(getTranslation("bookkeeping.rows.source")).setAutoWidth(true).setFlexGrow(0);
        rows.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT);
        rows.setHeight("22em");
        Lazy.items(rows, page -> imports.rows(RowFilter.ofFigure(this.cell.itemId(), this.cell.year(),
                this.cell.month()), page));
        EmptyState.show(rows, getTranslation("bookkeeping.figure.noRows"));

        add(summary, new H3(getTranslation("bookkeeping.figure.rows")), rows);
        Button close = new Button(getTranslation("bookkeeping.action.close"), e -> close());
        getFooter().add(close);
        showSummary();
    }

    private void reload() {
        cell = actuals.cell(cell.itemId(), cell.year(), cell.month()).orElseThrow();
        showSummary();
        rows.getDataProvider().refreshAll();
        changed.run();
    }

    private void showSummary() {
        summary.removeAll();
        Div total = line("bookkeeping.figure.total", Formats.money(cell.total()));
        total.addClassName("figure-total");
        ManualEntry manual = cell.manual();
        String byHand = manual == null ? getTranslation("bookkeeping.figure.noManual")
                : Formats.money(manual.amount()) + (manual.note() == null ? "" : " (" + manual.note() + ")");
        Div hand = line("bookkeeping.figure.manual", byHand);
        editButton.setText(getTranslation(manual == null ? "bookkeeping.figure.addManual" : "bookkeeping.figure.editManual"));
        hand.add(editButton);
        Div imported = line("bookkeeping.figure.imported", getTranslation("bookkeeping.figure.importedRows",
                Formats.money(cell.imported().amount()), cell.imported().rows()));
        summary.add(total, hand, imported);
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Span text = new Span(value);
        text.addClassName("figure-value");
        Div line = new Div(label, text);
        line.addClassName("figure-line");
        return line;
    }

    ActualsCell cell() {
        return cell;
    }
}
