package se.samordnaren.bookkeeping;

import se.samordnaren.bookkeeping.sie.Checksum;
import se.samordnaren.bookkeeping.sie.FiscalYear;
import se.samordnaren.bookkeeping.sie.ObjectRef;
import se.samordnaren.bookkeeping.sie.PeriodBalance;
import se.samordnaren.bookkeeping.sie.SieFile;
import se.samordnaren.bookkeeping.sie.SieObject;
import se.samordnaren.bookkeeping.sie.SieParseException;
import se.samordnaren.bookkeeping.sie.SieParser;
import se.samordnaren.bookkeeping.sie.Transaction;
import se.samordnaren.bookkeeping.sie.Voucher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A SIE file (types 1–4) as rows to import. With vouchers, every row that counts (a {@code #RTRANS} with its
 * {@code #TRANS} once, never a {@code #BTRANS}) in the month of its voucher's date. Without vouchers (a balances-only
 * file, type 2 or 3), the period balances ({@code #PSALDO}) of the current fiscal year, one row per month and account
 * — per object where the file splits the account by objects of a dimension the account mapping uses, with what is
 * left of the account's whole as a row of its own, so the whole is never added to its parts. A file with neither is
 * refused, and so is one whose checksum ({@code #KSUMMA}) does not match: the file was changed after the export.
 */
final class SieImport {

    private SieImport() {
    }

    /**
     * @param mappedDimensions the dimensions that rules of the account mapping name ("6"): a balances-only file is
     *                         split by the objects of such a dimension
     */
    static ParsedFile read(byte[] bytes, Set<String> mappedDimensions) throws BookkeepingFileException {
        SieFile sie;
        try {
            sie = SieParser.parse(bytes);
        } catch (SieParseException e) {
            throw new BookkeepingFileException(e.getMessage());
        }
        Checksum checksum = sie.checksum();
        if (checksum.status() == Checksum.Status.INVALID) {
            throw new BookkeepingFileException(checksum.line(), "kontrollsumman (#KSUMMA) stämmer inte"
                    + (checksum.declared() == null ? "" : " (filen anger " + checksum.declared() + ", beräknad "
                    + checksum.computed() + ")") + ": filen har ändrats eller skadats efter exporten. Exportera den"
                    + " på nytt ur bokföringsprogrammet.");
        }
        List<String> warnings = new ArrayList<>(sie.warnings());
        List<ImportRow> rows = new ArrayList<>();
        if (!sie.vouchers().isEmpty()) {
            for (Voucher voucher : sie.vouchers()) {
                for (Transaction row : voucher.transactions()) {
                    rows.add(new ImportRow(row.line(), RowSource.TRANSACTION, voucher.series(), voucher.number(),
                            voucher.date(), row.account(), keys(row.objects()),
                            ImportAmounts.require(row.line(), row.amount(), row.amount().toPlainString()),
                            row.text() != null && !row.text().isBlank() ? row.text() : emptyToNull(voucher.text())));
                }
            }
        } else {
            rows.addAll(periodBalances(sie, mappedDimensions, warnings));
        }
        if (rows.isEmpty()) {
            throw new BookkeepingFileException("Filen innehåller varken verifikationer (#VER med #TRANS) eller"
                    + " periodsaldon (#PSALDO) för räkenskapsåret, så det finns inget utfall per månad att läsa."
                    + " Exportera SIE typ 4 (verifikationer) eller typ 2/3 (periodsaldon).");
        }
        LocalDate start = rows.stream().map(ImportRow::bookedOn).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = rows.stream().map(ImportRow::bookedOn).max(Comparator.naturalOrder()).orElseThrow();
        if (sie.vouchers().isEmpty()) {
            start = start.withDayOfMonth(1);
        }
        Map<String, String> accountNames = new TreeMap<>();
        sie.accounts().values().stream().filter(a -> a.name() != null && !a.name().isBlank())
                .forEach(a -> accountNames.put(a.number(), a.name()));
        Map<String, String> objectNames = new TreeMap<>();
        for (SieObject object : sie.objects()) {
            if (object.name() != null && !object.name().isBlank()) {
                objectNames.put(object.ref().key(), object.name());
            }
        }
        String program = (sie.program() + " " + sie.programVersion()).strip();
        return new ParsedFile(ImportFormat.SIE, program, sie.companyName(), sie.orgNumber(), sie.charset(), start, end,
                sie.vouchers().size(), rows, accountNames, objectNames, warnings);
    }

    private static List<ImportRow> periodBalances(SieFile sie, Set<String> mappedDimensions, List<String> warnings)
            throws BookkeepingFileException {
        List<PeriodBalance> current = sie.periodBalances().stream().filter(balance -> balance.year() == 0).toList();
        if (current.isEmpty()) {
            return List.of();
        }
        FiscalYear year = sie.fiscalYear(0).orElse(null);
        warnings.add("Filen har inga verifikationer; utfallet lästes från periodsaldona (#PSALDO)"
                + (year == null ? "" : " för räkenskapsåret " + year.start() + "–" + year.end()) + ".");
        // Per month and account: the whole account and the records per object, kept apart.
        Map<YearMonth, Map<String, List<PeriodBalance>>> byMonth = new TreeMap<>();
        for (PeriodBalance balance : current) {
            byMonth.computeIfAbsent(balance.period(), month -> new LinkedHashMap<>())
                    .computeIfAbsent(balance.account(), account -> new ArrayList<>()).add(balance);
        }
        List<ImportRow> rows = new ArrayList<>();
        boolean unusedSplit = false;
        for (var month : byMonth.entrySet()) {
            LocalDate bookedOn = month.getKey().atEndOfMonth();
            for (var account : month.getValue().entrySet()) {
                List<PeriodBalance> whole = account.getValue().stream().filter(PeriodBalance::wholeAccount).toList();
                Map<String, List<PeriodBalance>> byDimensions = account.getValue().stream()
                        .filter(balance -> !balance.wholeAccount())
                        .collect(Collectors.groupingBy(SieImport::dimensions, TreeMap::new, Collectors.toList()));
                String chosen = byDimensions.keySet().stream()
                        .filter(dimensions -> Set.of(dimensions.split(",")).stream().anyMatch(mappedDimensions::contains))
                        .findFirst()
                        .orElse(whole.isEmpty() && !byDimensions.isEmpty() ? byDimensions.keySet().iterator().next() : null);
                unusedSplit |= chosen == null && !byDimensions.isEmpty();
                BigDecimal parts = BigDecimal.ZERO;
                if (chosen != null) {
                    for (PeriodBalance part : byDimensions.get(chosen)) {
                        rows.add(row(part, bookedOn, keys(part.objects()), part.amount()));
                        parts = parts.add(part.amount());
                    }
                }
                if (!whole.isEmpty()) {
                    BigDecimal total = whole.stream().map(PeriodBalance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal rest = total.subtract(parts);
                    if (rest.signum() != 0 || chosen == null) {
                        rows.add(row(whole.getFirst(), bookedOn, List.of(), rest));
                    }
                }
            }
        }
        if (unusedSplit) {
            warnings.add("Periodsaldona per objekt lästes inte, eftersom ingen regel i kontoplanen använder deras"
                    + " dimension; kontots saldo som helhet lästes i stället.");
        }
        return rows.stream().filter(row -> row.amount().signum() != 0).toList();
    }

    private static ImportRow row(PeriodBalance balance, LocalDate bookedOn, List<String> objects, BigDecimal amount)
            throws BookkeepingFileException {
        return new ImportRow(balance.line(), RowSource.PERIOD_BALANCE, null, null, bookedOn, balance.account(),
                objects, ImportAmounts.require(balance.line(), amount, amount.toPlainString()),
                "Periodsaldo " + balance.period());
    }

    /** "1,6" for a record split by dimension 1 and 6 together. */
    private static String dimensions(PeriodBalance balance) {
        return balance.objects().stream().map(ObjectRef::dimension).distinct().sorted().collect(Collectors.joining(","));
    }

    private static List<String> keys(List<ObjectRef> objects) {
        return objects.stream().map(ObjectRef::key).distinct().toList();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
