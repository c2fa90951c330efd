package se.samordnaren.ui;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables to .xlsx, read back with POI: real numbers with the kr format, real dates, Swedish headers, a title row. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExcelExportTest {

    record Line(String name, BigDecimal amount, BigDecimal share, LocalDate decided, Integer count) {
    }

    private static final TableColumns<Line> COLUMNS = TableColumns.<Line>create()
            .text("Budgetpost", Line::name, l -> "budget/1")
            .money("Budget", Line::amount)
            .percent("Förbrukat", Line::share)
            .date("Beslutad", Line::decided)
            .number("Antal", Line::count);

    private static final List<Line> ROWS = List.of(
            new Line("Kansli", new BigDecimal("1400000.00"), new BigDecimal("75.8"), LocalDate.of(2021, 3, 19), 12),
            new Line("Övriga kostnader", new BigDecimal("-2400000.50"), null, null, null));

    private static Workbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void money_is_a_real_number_with_the_kr_format_and_dates_are_real_dates() throws IOException {
        try (Workbook book = read(ExcelExport.xlsx("Budget och utfall 2021", COLUMNS, ROWS))) {
            Sheet sheet = book.getSheetAt(0);
            Row kansli = sheet.getRow(3);

            Cell amount = kansli.getCell(1);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1_400_000d);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"kr\"");

            Cell share = kansli.getCell(2);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isEqualTo(0.758);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0%");

            Cell decided = kansli.getCell(3);
            assertThat(decided.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(decided)).isTrue();
            assertThat(decided.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 19));

            assertThat(kansli.getCell(4).getNumericCellValue()).isEqualTo(12d);
            assertThat(kansli.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(kansli.getCell(0).getStringCellValue()).isEqualTo("Kansli");

            Row other = sheet.getRow(4);
            assertThat(other.getCell(1).getNumericCellValue()).isEqualTo(-2_400_000.5d);
            assertThat(other.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(other.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void the_sheet_starts_with_the_title_and_the_swedish_headers() throws IOException {
        try (Workbook book = read(ExcelExport.xlsx("Budget och utfall 2021", COLUMNS, ROWS))) {
            Sheet sheet = book.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("Budget och utfall 2021");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Budget och utfall 2021");
            assertThat(sheet.getRow(2)).extracting(Cell::getStringCellValue)
                    .containsExactly("Budgetpost", "Budget", "Förbrukat", "Beslutad", "Antal");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        }
    }

    @Test
    void several_tables_become_several_sheets_with_names_excel_accepts() throws IOException {
        byte[] xlsx = ExcelExport.xlsx(List.of(
                new ExcelExport.SheetData<>("Eget kapital: historik och prognos 2019–2023 [alla år]", "Eget kapital", COLUMNS, ROWS),
                new ExcelExport.SheetData<>("Eget kapital: historik och prognos 2019–2023 [alla år]", "Igen", COLUMNS, List.of())));
        try (Workbook book = read(xlsx)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain(":", "[", "]");
            assertThat(book.getSheetAt(1).getSheetName()).hasSizeLessThanOrEqualTo(31).endsWith("(2)");
            assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(2);
        }
    }
}
