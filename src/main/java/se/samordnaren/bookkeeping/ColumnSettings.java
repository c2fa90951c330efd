package se.samordnaren.bookkeeping;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How to read a CSV or Excel export, picked once per format and kept (import_column_mapping): which row holds the
 * headings (1-based, 0 for none), the CSV delimiter, whether amounts use a decimal comma, and which column holds the
 * date, the account, the amount (debit positive) or debit and credit apart, and optionally the text, a cost object
 * (of dimension {@code objectDimension}, or written "dim:object") and the voucher number.
 */
public record ColumnSettings(int headerRow, String delimiter, boolean decimalComma, Column date, Column account,
                             Column amount, Column debit, Column credit, Column text, Column object,
                             int objectDimension, Column voucher) {

    /** A column by position (0 = A) and, when the file has headings, by its heading (found again if columns move). */
    public record Column(int index, String header) {

        public Column {
            if (index < 0) {
                throw new IllegalArgumentException("column index " + index);
            }
            header = header == null || header.isBlank() ? null : header.strip();
        }

        /** "C" for index 2, "AA" for 26. */
        public String letter() {
            return letter(index);
        }

        public static String letter(int index) {
            StringBuilder letters = new StringBuilder();
            for (int i = index; i >= 0; i = i / 26 - 1) {
                letters.insert(0, (char) ('A' + i % 26));
            }
            return letters.toString();
        }

        /** "C (Belopp)" or "C". */
        public String label() {
            return header == null ? letter() : letter() + " (" + header + ")";
        }
    }

    public static final int DEFAULT_OBJECT_DIMENSION = 6;

    /** Whether the amount comes from debit and credit columns rather than one signed amount. */
    public boolean debitCredit() {
        return amount == null && (debit != null || credit != null);
    }

    /** The delimiter as a character (CSV), semicolon when none is set. */
    public char delimiterChar() {
        return delimiter == null || delimiter.isEmpty() ? ';' : delimiter.charAt(0);
    }

    List<Column> columns() {
        return Stream.of(date, account, amount, debit, credit, text, object, voucher).filter(Objects::nonNull).toList();
    }
}
