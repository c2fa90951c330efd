package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.util.List;
import java.util.Map;

/**
 * "Kolumner i filen": how to read the CSV or Excel exports of one format, chosen once with the file's first rows in
 * view and kept for every later file of that format. The first time, the choice is guessed from the headings.
 */
class ColumnMappingDialog extends FormDialog<Void> {

    private static final Map<Character, String> DELIMITERS = Map.of(';', "bookkeeping.columns.semicolon",
            ',', "bookkeeping.columns.comma", '\t', "bookkeeping.columns.tab", '|', "bookkeeping.columns.bar");

    final ComboBox<Character> delimiter = new ComboBox<>(getTranslation("bookkeeping.columns.delimiter"));
    final IntegerField headerRow = Fields.integer("bookkeeping.columns.headerRow", 0, 1000);
    final Checkbox decimalComma = new Checkbox(getTranslation("bookkeeping.columns.decimalComma"));
    final ComboBox<ColumnSettings.Column> date = column("bookkeeping.columns.date");
    final ComboBox<ColumnSettings.Column> account = column("bookkeeping.columns.account");
    final RadioButtonGroup<Boolean> debitCredit = new RadioButtonGroup<>(getTranslation("bookkeeping.columns.amountKind"));
    final ComboBox<ColumnSettings.Column> amount = column("bookkeeping.columns.amount");
    final ComboBox<ColumnSettings.Column> debit = column("bookkeeping.columns.debit");
    final ComboBox<ColumnSettings.Column> credit = column("bookkeeping.columns.credit");
    final ComboBox<ColumnSettings.Column> text = column("bookkeeping.columns.text");
    final ComboBox<ColumnSettings.Column> object = column("bookkeeping.columns.object");
    final IntegerField objectDimension = Fields.integer("bookkeeping.columns.objectDimension", 1, 999);
    final ComboBox<ColumnSettings.Column> voucher = column("bookkeeping.columns.voucher");
    final Grid<TableSample.Row> sampleGrid = new Grid<>();

    private final BookkeepingImportService imports;
    private final ImportFormat format;
    private final byte[] content;
    private final Integer version;
    private TableSample sample;

