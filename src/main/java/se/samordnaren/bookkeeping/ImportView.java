package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.util.List;

/**
 * Importera bokföring: upload a SIE, CSV or Excel file, see what it would import (program, company, period, vouchers,
 * rows, totals per budget item, accounts no rule places — placed right here —, warnings, the import it replaces) and
 * save it in one go; below, the earlier imports. Nothing is saved before "Spara importen".
 */
@Route("utfall/import")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
@StyleSheet("styles/bookkeeping.css")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final BookkeepingImportService imports;
    private final AccountMappingService mapping;

    final BookkeepingUpload upload;
    final Div preview = new Div();
    final Button saveButton = new Button();
    final Button cancelButton = new Button();
    final Button columnsButton = new Button();
    final Grid<UnmappedAccount> unmappedGrid = new Grid<>();
    final Grid<ItemTotal> totalsGrid = new Grid<>();
    final Grid<ImportSummary> history = new Grid<>();
    String pendingName;
    byte[] pendingContent;
    ImportPreview shown;
    ColumnMappingDialog columnsDialog;
    MappingRuleDialog ruleDialog;

    ImportView(BookkeepingImportService imports, AccountMappingService mapping) {
        this.imports = imports;
        this.mapping = mapping;
        setWidthFull();
        setMaxWidth("1200px");
        addClassName("import-view");

        Button actualsButton = new Button(getTranslation("bookkeeping.import.toActuals"),
                e -> getUI().ifPresent(ui -> ui.navigate(ActualsView.class)));
        Button mappingButton = new Button(getTranslation("bookkeeping.actuals.mapping"), VaadinIcon.LIST.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AccountMappingView.class)));
        add(new ViewHeader(getTranslation("bookkeeping.import.title"), getTranslation("bookkeeping.import.description")),
                new FilterBar(actualsButton, mappingButton));

        upload = new BookkeepingUpload(this::receive);
        upload.setWidthFull();
        Paragraph limits = new Paragraph(getTranslation("bookkeeping.upload.limits",
                BookkeepingImportService.MAX_BYTES / (1024 * 1024)));
        limits.addClassName("view-description");
        add(upload, limits);

        saveButton.setText(getTranslation("bookkeeping.import.save"));
        saveButton.setIcon(VaadinIcon.CHECK.create());
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.setDisableOnClick(true);
        saveButton.addClickListener(e -> save());
        cancelButton.setText(getTranslation("bookkeeping.import.discard"));
        cancelButton.addClickListener(e -> discard());
        columnsButton.setText(getTranslation("bookkeeping.import.columns"));
        columnsButton.setIcon(VaadinIcon.TABLE.create());
        columnsButton.addClickListener(e -> openColumns());

        // The button first: on a phone it is in view without scrolling sideways.
        ActionsColumn.add(unmappedGrid, this::placeButton);
        unmappedGrid.addColumn(UnmappedAccount::account).setHeader(getTranslation("bookkeeping.rows.account"))
                .setAutoWidth(true).setFlexGrow(0);
        unmappedGrid.addColumn(UnmappedAccount::name).setHeader(getTranslation("bookkeeping.mapping.name"));
        unmappedGrid.addColumn(UnmappedAccount::rows).setHeader(getTranslation("bookkeeping.import.rowsColumn"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        unmappedGrid.addComponentColumn(a -> BookkeepingUi.amount(a.amount()))
                .setHeader(getTranslation("bookkeeping.rows.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        unmappedGrid.addColumn(a -> BookkeepingUi.objectLabels(a.objects()))
                .setHeader(getTranslation("bookkeeping.rows.objects"));
        unmappedGrid.setAllRowsVisible(true);
        unmappedGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);

        totalsGrid.addColumn(ItemTotal::itemName).setHeader(getTranslation("bookkeeping.actuals.item"));
        totalsGrid.addColumn(t -> getTranslation("bookkeeping.direction." + t.direction().name()))
                .setHeader(getTranslation("bookkeeping.import.direction")).setAutoWidth(true).setFlexGrow(0);
        totalsGrid.addColumn(ItemTotal::rows).setHeader(getTranslation("bookkeeping.import.rowsColumn"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        totalsGrid.addComponentColumn(t -> BookkeepingUi.amount(t.amount()))
                .setHeader(getTranslation("bookkeeping.rows.actual")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        totalsGrid.setAllRowsVisible(true);
        totalsGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);

        preview.addClassName("import-preview");
        preview.setWidthFull();
        preview.setVisible(false);
        add(preview);

        H2 earlier = new H2(getTranslation("bookkeeping.import.history"));
        earlier.addClassName("section-title");
        history.addColumn(s -> Formats.dateTime(s.importedAt())).setHeader(getTranslation("bookkeeping.import.importedAt"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("importedAt");
        history.addComponentColumn(s -> new Anchor(BookkeepingUi.importHref(s.id()), s.fileName()))
                .setHeader(getTranslation("bookkeeping.import.file")).setFlexGrow(2).setSortProperty("fileName");
        history.addColumn(s -> BookkeepingUi.period(s.periodStart(), s.periodEnd()))
                .setHeader(getTranslation("bookkeeping.import.period")).setAutoWidth(true).setSortProperty("period");
        history.addColumn(ImportSummary::rowCount).setHeader(getTranslation("bookkeeping.import.rowsColumn"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ImportSummary::importedBy).setHeader(getTranslation("bookkeeping.import.importedBy"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addComponentColumn(s -> BookkeepingUi.state(this, s)).setHeader(getTranslation("bookkeeping.import.state"))
                .setAutoWidth(true).setFlexGrow(0);
        Lazy.items(history, imports::imports);
        EmptyState.show(history, getTranslation("bookkeeping.import.noHistory"));
        history.addThemeVariants(GridVariant.ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.setPageSize(50);
        add(earlier, history);
    }

    /** A file arrived: keep it (not saved) and show what it would import. */
    void receive(String fileName, byte[] content) {
        pendingName = fileName;
        pendingContent = content;
        refresh();
        if (shown.needsColumns()) {
            openColumns();
        }
    }

    /** Reads the pending file again (after a rule or the columns changed) and shows the preview. */
    void refresh() {
        shown = imports.preview(pendingName, pendingContent);
        showPreview();
    }

    private void openColumns() {
        ImportFormat format = shown.format();
        if (ErrorHandling.run(this, () -> columnsDialog = new ColumnMappingDialog(imports, format, pendingContent,
                imports.columnMapping(format).orElse(null)))) {
            columnsDialog.onSaved(this::refresh);
            columnsDialog.open();
        }
    }

    private Button placeButton(UnmappedAccount account) {
        Button button = new Button(getTranslation("bookkeeping.import.place"), VaadinIcon.ARROW_RIGHT.create());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        button.setAriaLabel(getTranslation("bookkeeping.import.placeLabel", account.account()));
        button.addClickListener(e -> openRule(account));
        return button;
    }

    void openRule(UnmappedAccount account) {
        ruleDialog = new MappingRuleDialog(mapping, new MappingRule(null, account.account(), null, null, null, null,
                false, null), account.objects());
        ruleDialog.onSaved(this::refresh);
        ruleDialog.open();
    }

    private void showPreview() {
        preview.removeAll();
        preview.setVisible(true);
        ImportPreview p = shown;
        preview.add(new H2(getTranslation("bookkeeping.import.previewOf", p.fileName())));
        if (p.refusal() != null) {
            Div refusal = new Div(VaadinIcon.WARNING.create(),
                    new Span(getTranslation("bookkeeping.import.refusedTitle")), new Paragraph(p.refusal()));
            refusal.addClassName("import-refusal");
            refusal.getElement().setAttribute("role", "alert");
            preview.add(refusal, actions(false));
            return;
        }
        if (p.needsColumns()) {
            preview.add(new Paragraph(getTranslation("bookkeeping.import.needsColumns")), actions(false));
            return;
        }
        preview.add(facts(p));
        if (!p.replaces().isEmpty()) {
            Div replaces = new Div(new Span(getTranslation("bookkeeping.import.replaces")));
            replaces.addClassName("import-replaces");
            UnorderedList list = new UnorderedList();
            for (ImportSummary earlier : p.replaces()) {
                list.add(new ListItem(new Anchor(BookkeepingUi.importHref(earlier.id()), earlier.fileName()),
                        new Span(" " + getTranslation("bookkeeping.import.replacesDetail",
                                BookkeepingUi.period(earlier.periodStart(), earlier.periodEnd()),
                                Formats.dateTime(earlier.importedAt()), earlier.importedBy()))));
            }
            replaces.add(list);
            preview.add(replaces);
        }
        if (!p.warnings().isEmpty()) {
            Div warnings = new Div(new Span(getTranslation("bookkeeping.import.warnings")));
            warnings.addClassName("import-warnings");
            UnorderedList list = new UnorderedList();
            p.warnings().forEach(w -> list.add(new ListItem(w)));
            warnings.add(list);
            preview.add(warnings);
        }
        if (!p.unmapped().isEmpty()) {
            H3 title = new H3(getTranslation("bookkeeping.import.unmapped", p.unmapped().size()));
            Paragraph help = new Paragraph(getTranslation("bookkeeping.import.unmappedHelp"));
            help.addClassName("view-description");
            unmappedGrid.setItems(p.unmapped());
            Div box = new Div(title, help, unmappedGrid);
            box.addClassName("import-unmapped");
            preview.add(box);
        }
        preview.add(new H3(getTranslation("bookkeeping.import.perItem")));
        totalsGrid.setItems(p.totals());
        totalsGrid.setVisible(!p.totals().isEmpty());
        preview.add(totalsGrid);
        if (p.totals().isEmpty()) {
            preview.add(new Paragraph(getTranslation("bookkeeping.import.noItems")));
        }
        preview.add(notActuals(p.ignored(), p.balance()));
        preview.add(actions(p.canSave()));
    }

    private Div facts(ImportPreview p) {
        Div facts = new Div();
        facts.addClassName("import-facts");
        fact(facts, "bookkeeping.import.format", getTranslation("bookkeeping.format." + p.format().name())
                + (p.charset() == null ? "" : ", " + p.charset()));
        if (p.program() != null && !p.program().isBlank()) {
            fact(facts, "bookkeeping.import.program", p.program());
        }
        if (p.company() != null && !p.company().isBlank()) {
            fact(facts, "bookkeeping.import.company", p.company()
                    + (p.orgNumber() == null || p.orgNumber().isBlank() ? "" : " (" + p.orgNumber() + ")"));
        }
        fact(facts, "bookkeeping.import.period", BookkeepingUi.period(p.periodStart(), p.periodEnd()));
        fact(facts, "bookkeeping.import.vouchers", String.valueOf(p.vouchers()));
        fact(facts, "bookkeeping.import.rows", String.valueOf(p.rows()));
        return facts;
    }

    static void fact(Div facts, String labelKey, String value) {
        Span label = new Span(facts.getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        facts.add(fact);
    }

    /** Rows that are no actuals: left out by a rule, and balance-sheet accounts. */
    static Div notActuals(Total ignored, Total balance) {
        Div box = new Div();
        box.addClassName("not-actuals");
        if (!ignored.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("bookkeeping.import.ignored", ignored.rows(),
                    Formats.money(ignored.amount()))));
        }
        if (!balance.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("bookkeeping.import.balance", balance.rows(),
                    Formats.money(balance.amount()))));
        }
        return box;
    }

    private Component actions(boolean canSave) {
        saveButton.setEnabled(canSave);
        columnsButton.setVisible(shown.format() == ImportFormat.CSV || shown.format() == ImportFormat.XLSX);
        HorizontalLayout actions = new HorizontalLayout(saveButton, columnsButton, cancelButton);
        actions.addClassName("import-actions");
        actions.setWrap(true);
        if (!canSave && shown.refusal() == null && !shown.needsColumns() && !shown.unmapped().isEmpty()) {
            Span why = new Span(getTranslation("bookkeeping.import.placeFirst"));
            why.addClassName("sub-label");
            actions.add(why);
        }
        return actions;
    }

    /** Saves the pending file (the service reads it again and checks everything once more). */
    void save() {
        long[] saved = new long[1];
        if (ErrorHandling.run(this, () -> saved[0] = imports.save(pendingName, pendingContent))) {
            Notifications.success(this, "bookkeeping.import.saved", pendingName);
            pendingName = null;
            pendingContent = null;
            getUI().ifPresent(ui -> ui.navigate(ImportDetailView.class,
                    new RouteParameters(ImportDetailView.PARAMETER, String.valueOf(saved[0]))));
        } else {
            saveButton.setEnabled(true);
        }
    }

    private void discard() {
        pendingName = null;
        pendingContent = null;
        shown = null;
        preview.removeAll();
        preview.setVisible(false);
        upload.clearFileList();
    }

    List<ImportSummary> historyItems() {
        return history.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bookkeeping.import.title");
    }
}
