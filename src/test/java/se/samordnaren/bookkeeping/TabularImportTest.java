package se.samordnaren.bookkeeping;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.testsupport.DatabaseTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.ACTUAL_MONTHLY;
import static se.samordnaren.db.Tables.BOOKKEEPING_IMPORT;
import static se.samordnaren.db.Tables.BOOKKEEPING_ROW;
import static se.samordnaren.db.Tables.BUDGET_ITEM;

/**
 * CSV and Excel exports: the columns are picked once per format (guessed from the headings first) and reused; quoted
 * fields, decimal comma, real Excel numbers and dates are read exactly; a row that cannot be read refuses the file.
 */
@WithMockUser(username = "ekonom", roles = "EKONOM")
class TabularImportTest extends DatabaseTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired
    BookkeepingImportService imports;

    @BeforeEach
    void lund() {
        data.lundBudgetWithAccountRules();
    }

    static final String CSV = """
            Datum;Ver.nr;Konto;Text;Projekt;Belopp
            2021-03-05;12;5010 Lokalhyra;"Hyra ""mars""; kansliet på Södergatan";;15 000,00
            2021-03-10;13;6550;"Kreditnota
            konsult";EVI;"-1 234,50"
            2021-03-31;14;3011;Tilldelning Q1;;-875000
            ;;;Summa;;-861 234,50
            """;

    @Test
    void a_csv_file_gets_its_columns_guessed_from_the_headings_and_saved_once_for_the_format() {
        byte[] file = CSV.getBytes(WINDOWS_1252);

        ImportPreview first = imports.preview("huvudbok.csv", file);
        assertThat(first.format()).isEqualTo(ImportFormat.CSV);
        assertThat(first.needsColumns()).isTrue();
        assertThat(first.canSave()).isFalse();

        TableSample sample = imports.sample(file, null, null);
        ColumnSettings guess = sample.guess();
        assertThat(guess.headerRow()).isEqualTo(1);
        assertThat(guess.delimiter()).isEqualTo(";");
        assertThat(guess.decimalComma()).isTrue();
        assertThat(guess.date().label()).isEqualTo("A (Datum)");
        assertThat(guess.voucher().label()).isEqualTo("B (Ver.nr)");
        assertThat(guess.account().label()).isEqualTo("C (Konto)");
        assertThat(guess.text().label()).isEqualTo("D (Text)");
        assertThat(guess.object().label()).isEqualTo("E (Projekt)");
        assertThat(guess.amount().label()).isEqualTo("F (Belopp)");
        assertThat(guess.objectDimension()).isEqualTo(6);
        assertThat(sample.rows().getFirst().cell(3)).isEqualTo("Hyra \"mars\"; kansliet på Södergatan");
        imports.saveColumnMapping(new ColumnMapping(ImportFormat.CSV, guess, null));

        ImportPreview preview = imports.preview("huvudbok.csv", file);

        assertThat(preview.refusal()).isNull();
        assertThat(preview.charset()).isEqualTo("Windows-1252");
        assertThat(preview.rows()).isEqualTo(3);
        assertThat(preview.vouchers()).isEqualTo(3);
        assertThat(preview.periodStart()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(preview.periodEnd()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(preview.warnings()).anyMatch(w -> w.startsWith("Rad 5 har belopp men varken datum eller konto"));
        assertThat(preview.totals()).extracting(t -> t.itemName() + " " + t.amount().toPlainString())
                .containsExactly("Tilldelning Försäkringskassan 875000.00", "Kansli 15000.00", "En väg in -1234.50");
        long id = imports.save("huvudbok.csv", file);

        assertThat(db.fetchValues(db.select(BOOKKEEPING_ROW.DESCRIPTION).from(BOOKKEEPING_ROW)
                .where(BOOKKEEPING_ROW.IMPORT_ID.eq(id)).orderBy(BOOKKEEPING_ROW.LINE_NO)))
                .containsExactly("Hyra \"mars\"; kansliet på Södergatan", "Kreditnota\nkonsult", "Tilldelning Q1");
        assertThat(db.fetchValue(BOOKKEEPING_IMPORT.ACCOUNT_NAMES).data()).contains("Lokalhyra");
        assertThat(db.fetchValue(BOOKKEEPING_IMPORT.FORMAT)).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void a_csv_row_that_cannot_be_read_refuses_the_file_naming_the_row() {
        imports.saveColumnMapping(new ColumnMapping(ImportFormat.CSV, imports.sample(CSV.getBytes(WINDOWS_1252), null,
                null).guess(), null));
        String badAmount = CSV.replace("15 000,00", "15.000.00");
        String badDate = CSV.replace("2021-03-31", "2021-02-30");
        String badAccount = CSV.replace("3011;", "Tilldelning;");

        assertThat(imports.preview("a.csv", badAmount.getBytes(WINDOWS_1252)).refusal())
                .isEqualTo("Rad 2: beloppet \"15.000.00\" går inte att läsa (decimalkomma, t.ex. -1 234,50)");
        assertThat(imports.preview("b.csv", badDate.getBytes(WINDOWS_1252)).refusal())
                .isEqualTo("Rad 4: datumet \"2021-02-30\" går inte att läsa (skriv ÅÅÅÅ-MM-DD)");
        assertThat(imports.preview("c.csv", badAccount.getBytes(WINDOWS_1252)).refusal())
                .isEqualTo("Rad 4: kontot \"Tilldelning\" är inget kontonummer");
        assertThatThrownBy(() -> imports.save("a.csv", badAmount.getBytes(WINDOWS_1252)))
                .isInstanceOf(UserFacingException.class);
        assertThat(db.fetchCount(BOOKKEEPING_IMPORT)).isZero();
    }

    @Test
    void an_excel_workbook_with_real_numbers_and_dates_and_debit_and_credit_columns_is_read_exactly() throws IOException {
        byte[] workbook = workbook();
        TableSample sample = imports.sample(workbook, null, null);
        assertThat(sample.guess().headerRow()).as("the title rows above the headings are passed over").isEqualTo(3);
        assertThat(sample.guess().debitCredit()).isTrue();
        assertThat(sample.guess().object().label()).isEqualTo("F (Kostnadsställe)");
        assertThat(sample.guess().objectDimension()).isEqualTo(1);
        assertThat(sample.rows().getFirst().cells()).startsWith("2021-04-30", "7010");
        imports.saveColumnMapping(new ColumnMapping(ImportFormat.XLSX, sample.guess(), null));

        ImportPreview preview = imports.preview("huvudbok.xlsx", workbook);

        assertThat(preview.refusal()).isNull();
        assertThat(preview.format()).isEqualTo(ImportFormat.XLSX);
        assertThat(preview.totals()).extracting(t -> t.itemName() + " " + t.amount().toPlainString())
                .containsExactly("Kansli 142999.99", "Styrelse och revision 4500.10");
        assertThat(preview.balance().amount()).isEqualByComparingTo("-147500.09");
        imports.save("huvudbok.xlsx", workbook);
        assertThat(db.select(BUDGET_ITEM.NAME, ACTUAL_MONTHLY.MONTH, ACTUAL_MONTHLY.AMOUNT).from(ACTUAL_MONTHLY)
                .join(BUDGET_ITEM).on(BUDGET_ITEM.ID.eq(ACTUAL_MONTHLY.BUDGET_ITEM_ID))
                .orderBy(ACTUAL_MONTHLY.MONTH, BUDGET_ITEM.NAME)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3().toPlainString()))
                .containsExactly("Kansli 4 97999.99", "Kansli 5 45000.00", "Styrelse och revision 5 4500.10");
    }

    /** Two title rows, headings on row 3; dates as Excel dates, amounts as numbers (one a sum formula). */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Huvudbok");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("Huvudbok 2021 – Samordningsförbundet Lund");
            Row headings = sheet.createRow(2);
            String[] titles = {"Bokföringsdatum", "Konto", "Debet", "Kredit", "Beskrivning", "Kostnadsställe"};
            for (int i = 0; i < titles.length; i++) {
                headings.createCell(i).setCellValue(titles[i]);
            }
            Object[][] rows = {
                    {LocalDate.of(2021, 4, 30), 7010, 97999.99, null, "Löner april", "10"},
                    {LocalDate.of(2021, 4, 30), 1930, null, 97999.99, "Löner april", null},
                    {LocalDate.of(2021, 5, 3), "5010", 45000.0, null, "Hyra maj", 10},
                    {LocalDate.of(2021, 5, 20), 6990, 0.1, null, "Arvode styrelse", "20"},
                    {LocalDate.of(2021, 5, 20), 6990, "=4000+500", null, "Arvode styrelse", "20"},
                    {LocalDate.of(2021, 5, 31), 2440, null, 49500.10, "Leverantörsskuld", null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void the_column_settings_of_a_format_are_kept_with_optimistic_locking() {
        ColumnSettings guess = imports.sample(CSV.getBytes(WINDOWS_1252), null, null).guess();
        ColumnMapping saved = imports.saveColumnMapping(new ColumnMapping(ImportFormat.CSV, guess, null));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(imports.columnMapping(ImportFormat.CSV)).contains(saved);
        assertThat(imports.columnMapping(ImportFormat.XLSX)).isEmpty();

        ColumnMapping changed = imports.saveColumnMapping(new ColumnMapping(ImportFormat.CSV,
                new ColumnSettings(1, ";", false, guess.date(), guess.account(), guess.amount(), null, null, null,
                        null, 6, null), saved.version()));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.settings().decimalComma()).isFalse();
        assertThatThrownBy(() -> imports.saveColumnMapping(new ColumnMapping(ImportFormat.CSV, guess, saved.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> imports.saveColumnMapping(new ColumnMapping(ImportFormat.CSV, guess, null)))
                .as("a second first version").isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> imports.saveColumnMapping(new ColumnMapping(ImportFormat.XLSX,
                new ColumnSettings(0, null, true, guess.date(), null, guess.amount(), null, null, null, null, 6, null),
                null))).isInstanceOf(UserFacingException.class).hasMessageContaining("bookkeeping.columns.error.required");
    }

    @Test
    void a_file_that_is_neither_sie_csv_nor_xlsx_is_refused_with_what_it_is() throws IOException {
        imports.saveColumnMapping(new ColumnMapping(ImportFormat.XLSX, imports.sample(workbook(), null, null).guess(),
                null));
        assertThat(imports.preview("rapport.pdf", "%PDF-1.7 ...".getBytes()).refusal()).startsWith("Filen är en PDF");
        assertThat(imports.preview("gammal.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})
                .refusal()).contains(".xls");
        assertThat(imports.preview("tom.csv", new byte[0]).refusal()).isEqualTo("Filen är tom.");
        assertThat(imports.preview("trasig.xlsx", new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3}).refusal())
                .startsWith("Filen går inte att läsa som Excel-arbetsbok");
    }
}
