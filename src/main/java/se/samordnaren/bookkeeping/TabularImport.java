package se.samordnaren.bookkeeping;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a CSV or Excel export read with the user's {@link ColumnSettings}. Rows above the heading and blank rows
 * are skipped; a row with neither date nor account (a sum line of a report) is skipped with a warning; any other row
 * whose date, account or amount cannot be read refuses the file, naming the row. An account may be written with its
 * name ("5010 Lokalhyra"): the digits are the account, the rest its name.
 */
final class TabularImport {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?: .*)?");
    private static final Pattern ACCOUNT = Pattern.compile("(\\d{3,10})(?:[\\s\\-–:]+(.*))?");
    private static final Pattern DIMENSION_OBJECT = Pattern.compile("(\\d{1,3}):(.+)");

    private TabularImport() {
    }

    static ParsedFile read(ImportFormat format, Table table, ColumnSettings settings) throws BookkeepingFileException {
        Columns columns = Columns.resolve(table, settings);
        List<String> warnings = new ArrayList<>(columns.warnings());
        List<ImportRow> rows = new ArrayList<>();
        Map<String, String> accountNames = new TreeMap<>();
        Set<String> vouchers = new HashSet<>();
        int sumRows = 0;
        int firstSumRow = 0;
        for (Table.Row row : table.rows()) {
            if (row.number() <= settings.headerRow() || row.isBlank()) {
                continue;
            }
            Table.Cell dateCell = row.cell(columns.date());
            Table.Cell accountCell = row.cell(columns.account());
            if (dateCell.isBlank() && accountCell.isBlank()) {
                if (columns.amounts().stream().anyMatch(index -> !row.cell(index).isBlank())) {
                    sumRows++;
                    firstSumRow = firstSumRow == 0 ? row.number() : firstSumRow;
                }
                continue;
            }
            LocalDate date = date(row.number(), dateCell);
            Matcher account = ACCOUNT.matcher(accountCell.display());
            if (!account.matches()) {
                throw new BookkeepingFileException(row.number(), accountCell.isBlank() ? "kontonummer saknas"
                        : "kontot \"" + accountCell.display() + "\" är inget kontonummer");
            }
            if (account.group(2) != null && !account.group(2).isBlank()) {
                accountNames.putIfAbsent(account.group(1), account.group(2).strip());
            }
            BigDecimal amount = amount(row, columns, settings);
            String voucher = columns.voucher() == null ? null : blankToNull(row.cell(columns.voucher()).display());
            if (voucher != null) {
                vouchers.add(voucher);
            }
            List<String> objects = new ArrayList<>();
            if (columns.object() != null) {
                String object = blankToNull(row.cell(columns.object()).display());
                if (object != null) {
                    Matcher written = DIMENSION_OBJECT.matcher(object);
                    objects.add(written.matches() ? written.group(1) + ":" + written.group(2).strip()
                            : settings.objectDimension() + ":" + object);
                }
            }
            String text = columns.text() == null ? null : blankToNull(row.cell(columns.text()).display());
            rows.add(new ImportRow(row.number(), RowSource.ROW, null, voucher, date, account.group(1), objects, amount,
                    text));
        }
        if (sumRows > 0) {
            warnings.add("Rad " + firstSumRow + (sumRows > 1 ? " och " + (sumRows - 1) + " rader till" : "")
                    + " har belopp men varken datum eller konto (summarader?) och lästes inte.");
        }
        if (rows.isEmpty()) {
            throw new BookkeepingFileException("Filen har inga rader med datum, konto och belopp under rubrikraden"
                    + " (kontrollera kolumnerna och rubrikraden).");
        }
        LocalDate start = rows.stream().map(ImportRow::bookedOn).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = rows.stream().map(ImportRow::bookedOn).max(Comparator.naturalOrder()).orElseThrow();
        return new ParsedFile(format, null, null, null, table.charset(), start, end, vouchers.size(), rows,
                accountNames, Map.of(), warnings);
    }

    private static BigDecimal amount(Table.Row row, Columns columns, ColumnSettings settings)
            throws BookkeepingFileException {
        if (columns.amount() != null) {
            Table.Cell cell = row.cell(columns.amount());
            if (cell.isBlank()) {
                throw new BookkeepingFileException(row.number(), "beloppet saknas");
            }
            return amount(row.number(), cell, settings.decimalComma());
        }
        BigDecimal debit = columns.debit() == null || row.cell(columns.debit()).isBlank() ? BigDecimal.ZERO
                : amount(row.number(), row.cell(columns.debit()), settings.decimalComma());
        BigDecimal credit = columns.credit() == null || row.cell(columns.credit()).isBlank() ? BigDecimal.ZERO
                : amount(row.number(), row.cell(columns.credit()), settings.decimalComma());
        return debit.subtract(credit);
    }

    static BigDecimal amount(int row, Table.Cell cell, boolean decimalComma) throws BookkeepingFileException {
        BigDecimal amount = switch (cell) {
            case Table.Number number -> ImportAmounts.ofDouble(number.value());
            case Table.Text text -> ImportAmounts.parse(text.value(), decimalComma);
            case Table.Date ignored -> null;
        };
        if (amount == null) {
            throw new BookkeepingFileException(row, "beloppet \"" + cell.display() + "\" går inte att läsa"
                    + (decimalComma ? " (decimalkomma, t.ex. -1 234,50)" : " (decimalpunkt, t.ex. -1234.50)"));
        }
        return ImportAmounts.require(row, amount, cell.display());
    }

    static LocalDate date(int row, Table.Cell cell) throws BookkeepingFileException {
        LocalDate date = switch (cell) {
            case Table.Date value -> value.value();
            case Table.Number number -> fromNumber(number.value());
            case Table.Text text -> parseDate(text.value().strip());
        };
        if (date == null) {
            throw new BookkeepingFileException(row, cell.isBlank() ? "datum saknas"
                    : "datumet \"" + cell.display() + "\" går inte att läsa (skriv ÅÅÅÅ-MM-DD)");
        }
        return date;
    }

    /** 20210319 written as a number, or an Excel date serial that lost its date format. */
    private static LocalDate fromNumber(double value) {
        if (value != Math.rint(value)) {
            return null;
        }
        long whole = (long) value;
        if (whole >= 19000101 && whole <= 29991231) {
            return parseDate(String.valueOf(whole));
        }
        if (whole > 0 && whole < 2958466) {
            return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value).toLocalDate();
        }
        return null;
    }

    static LocalDate parseDate(String text) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
        } catch (DateTimeException impossible) {
            return null;
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The settings' columns in this file: found by heading when the file has a heading row and the heading is there
     * (columns may have moved since the settings were saved), else by position.
     */
    record Columns(int date, int account, Integer amount, Integer debit, Integer credit, Integer text, Integer object,
                   Integer voucher, List<String> warnings) {

        List<Integer> amounts() {
            return java.util.stream.Stream.of(amount, debit, credit).filter(java.util.Objects::nonNull).toList();
        }

        static Columns resolve(Table table, ColumnSettings settings) throws BookkeepingFileException {
            if (settings.date() == null || settings.account() == null
                    || (settings.amount() == null && settings.debit() == null && settings.credit() == null)) {
                throw new BookkeepingFileException("Kolumnerna för datum, konto och belopp måste väljas.");
            }
            List<String> headings = settings.headerRow() <= 0 ? List.of() : table.rows().stream()
                    .filter(row -> row.number() == settings.headerRow()).findFirst()
                    .map(row -> row.cells().stream().map(cell -> cell.display().toLowerCase(Locale.ROOT)).toList())
                    .orElse(List.of());
            if (settings.headerRow() > 0 && headings.isEmpty()) {
                throw new BookkeepingFileException("Filen har ingen rad " + settings.headerRow()
                        + " med kolumnrubriker (kontrollera rubrikraden).");
            }
            List<String> warnings = new ArrayList<>();
            return new Columns(find(settings.date(), headings, warnings), find(settings.account(), headings, warnings),
                    find(settings.amount(), headings, warnings), find(settings.debit(), headings, warnings),
                    find(settings.credit(), headings, warnings), find(settings.text(), headings, warnings),
                    find(settings.object(), headings, warnings), find(settings.voucher(), headings, warnings),
                    warnings);
        }

        private static Integer find(ColumnSettings.Column column, List<String> headings, List<String> warnings) {
            if (column == null) {
                return null;
            }
            if (column.header() == null || headings.isEmpty()) {
                return column.index();
            }
            int found = headings.indexOf(column.header().toLowerCase(Locale.ROOT));
            if (found >= 0) {
                return found;
            }
            String there = column.index() < headings.size() ? headings.get(column.index()) : "";
            warnings.add("Kolumnen \"" + column.header() + "\" finns inte i filens rubrikrad; kolumn " + column.letter()
                    + (there.isEmpty() ? "" : " (\"" + there + "\")") + " lästes i stället.");
            return column.index();
        }
    }
}
