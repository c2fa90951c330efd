package se.samordnaren.testsupport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import se.samordnaren.ui.ExcelExport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an exported workbook back (Apache POI) for the tests of the "Exportera till Excel" links. */
public final class Workbooks {

    /** The row of the column headers in an ExcelExport sheet (title, empty row, headers). */
    public static final int HEADER_ROW = 2;

    private Workbooks() {
    }

    public static Workbook read(byte[] xlsx) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header texts of a sheet. */
    public static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(HEADER_ROW).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** The data row whose first cell reads {@code name} (or {@code name} and a fixture's tag after a space). */
    public static Row row(Sheet sheet, String name) {
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && (row.getCell(0).getStringCellValue().equals(name)
                    || row.getCell(0).getStringCellValue().startsWith(name + " "))) {
                return row;
            }
        }
        throw new AssertionError("no row " + name + " in sheet " + sheet.getSheetName());
    }

    /** Asserts a cell holds a real number with the kr format, and returns it. */
    public static double money(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(ExcelExport.MONEY_FORMAT);
        return cell.getNumericCellValue();
    }

    /** Asserts a cell holds a real date, and returns it. */
    public static java.time.LocalDate date(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /** Asserts the slot holds exactly the "Exportera till Excel" link, and returns it. */
    public static Anchor exportLink(Component slot) {
        List<Component> children = slot instanceof Anchor ? List.of(slot) : slot.getChildren().toList();
        assertThat(children).hasSize(1).first().isInstanceOf(Anchor.class);
        Anchor link = (Anchor) children.getFirst();
        assertThat(link.getElement().getTextRecursively()).isEqualTo("Exportera till Excel");
        assertThat(link.hasClassName("excel-export")).isTrue();
        assertThat(link.isVisible()).isTrue();
        return link;
    }
}
