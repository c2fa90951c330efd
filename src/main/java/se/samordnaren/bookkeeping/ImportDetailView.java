package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Lazy;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * One import: who imported which file and when, whether it is still in force, the file itself for download, what its
 * rows add up to per budget item (and what is no actual), and the rows themselves, page by page, filtered by item.
 */
@Route("utfall/import/:importId([0-9]{1,18})")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/bookkeeping.css")
class ImportDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "importId";

    private final BookkeepingImportService imports;

    ImportDetail detail;
    final Div header = new Div();
    final Grid<ItemTotal> totals = new Grid<>();
    final Div notActuals = new Div();
    final ComboBox<ItemTotal> itemFilter = new ComboBox<>();
    final Grid<ImportedRow> rows = new Grid<>();
    Anchor download;
    /** "Exportera till Excel": the totals per budget item of this import. */
    final Anchor excelExport;

    ImportDetailView(BookkeepingImportService imports) {
        this.imports = imports;
        setWidthFull();
        setMaxWidth("1400px");
        addClassName("import-detail");

        totals.addColumn(ItemTotal::itemName).setHeader(getTranslation("bookkeeping.actuals.item"));
        totals.addColumn(ItemTotal::rows).setHeader(getTranslation("bookkeeping.import.rowsColumn"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        totals.addComponentColumn(t -> BookkeepingUi.amount(t.amount()))
                .setHeader(getTranslation("bookkeeping.rows.actual")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        totals.setAllRowsVisible(true);
        totals.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        totals.addItemClickListener(e -> itemFilter.setValue(e.getItem()));

        itemFilter.setLabel(getTranslation("bookkeeping.detail.filter"));
        itemFilter.setItemLabelGenerator(ItemTotal::itemName);
        itemFilter.setClearButtonVisible(true);
        itemFilter.setPlaceholder(getTranslation("bookkeeping.detail.allRows"));
        itemFilter.addValueChangeListener(e -> rows.getDataProvider().refreshAll());

        rows.addColumn(ImportedRow::lineNo).setHeader(getTranslation("bookkeeping.rows.line")).setAutoWidth(true)
                .setFlexGrow(0).setSortProperty("line");
        rows.addColumn(row -> Formats.date(row.bookedOn())).setHeader(getTranslation("bookkeeping.rows.date"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("date");
        rows.addColumn(ImportedRow::voucher).setHeader(getTranslation("bookkeeping.rows.voucher")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(row -> row.accountName() == null ? row.account() : row.account() + " " + row.accountName())
                .setHeader(getTranslation("bookkeeping.rows.account")).setAutoWidth(true).setSortProperty("account");
        rows.addColumn(row -> BookkeepingUi.objects(row.objects())).setHeader(getTranslation("bookkeeping.rows.objects"))
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportedRow::description).setHeader(getTranslation("bookkeeping.rows.text")).setFlexGrow(2);
        rows.addComponentColumn(row -> BookkeepingUi.amount(row.amount()))
                .setHeader(getTranslation("bookkeeping.rows.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("amount");
        rows.addColumn(row -> row.itemName() != null ? row.itemName()
                        : getTranslation(row.account().matches("[12].*") ? "bookkeeping.rows.balanceAccount"
                        : "bookkeeping.rows.ignored"))
                .setHeader(getTranslation("bookkeeping.rows.item")).setAutoWidth(true);
        rows.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT);
        rows.setHeight("32em");
        Lazy.items(rows, page -> detail == null ? java.util.List.of() : imports.rows(filter(), page));
        EmptyState.show(rows, getTranslation("bookkeeping.detail.noRows"));

        H2 perItem = new H2(getTranslation("bookkeeping.import.perItem"));
        H2 allRows = new H2(getTranslation("bookkeeping.detail.rows"));
        excelExport = BookkeepingExcel.link(this, getTranslation("bookkeeping.detail.title"),
                () -> BookkeepingExcel.importTotals(this, detail));
        add(header, perItem, excelExport, totals, notActuals, allRows, itemFilter, rows);
    }

    RowFilter filter() {
        ItemTotal item = itemFilter.getValue();
        return RowFilter.ofImport(detail.summary().id(), item == null ? null : item.itemId());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ImportDetail> found = event.getRouteParameters().getLong(PARAMETER).flatMap(imports::detail);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(ImportDetail loaded) {
        detail = loaded;
        ImportSummary s = detail.summary();
        header.removeAll();
        Anchor back = new Anchor("utfall", "← " + getTranslation("bookkeeping.detail.back"));
        back.addClassName("sub-label");
        Div title = new Div(new H1(s.fileName()), BookkeepingUi.state(this, s));
        title.addClassName("detail-title");
        header.add(back, title);
        if (detail.replacedBy() != null) {
            Div replaced = new Div(new Span(getTranslation("bookkeeping.detail.replacedBy") + " "),
                    new Anchor(BookkeepingUi.importHref(detail.replacedBy().id()), detail.replacedBy().fileName()),
                    new Span(" (" + Formats.dateTime(detail.replacedBy().importedAt()) + ")"));
            replaced.addClassName("import-replaces");
            header.add(replaced);
        }
        Div facts = new Div();
        facts.addClassName("import-facts");
        ImportView.fact(facts, "bookkeeping.import.importedAt", Formats.dateTime(s.importedAt()) + ", "
                + s.importedBy());
        ImportView.fact(facts, "bookkeeping.import.format", getTranslation("bookkeeping.format." + s.format().name()));
        if (s.program() != null) {
            ImportView.fact(facts, "bookkeeping.import.program", s.program());
        }
        if (s.company() != null) {
            ImportView.fact(facts, "bookkeeping.import.company", s.company());
        }
        ImportView.fact(facts, "bookkeeping.import.period", BookkeepingUi.period(s.periodStart(), s.periodEnd()));
        ImportView.fact(facts, "bookkeeping.import.vouchers", String.valueOf(s.vouchers()));
        ImportView.fact(facts, "bookkeeping.import.rows", String.valueOf(s.rowCount()));
        ImportView.fact(facts, "bookkeeping.detail.file", getTranslation("bookkeeping.detail.size",
                Formats.number(java.math.BigDecimal.valueOf(detail.sizeBytes()))) + ", SHA-256 "
                + detail.sha256().substring(0, 12) + "…");
        long id = s.id();
        download = new Anchor(DownloadHandler.fromInputStream(event -> imports.file(id)
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length))
                .orElseGet(() -> DownloadResponse.error(404))), AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("bookkeeping.detail.download")));
        download.addClassName("download-link");
        header.add(facts, download);
        if (!detail.warnings().isEmpty()) {
            Div warnings = new Div(new Span(getTranslation("bookkeeping.import.warnings")));
            warnings.addClassName("import-warnings");
            UnorderedList list = new UnorderedList();
            detail.warnings().forEach(w -> list.add(new ListItem(w)));
            warnings.add(list);
            header.add(warnings);
        }
        totals.setItems(detail.totals());
        itemFilter.setItems(detail.totals());
        notActuals.removeAll();
        notActuals.add(ImportView.notActuals(detail.ignored(), detail.balance()));
        rows.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("bookkeeping.detail.title")
                : detail.summary().fileName() + " – " + getTranslation("bookkeeping.detail.title");
    }
}