    ColumnMappingDialog(BookkeepingImportService imports, ImportFormat format, byte[] content, ColumnMapping saved) {
        super("bookkeeping.columns.title");
        this.imports = imports;
        this.format = format;
        this.content = content;
        this.version = saved == null ? null : saved.version();
        setWidth("min(1100px, 98vw)");
        Paragraph help = new Paragraph(getTranslation(format == ImportFormat.CSV ? "bookkeeping.columns.helpCsv"
                : "bookkeeping.columns.helpXlsx"));
        help.addClassName("view-description");

        ColumnSettings start = saved == null ? null : saved.settings();
        sample = imports.sample(content, start == null || format != ImportFormat.CSV ? null : start.delimiterChar(),
                start == null ? null : start.headerRow());
        ColumnSettings settings = start == null ? sample.guess() : start;

        delimiter.setItems(';', ',', '\t', '|');
        delimiter.setItemLabelGenerator(c -> getTranslation(DELIMITERS.get(c)));
        delimiter.setVisible(format == ImportFormat.CSV);
        delimiter.setValue(settings.delimiterChar());
        headerRow.setValue(settings.headerRow());
        headerRow.setHelperText(getTranslation("bookkeeping.columns.headerRowHelp"));
        decimalComma.setValue(settings.decimalComma());
        debitCredit.setItems(false, true);
        debitCredit.setItemLabelGenerator(both -> getTranslation(both ? "bookkeeping.columns.debitCredit"
                : "bookkeeping.columns.signed"));
        debitCredit.addValueChangeListener(e -> showAmountKind());
        objectDimension.setValue(settings.objectDimension());
        objectDimension.setHelperText(getTranslation("bookkeeping.columns.objectDimensionHelp"));
        showColumns(settings);
        debitCredit.setValue(settings.debitCredit());
        delimiter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                resample();
            }
        });
        headerRow.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                resample();
            }
        });

        sampleGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.COLUMN_BORDERS);
        sampleGrid.setAllRowsVisible(true);
        sampleGrid.addClassName("column-sample");
        showSample();

        wide(help);
        form().add(delimiter, headerRow, decimalComma, new com.vaadin.flow.component.html.Span(), date, account);
        wide(debitCredit);
        form().add(amount, debit, credit, text, object, objectDimension, voucher);
        wide(sampleGrid);
        successMessage("bookkeeping.columns.saved");
    }

    private ComboBox<ColumnSettings.Column> column(String labelKey) {
        ComboBox<ColumnSettings.Column> box = new ComboBox<>(getTranslation(labelKey));
        box.setItemLabelGenerator(ColumnSettings.Column::label);
        box.setClearButtonVisible(true);
        return box;
    }

    private List<ComboBox<ColumnSettings.Column>> columnFields() {
        return List.of(date, account, amount, debit, credit, text, object, voucher);
    }

    /** Reads the first rows again with the delimiter and heading row now chosen; keeps the columns by position. */
    private void resample() {
        ColumnSettings current = settings();
        sample = imports.sample(content, format == ImportFormat.CSV ? delimiter.getValue() : null,
                headerRow.getValue() == null ? 0 : headerRow.getValue());
        showColumns(current);
        showSample();
    }

    private void showColumns(ColumnSettings settings) {
        List<ColumnSettings.Column> columns = sample.columns();
        ColumnSettings.Column[] chosen = {settings.date(), settings.account(), settings.amount(), settings.debit(),
                settings.credit(), settings.text(), settings.object(), settings.voucher()};
        List<ComboBox<ColumnSettings.Column>> fields = columnFields();
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setItems(columns);
            ColumnSettings.Column wanted = chosen[i];
            fields.get(i).setValue(wanted == null ? null : columns.stream()
                    .filter(c -> wanted.header() != null && wanted.header().equalsIgnoreCase(c.header()))
                    .findFirst()
                    .orElse(columns.stream().filter(c -> c.index() == wanted.index()).findFirst().orElse(null)));
        }
    }

    private void showAmountKind() {
        boolean both = Boolean.TRUE.equals(debitCredit.getValue());
        amount.setVisible(!both);
        debit.setVisible(both);
        credit.setVisible(both);
    }

    private void showSample() {
        sampleGrid.removeAllColumns();
        sampleGrid.addColumn(TableSample.Row::number).setHeader(getTranslation("bookkeeping.columns.row"))
                .setAutoWidth(true).setFlexGrow(0);
        for (ColumnSettings.Column column : sample.columns()) {
            sampleGrid.addColumn(row -> row.cell(column.index())).setHeader(column.label()).setAutoWidth(true);
        }
        sampleGrid.setItems(sample.rows());
    }

    ColumnSettings settings() {
        boolean both = Boolean.TRUE.equals(debitCredit.getValue());
        return new ColumnSettings(headerRow.getValue() == null ? 0 : headerRow.getValue(),
                String.valueOf(delimiter.getValue() == null ? ';' : delimiter.getValue()),
                decimalComma.getValue(), date.getValue(), account.getValue(), both ? null : amount.getValue(),
                both ? debit.getValue() : null, both ? credit.getValue() : null, text.getValue(), object.getValue(),
                objectDimension.getValue() == null ? ColumnSettings.DEFAULT_OBJECT_DIMENSION : objectDimension.getValue(),
                voucher.getValue());
    }

    @Override
    protected void submit() {
        ColumnSettings settings = settings();
        if (settings.date() == null || settings.account() == null
                || (settings.amount() == null && settings.debit() == null && settings.credit() == null)) {
            throw new UserFacingException("bookkeeping.columns.error.required");
        }
        imports.saveColumnMapping(new ColumnMapping(format, settings, version));
    }
}
