package se.samordnaren.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Tables to Excel (.xlsx, Apache POI): a title row, the column headers, then one row per record with real numbers
 * (money with the number format {@value #MONEY_FORMAT}, which a Swedish Excel shows as "1 400 000 kr"), real dates
 * ({@value #DATE_FORMAT}) and percentages as fractions. The columns are the same {@link TableColumns} the screen's
 * grid uses, so the file says what the screen says. {@link #downloadLink} is the "Exportera till Excel" link.
 */
public final class ExcelExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Excel stores number formats in its neutral syntax; "," is the grouping the reader's Excel shows (a space in Swedish). */
    public static final String MONEY_FORMAT = "#,##0 \"kr\"";
    public static final String NUMBER_FORMAT = "#,##0";
    public static final String PERCENT_FORMAT = "0%";
    public static final String DATE_FORMAT = "yyyy-mm-dd";

    /** One sheet: its name (at most 31 characters in Excel), title row, columns and rows. */
    public record SheetData<T>(String name, String title, TableColumns<T> columns, List<T> rows) {
    }

    private ExcelExport() {
    }

    /** One table as a workbook of one sheet. */
    public static <T> byte[] xlsx(String title, TableColumns<T> columns, List<T> rows) {
        return xlsx(List.of(new SheetData<>(title, title, columns, rows)));
    }

    /** Several tables, one sheet each. */
    public static byte[] xlsx(List<SheetData<?>> sheets) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (SheetData<?> sheet : sheets) {
                write(workbook, styles, sheet);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A link that downloads the file the supplier makes when it is clicked (Vaadin's DownloadHandler; the bytes are
     * made per click, from what the view already shows).
     */
    public static Anchor downloadLink(String text, String fileName, SerializableSupplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, CONTENT_TYPE, bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        link.addClassName("excel-export");
        return link;
    }

    private static <T> void write(Workbook workbook, Styles styles, SheetData<T> data) {
        Sheet sheet = workbook.createSheet(uniqueName(workbook, data.name()));
        List<TableColumns.Column<T>> columns = data.columns().columns();
        int[] widths = new int[columns.size()];

        Row titleRow = sheet.createRow(0);
        Cell title = titleRow.createCell(0);
        title.setCellValue(data.title());
        title.setCellStyle(styles.title);
        titleRow.setHeightInPoints(22);
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        }

        Row header = sheet.createRow(2);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header(columns.get(c).kind()));
            widths[c] = columns.get(c).header().length();
        }
        int r = 3;
        for (T record : data.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                TableColumns.Column<T> column = columns.get(c);
                Object value = column.valueOf(record);
                Cell cell = row.createCell(c);
                if (value != null) {
                    set(cell, column.kind(), value, styles);
                }
                widths[c] = Math.max(widths[c], column.display(record).length());
            }
        }
        sheet.createFreezePane(0, 3);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, widths[c] + 3) * 256);
        }
    }

    private static void set(Cell cell, TableColumns.Kind kind, Object value, Styles styles) {
        switch (kind) {
            case TEXT -> cell.setCellValue(value.toString());
            case MONEY -> {
                cell.setCellValue(TableColumns.Column.decimal(value).doubleValue());
                cell.setCellStyle(styles.money);
            }
            case NUMBER -> {
                cell.setCellValue(TableColumns.Column.decimal(value).doubleValue());
                cell.setCellStyle(styles.number);
            }
            case PERCENT -> {
                cell.setCellValue(TableColumns.Column.decimal(value).movePointLeft(2).doubleValue());
                cell.setCellStyle(styles.percent);
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
        }
    }

    private static String uniqueName(Workbook workbook, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Blad" : wanted);
        String name = base;
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The cell styles of one workbook (Excel limits their number: made once, shared by every cell). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle headerLeft;
        final CellStyle headerRight;
        final CellStyle money;
        final CellStyle number;
        final CellStyle percent;
        final CellStyle date;

        Styles(Workbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerLeft = workbook.createCellStyle();
            headerLeft.setFont(bold);
            headerLeft.setBorderBottom(BorderStyle.THIN);
            headerRight = workbook.createCellStyle();
            headerRight.cloneStyleFrom(headerLeft);
            headerRight.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat(MONEY_FORMAT));
            number = workbook.createCellStyle();
            number.setDataFormat(format.getFormat(NUMBER_FORMAT));
            percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat(PERCENT_FORMAT));
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat(DATE_FORMAT));
        }

        CellStyle header(TableColumns.Kind kind) {
            return kind == TableColumns.Kind.TEXT || kind == TableColumns.Kind.DATE ? headerLeft : headerRight;
        }
    }
}
