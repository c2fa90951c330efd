package se.samordnaren.bookkeeping;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet of an Excel workbook (.xlsx, Apache POI) as a {@link Table}, with Excel's own types: numbers stay
 * numbers, cells formatted as dates are dates, formulas give their saved result. Rows are numbered as Excel shows them.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static Table read(byte[] bytes) throws BookkeepingFileException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BookkeepingFileException("Excelfilen har inga blad.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Table.Cell> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    cells.add(cell(row.getCell(column)));
                }
                rows.add(new Table.Row(row.getRowNum() + 1, cells));
            }
            return new Table(rows, "Excel");
        } catch (BookkeepingFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // POI refuses a damaged or encrypted file, an old .xls or a zip bomb with its own exception types.
            throw new BookkeepingFileException("Filen går inte att läsa som Excel-arbetsbok (.xlsx): den är skadad,"
                    + " lösenordsskyddad eller i ett annat format (spara den som .xlsx eller CSV).");
        }
    }

    private static Table.Cell cell(Cell cell) {
        if (cell == null) {
            return Table.Cell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new Table.Date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : new Table.Number(cell.getNumericCellValue());
            case STRING -> new Table.Text(cell.getRichStringCellValue().getString());
            case BOOLEAN -> new Table.Text(String.valueOf(cell.getBooleanCellValue()));
            default -> Table.Cell.BLANK;
        };
    }
}
