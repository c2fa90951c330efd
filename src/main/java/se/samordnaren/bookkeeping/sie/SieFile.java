package se.samordnaren.bookkeeping.sie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything read from one SIE file. Lists keep the file's order; {@code accounts} and {@code dimensions} are keyed by
 * number. {@code sieType} is 1–4 ({@code #SIETYP}; a file without it counts as type 1, as the format says).
 * {@code charset} says how the bytes were read (the format says CP437, real files also come as UTF-8 or Windows-1252).
 * {@code warnings} are Swedish sentences about what was tolerated or ignored; a file that could not be read exactly is
 * refused with a {@link SieParseException} instead.
 */
public record SieFile(String program, String programVersion, int sieType, String format, LocalDate generated,
                      String companyName, String orgNumber, String currency, String charset,
                      List<FiscalYear> fiscalYears, Map<String, Account> accounts, Map<String, Dimension> dimensions,
                      List<SieObject> objects, List<Voucher> vouchers,
                      List<Balance> openingBalances, List<Balance> closingBalances, List<Balance> results,
                      List<ObjectBalance> objectOpeningBalances, List<ObjectBalance> objectClosingBalances,
                      List<PeriodBalance> periodBalances, List<PeriodBalance> periodBudgets,
                      Checksum checksum, List<String> warnings) {

    /** Account numbers in numeric order when they are numbers (they should be), else alphabetical. */
    public static final Comparator<String> ACCOUNT_ORDER = Comparator
            .comparing((String account) -> !account.chars().allMatch(Character::isDigit))
            .thenComparing(account -> account.chars().allMatch(Character::isDigit) && !account.isEmpty()
                    ? new java.math.BigInteger(account) : java.math.BigInteger.ZERO)
            .thenComparing(Comparator.naturalOrder());

    /** "dim:object" keys by dimension number, then object id. */
    public static final Comparator<String> OBJECT_KEY_ORDER = Comparator
            .comparing((String key) -> key.substring(0, Math.max(0, key.indexOf(':'))), ACCOUNT_ORDER)
            .thenComparing(key -> key.substring(key.indexOf(':') + 1));

    public SieFile {
        fiscalYears = List.copyOf(fiscalYears);
        accounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(accounts));
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
        objects = List.copyOf(objects);
        vouchers = List.copyOf(vouchers);
        openingBalances = List.copyOf(openingBalances);
        closingBalances = List.copyOf(closingBalances);
        results = List.copyOf(results);
        objectOpeningBalances = List.copyOf(objectOpeningBalances);
        objectClosingBalances = List.copyOf(objectClosingBalances);
        periodBalances = List.copyOf(periodBalances);
        periodBudgets = List.copyOf(periodBudgets);
        warnings = List.copyOf(warnings);
    }

    public Optional<FiscalYear> fiscalYear(int index) {
        return fiscalYears.stream().filter(year -> year.index() == index).findFirst();
    }

    /** The rows that count: every {@code #TRANS} once, without the removed ({@code #BTRANS}) rows. */
    public int transactionRowCount() {
        return vouchers.stream().mapToInt(voucher -> voucher.transactions().size()).sum();
    }

    /** Net amount of all voucher rows per account (debit positive). */
    public SortedMap<String, BigDecimal> transactionsByAccount() {
        SortedMap<String, BigDecimal> totals = new TreeMap<>(ACCOUNT_ORDER);
        vouchers.forEach(voucher -> voucher.transactions()
                .forEach(row -> totals.merge(row.account(), row.amount(), BigDecimal::add)));
        return totals;
    }

    /** Net amount of all voucher rows per object ("dim:object"); a row with two objects counts for both. */
    public SortedMap<String, BigDecimal> transactionsByObject() {
        SortedMap<String, BigDecimal> totals = new TreeMap<>(OBJECT_KEY_ORDER);
        vouchers.forEach(voucher -> voucher.transactions().forEach(row -> row.objects().stream()
                .map(ObjectRef::key).distinct()
                .forEach(key -> totals.merge(key, row.amount(), BigDecimal::add))));
        return totals;
    }

    /** {@code #RES} of one fiscal year (0 = current) per account. */
    public SortedMap<String, BigDecimal> resultsByAccount(int year) {
        SortedMap<String, BigDecimal> totals = new TreeMap<>(ACCOUNT_ORDER);
        results.stream().filter(result -> result.year() == year)
                .forEach(result -> totals.merge(result.account(), result.amount(), BigDecimal::add));
        return totals;
    }
}
