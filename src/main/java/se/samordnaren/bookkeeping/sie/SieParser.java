package se.samordnaren.bookkeeping.sie;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a SIE file of type 1–4 (SIE filformat, utgåva 4B) into a {@link SieFile}, or refuses it whole with a
 * {@link SieParseException} whose Swedish message names the line and what is wrong.
 * <p>
 * What it tolerates, because real exports do it (each noted in {@link SieFile#warnings()} where it matters): the
 * character set of the bytes rather than the one declared ({@link SieText}); CRLF, LF or CR; tabs and runs of blanks;
 * unknown labels and unknown trailing fields (ignored, as the format requires); a decimal comma; a missing
 * {@code {}} before the amount of a row; the {@code {} of a voucher on the {@code #VER} line; a voucher whose rows
 * follow without the opening brace (read until the next record that is not a row).
 * <p>
 * What it refuses: a file that is not SIE at all; a line that does not start with a label; an unterminated quote or
 * object list; a voucher never closed with {@code }}; a row outside a voucher; a missing or unreadable amount, date,
 * period, year number or account where the format requires one; a voucher whose rows do not sum to zero; a file that
 * announces a checksum ({@code #KSUMMA} at the start) but lacks the closing sum (a truncated file). A checksum that
 * does not match is reported as {@link Checksum.Status#INVALID}, not refused: the caller decides.
 * <p>
 * Voucher rows: {@code #TRANS} counts; {@code #RTRANS} (a row added afterwards) is always followed by an identical
 * {@code #TRANS} and is counted once, as that row; {@code #BTRANS} (a row removed afterwards) is kept apart and is not
 * part of the balance or any total.
 */
public final class SieParser {

    private static final int FIRST_LINES = 10;
    private static final Set<String> ROWS = Set.of("#TRANS", "#RTRANS", "#BTRANS");
    private static final Set<String> IGNORED = Set.of("#FLAGGA", "#ADRESS", "#BKOD", "#ENHET", "#FNR", "#FTYP",
            "#KPTYP", "#OMFATTN", "#PROSA", "#SRU", "#TAXAR");
    private static final Set<String> KNOWN = Set.of("#FLAGGA", "#ADRESS", "#BKOD", "#ENHET", "#FNR", "#FTYP",
            "#KPTYP", "#OMFATTN", "#PROSA", "#SRU", "#TAXAR", "#PROGRAM", "#FORMAT", "#GEN", "#SIETYP", "#FNAMN",
            "#ORGNR", "#VALUTA", "#RAR", "#KONTO", "#KTYP", "#DIM", "#UNDERDIM", "#OBJEKT", "#IB", "#UB", "#RES",
            "#OIB", "#OUB", "#PSALDO", "#PBUDGET", "#VER", "#TRANS", "#RTRANS", "#BTRANS", "#KSUMMA");

    private enum Block {
        /** Not in a voucher. */
        NONE,
        /** After {@code #VER}, waiting for its "{". */
        EXPECTING,
        /** Between "{" and "}". */
        OPEN,
        /** Rows that followed a {@code #VER} without "{" (a defect of some exports). */
        IMPLICIT
    }

    private final Warnings warnings = new Warnings();
    private String program = "";
    private String programVersion = "";
    private String format = "";
    private LocalDate generated;
    private Integer sieType;
    private String companyName = "";
    private String orgNumber = "";
    private String currency = "";
    private final Map<Integer, FiscalYear> fiscalYears = new LinkedHashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
    private final Map<ObjectRef, SieObject> objects = new LinkedHashMap<>();
    private final List<Voucher> vouchers = new ArrayList<>();
    private final List<Balance> openingBalances = new ArrayList<>();
    private final List<Balance> closingBalances = new ArrayList<>();
    private final List<Balance> results = new ArrayList<>();
    private final List<ObjectBalance> objectOpeningBalances = new ArrayList<>();
    private final List<ObjectBalance> objectClosingBalances = new ArrayList<>();
    private final List<PeriodBalance> periodBalances = new ArrayList<>();
    private final List<PeriodBalance> periodBudgets = new ArrayList<>();
    private final Map<String, int[]> unknownLabels = new LinkedHashMap<>();
    private final Set<String> usedAccounts = new LinkedHashSet<>();
    private final Set<ObjectRef> usedObjects = new LinkedHashSet<>();
    private int decimalCommaLine;
    private int longDecimalsLine;

    private Block block = Block.NONE;
    private VoucherDraft voucher;

    private final KsummaCalculator sumFromFirstRecord = new KsummaCalculator();
    private KsummaCalculator sumAfterSignal;
    private int ksummaSignalLine;
    private int ksummaClosingLine;
    private String ksummaDeclared;
    private long ksummaComputed;
    private long ksummaComputedOwnCharset;
    private int firstRecordAfterClosing;

    private SieParser() {
    }

    public static SieFile parse(Path file) throws IOException, SieParseException {
        return parse(Files.readAllBytes(file));
    }

    public static SieFile parse(byte[] bytes) throws SieParseException {
        return new SieParser().read(bytes);
    }

    private SieFile read(byte[] bytes) throws SieParseException {
        refuseWhatIsNotText(bytes);
        SieText.Decoded text = SieText.decode(bytes);
        text.warnings().forEach(warnings::add);
        refuseWhatIsNotSie(text.lines());
        int lastLine = 0;
        for (SieText.SourceLine line : text.lines()) {
            read(line);
            lastLine = line.number();
        }
        endOfFile(lastLine);
        return build(text.charset());
    }

    // ---- the file as a whole ----

    private static void refuseWhatIsNotText(byte[] bytes) throws SieParseException {
        if (bytes.length == 0) {
            throw new SieParseException(0, "Filen är tom.");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        if (head.startsWith("PK\u0003\u0004")) {
            throw new SieParseException(0, "Filen är inte en SIE-fil utan ett komprimerat arkiv (t.ex. Excel .xlsx"
                    + " eller zip).");
        }
        if (head.startsWith("%PDF")) {
            throw new SieParseException(0, "Filen är inte en SIE-fil utan en PDF.");
        }
        String start = head.replace("\u00ef\u00bb\u00bf", "").strip();
        if (start.startsWith("<")) {
            throw new SieParseException(0, start.contains("sie.se/sie5") || start.contains("<Sie")
                    ? "Filen är en SIE 5-fil (XML), som inte kan läsas här; exportera SIE typ 4 (eller 1–3) i stället."
                    : "Filen är inte en SIE-fil (den ser ut som XML eller HTML).");
        }
        boolean utf16 = head.startsWith("\u00ff\u00fe") || head.startsWith("\u00fe\u00ff");
        if (!utf16 && head.indexOf('\u0000') >= 0) {
            throw new SieParseException(0, "Filen är inte en SIE-fil (den innehåller binära data).");
        }
    }

    private static void refuseWhatIsNotSie(List<SieText.SourceLine> lines) throws SieParseException {
        String first = null;
        int seen = 0;
        for (SieText.SourceLine line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = text;
            }
            String label = text.split("[\\s\\u00a0]", 2)[0].toUpperCase(java.util.Locale.ROOT);
            if (KNOWN.contains(label)) {
                return;
            }
            if (++seen == FIRST_LINES) {
                break;
            }
        }
        if (first == null) {
            throw new SieParseException(0, "Filen är tom.");
        }
        throw new SieParseException(0, "Filen är inte en SIE-fil: ingen #FLAGGA, #SIETYP eller annan SIE-post bland de"
                + " första raderna (första raden: \"" + abbreviate(first) + "\").");
    }

    // ---- one line ----

    private void read(SieText.SourceLine line) throws SieParseException {
        int number = line.number();
        String text = line.text().strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.equals("{")) {
            openBrace(number);
            return;
        }
        if (text.equals("}")) {
            closeBrace(number);
            return;
        }
        boolean braceOnVerLine = false;
        if (text.length() > 5 && text.regionMatches(true, 0, "#VER", 0, 4) && SieRecord.isBlank(text.charAt(4))
                && text.endsWith("{") && SieRecord.isBlank(text.charAt(text.length() - 2))) {
            text = text.substring(0, text.length() - 1).strip();
            braceOnVerLine = true;
        }
        SieRecord record = SieRecord.parse(number, text);
        if (!record.label().startsWith("#") || record.label().length() < 2) {
            throw new SieParseException(number, "raden börjar inte med en etikett (#…): \"" + abbreviate(text) + "\"");
        }
        if (record.hasDanglingQuote()) {
            danglingQuote(record);
        }
        if (record.name().equals("#KSUMMA")) {
            ksumma(record);
            return;
        }
        addToChecksum(record, line.charset());
        dispatch(record);
        if (braceOnVerLine) {
            openBrace(number);
        }
    }

    /**
     * A quote never closed: tolerated only in a free-text field (a voucher or row text, a name), where the rest of the
     * line can only be that text cut short — some programs truncate long texts without closing the quote. Anywhere
     * else it could hide an amount, date or account, and the file is refused.
     */
    private void danglingQuote(SieRecord record) throws SieParseException {
        int index = record.danglingQuoteField();
        int column = record.fields().get(index).column();
        List<SieRecord.Token> fields = record.fields();
        int firstText = switch (record.name()) {
            case "#VER" -> 3;
            case "#TRANS", "#RTRANS", "#BTRANS" -> fields.size() > 1 && fields.get(1) instanceof SieRecord.ObjectList
                    ? 4 : 3;
            case "#KONTO", "#DIM", "#UNDERDIM", "#GEN", "#ENHET" -> 1;
            case "#OBJEKT" -> 2;
            case "#FNAMN", "#PROGRAM", "#PROSA", "#ADRESS", "#FNR", "#FTYP", "#KPTYP" -> 0;
            default -> KNOWN.contains(record.name()) ? Integer.MAX_VALUE : 0;
        };
        if (index < firstText) {
            throw new SieParseException(record.line(), "citattecknet i kolumn " + column + " avslutas aldrig");
        }
        warnings.addRepeated("dangling quote", "Rad " + record.line() + ": citattecknet i kolumn " + column
                + " avslutas aldrig; resten av raden lästes som text.");
    }

    private void dispatch(SieRecord record) throws SieParseException {
        String name = record.name();
        switch (block) {
            case NONE -> handle(record);
            case EXPECTING -> {
                if (ROWS.contains(name)) {
                    warnings.addRepeated("no opening brace", "Rad " + voucher.line + ": verifikation "
                            + voucher.label() + " saknar inledande {; raderna under den lästes ändå.");
                    block = Block.IMPLICIT;
                    row(record);
                } else {
                    finishVoucher();
                    handle(record);
                }
            }
            case OPEN -> {
                if (ROWS.contains(name)) {
                    row(record);
                } else if (KNOWN.contains(name)) {
                    throw new SieParseException(record.line(), name + " inne i verifikation " + voucher.label()
                            + " (rad " + voucher.line + "): avslutande } saknas");
                } else {
                    unknown(record);
                }
            }
            case IMPLICIT -> {
                if (ROWS.contains(name)) {
                    row(record);
                } else {
                    finishVoucher();
                    handle(record);
                }
            }
        }
    }

    private void handle(SieRecord record) throws SieParseException {
        Fields fields = new Fields(record);
        switch (record.name()) {
            case "#PROGRAM" -> {
                program = fields.text(0);
                programVersion = fields.text(1);
            }
            case "#FORMAT" -> format = fields.text(0);
            case "#GEN" -> generated = fields.lenientDate(0, warnings);
            case "#SIETYP" -> sieType = fields.sieType();
            case "#FNAMN" -> companyName = fields.text(0);
            case "#ORGNR" -> orgNumber = fields.text(0);
            case "#VALUTA" -> currency = fields.text(0);
            case "#RAR" -> fiscalYear(fields);
            case "#KONTO" -> {
                String number = fields.required(0, "kontonummer");
                Account earlier = accounts.get(number);
                accounts.put(number, new Account(number, fields.text(1), earlier == null ? null : earlier.type()));
            }
            case "#KTYP" -> accountType(fields);
            case "#DIM" -> {
                String number = fields.required(0, "dimensionsnummer");
                dimensions.put(number, new Dimension(number, fields.text(1), null));
            }
            case "#UNDERDIM" -> subDimension(fields);
            case "#OBJEKT" -> {
                SieObject object = new SieObject(fields.required(0, "dimensionsnummer"),
                        fields.required(1, "objektnummer"), fields.text(2));
                objects.put(object.ref(), object);
            }
            case "#IB" -> balance(fields, openingBalances, objectOpeningBalances);
            case "#UB" -> balance(fields, closingBalances, objectClosingBalances);
            case "#RES" -> balance(fields, results, null);
            case "#OIB" -> objectBalance(fields, objectOpeningBalances);
            case "#OUB" -> objectBalance(fields, objectClosingBalances);
            case "#PSALDO" -> periodBalance(fields, periodBalances);
            case "#PBUDGET" -> periodBalance(fields, periodBudgets);
            case "#VER" -> startVoucher(fields);
            case "#TRANS", "#RTRANS", "#BTRANS" -> throw new SieParseException(record.line(), record.name()
                    + " utanför verifikation (rader får bara stå mellan { och } efter en #VER)");
            default -> {
                if (!IGNORED.contains(record.name())) {
                    unknown(record);
                }
            }
        }
    }

    private void unknown(SieRecord record) {
        unknownLabels.computeIfAbsent(record.name(), label -> new int[]{record.line(), 0})[1]++;
    }

    // ---- identification and chart of accounts ----

    private void fiscalYear(Fields fields) throws SieParseException {
        int index = fields.year(0);
        if (fields.text(1).isBlank() && fields.text(2).isBlank()) {
            // BL Administration writes "#RAR 0" without dates in its type 4I files.
            warnings.add("Rad " + fields.line() + ": #RAR " + index + " saknar datum och ignorerades.");
            return;
        }
        LocalDate start = fields.date(1, "startdatum");
        LocalDate end = fields.date(2, "slutdatum");
        if (end.isBefore(start)) {
            throw new SieParseException(fields.line(), "#RAR " + index + ": räkenskapsåret slutar (" + end
                    + ") före det börjar (" + start + ")");
        }
        if (fiscalYears.put(index, new FiscalYear(index, start, end)) != null) {
            warnings.add("Rad " + fields.line() + ": räkenskapsår " + index + " anges två gånger; det sista gäller.");
        }
    }

    private void accountType(Fields fields) throws SieParseException {
        String number = fields.required(0, "kontonummer");
        String code = fields.text(1).strip();
        AccountType type = AccountType.ofCode(code).orElse(null);
        if (code.isEmpty()) {
            warnings.addRepeated("no account type", "Rad " + fields.line() + ": #KTYP för konto " + number
                    + " saknar kontotyp och ignorerades.");
        } else if (type == null) {
            warnings.add("Rad " + fields.line() + ": okänd kontotyp \"" + code + "\" för konto " + number
                    + " (T, S, K eller I) ignorerades.");
        }
        Account earlier = accounts.get(number);
        accounts.put(number, new Account(number, earlier == null ? "" : earlier.name(), type));
    }

    private void subDimension(Fields fields) throws SieParseException {
        String number = fields.required(0, "dimensionsnummer");
        String parent = fields.text(2);
        if (parent.isEmpty()) {
            warnings.add("Rad " + fields.line() + ": #UNDERDIM " + number
                    + " saknar överordnad dimension; den lästes som en vanlig dimension.");
        }
        dimensions.put(number, new Dimension(number, fields.text(1), parent.isEmpty() ? null : parent));
    }

    // ---- balances ----

    private void balance(Fields fields, List<Balance> target, List<ObjectBalance> perObject) throws SieParseException {
        int year = fields.year(0);
        String account = fields.required(1, "konto");
        List<ObjectRef> refs = fields.objectsOrNull(2);
        int at = refs == null ? 2 : 3;
        BigDecimal amount = amount(fields, at);
        BigDecimal quantity = fields.quantity(at + 1, warnings);
        usedAccounts.add(account);
        if (refs == null || refs.isEmpty()) {
            target.add(new Balance(year, account, amount, quantity));
        } else if (perObject != null) {
            usedObjects.addAll(refs);
            perObject.add(new ObjectBalance(year, account, refs, amount, quantity));
        } else {
            warnings.addRepeated(fields.name() + " with objects", "Rad " + fields.line() + ": " + fields.name()
                    + " med objektlista ignorerades (formatet har ingen sådan post).");
        }
    }

    private void objectBalance(Fields fields, List<ObjectBalance> target) throws SieParseException {
        int year = fields.year(0);
        String account = fields.required(1, "konto");
        List<ObjectRef> refs = fields.objectsOrNull(2);
        int at = refs == null ? 2 : 3;
        BigDecimal amount = amount(fields, at);
        usedAccounts.add(account);
        usedObjects.addAll(refs == null ? List.of() : refs);
        target.add(new ObjectBalance(year, account, refs == null ? List.of() : refs, amount,
                fields.quantity(at + 1, warnings)));
    }

    private void periodBalance(Fields fields, List<PeriodBalance> target) throws SieParseException {
        int year = fields.year(0);
        var period = fields.period(1);
        String account = fields.required(2, "konto");
        List<ObjectRef> refs = fields.objectsOrNull(3);
        int at = refs == null ? 3 : 4;
        BigDecimal amount = amount(fields, at);
        usedAccounts.add(account);
        usedObjects.addAll(refs == null ? List.of() : refs);
        target.add(new PeriodBalance(year, period, account, refs == null ? List.of() : refs, amount,
                fields.quantity(at + 1, warnings), fields.line()));
    }

    private BigDecimal amount(Fields fields, int index) throws SieParseException {
        BigDecimal amount = fields.amount(index);
        String written = fields.text(index);
        if (written.indexOf(',') >= 0 && decimalCommaLine == 0) {
            decimalCommaLine = fields.line();
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2 && longDecimalsLine == 0) {
            longDecimalsLine = fields.line();
        }
        return amount;
    }

    // ---- vouchers ----

    private void startVoucher(Fields fields) throws SieParseException {
        String series = fields.text(0);
        String number = fields.text(1);
        LocalDate date = fields.date(2, "verifikationsdatum");
        voucher = new VoucherDraft(series, number, date, fields.text(3), fields.optionalDate(4, "registreringsdatum"),
                fields.text(5), fields.line());
        block = Block.EXPECTING;
    }

    private void openBrace(int line) throws SieParseException {
        switch (block) {
            case EXPECTING -> block = Block.OPEN;
            case NONE -> throw new SieParseException(line, "{ utan föregående #VER");
            default -> throw new SieParseException(line, "{ inne i verifikation " + voucher.label() + " (rad "
                    + voucher.line + "): avslutande } saknas");
        }
    }

    private void closeBrace(int line) throws SieParseException {
        switch (block) {
            case OPEN, IMPLICIT -> finishVoucher();
            case EXPECTING -> {
                warnings.addRepeated("no opening brace", "Rad " + voucher.line + ": verifikation "
                        + voucher.label() + " saknar inledande {; den lästes ändå.");
                finishVoucher();
            }
            case NONE -> throw new SieParseException(line, "} utan föregående {");
        }
    }

    private void row(SieRecord record) throws SieParseException {
        Fields fields = new Fields(record);
        String account = fields.required(0, "konto");
        List<ObjectRef> refs = fields.objectsOrNull(1);
        int at = refs == null ? 1 : 2;
        BigDecimal amount = amount(fields, at);
        LocalDate date = fields.optionalDate(at + 1, "transaktionsdatum");
        Transaction row = new Transaction(account, refs == null ? List.of() : refs, amount,
                date == null ? voucher.date : date, emptyToNull(fields.text(at + 2)),
                fields.quantity(at + 3, warnings), emptyToNull(fields.text(at + 4)), false, record.line());
        usedAccounts.add(account);
        usedObjects.addAll(row.objects());
        switch (record.name()) {
            case "#RTRANS" -> {
                voucher.resolveAddedRow(warnings);
                voucher.pendingAdded = row;
            }
            case "#BTRANS" -> {
                voucher.resolveAddedRow(warnings);
                voucher.removed.add(row);
            }
            default -> voucher.addRow(row, warnings);
        }
    }

    private void finishVoucher() throws SieParseException {
        VoucherDraft draft = voucher;
        draft.resolveAddedRow(warnings);
        BigDecimal sum = draft.rows.stream().map(Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() != 0) {
            throw new SieParseException(draft.line, "Verifikation " + draft.label() + " (" + draft.date
                    + ") är inte i balans: differens " + SwedishAmount.format(sum) + " kr");
        }
        if (draft.rows.isEmpty() && draft.removed.isEmpty()) {
            warnings.addRepeated("empty voucher", "Rad " + draft.line + ": verifikation " + draft.label()
                    + " har inga rader.");
        }
        vouchers.add(new Voucher(draft.series, draft.number, draft.date, draft.text, draft.registered, draft.sign,
                draft.line, draft.rows, draft.removed));
        voucher = null;
        block = Block.NONE;
    }

    /** A voucher being read: its head and the rows so far; {@code pendingAdded} is an #RTRANS awaiting its #TRANS. */
    private static final class VoucherDraft {
        final String series;
        final String number;
        final LocalDate date;
        final String text;
        final LocalDate registered;
        final String sign;
        final int line;
        final List<Transaction> rows = new ArrayList<>();
        final List<Transaction> removed = new ArrayList<>();
        Transaction pendingAdded;

        VoucherDraft(String series, String number, LocalDate date, String text, LocalDate registered, String sign,
                     int line) {
            this.series = series;
            this.number = number;
            this.date = date;
            this.text = text;
            this.registered = registered;
            this.sign = sign;
            this.line = line;
        }

        String label() {
            String label = (series + " " + number).strip();
            return label.isEmpty() ? "utan nummer" : label;
        }

        /** A #TRANS: the twin of a pending #RTRANS (counted once, flagged as added), or an ordinary row. */
        void addRow(Transaction row, Warnings warnings) {
            if (pendingAdded != null && sameRow(pendingAdded, row)) {
                rows.add(new Transaction(row.account(), row.objects(), row.amount(), row.date(), row.text(),
                        row.quantity(), row.sign(), true, row.line()));
                pendingAdded = null;
                return;
            }
            resolveAddedRow(warnings);
            rows.add(row);
        }

        /** An #RTRANS not followed by its identical #TRANS: count the #RTRANS itself, as the format's reader would. */
        void resolveAddedRow(Warnings warnings) {
            if (pendingAdded == null) {
                return;
            }
            Transaction added = pendingAdded;
            pendingAdded = null;
            warnings.addRepeated("rtrans without twin", "Rad " + added.line() + ": #RTRANS i verifikation " + label()
                    + " följs inte av en likadan #TRANS; raden räknades en gång.");
            rows.add(new Transaction(added.account(), added.objects(), added.amount(), added.date(), added.text(),
                    added.quantity(), added.sign(), true, added.line()));
        }

        private static boolean sameRow(Transaction a, Transaction b) {
            return a.account().equals(b.account()) && a.amount().compareTo(b.amount()) == 0
                    && new LinkedHashSet<>(a.objects()).equals(new LinkedHashSet<>(b.objects()));
        }
    }

    // ---- checksum ----

    private void ksumma(SieRecord record) {
        String value = new Fields(record).text(0);
        if (value.isEmpty()) {
            if (ksummaSignalLine == 0 && ksummaClosingLine == 0) {
                ksummaSignalLine = record.line();
                sumAfterSignal = new KsummaCalculator();
            } else {
                warnings.add("Rad " + record.line() + ": ett extra #KSUMMA utan summa ignorerades.");
            }
            return;
        }
        KsummaCalculator sum = sumAfterSignal != null ? sumAfterSignal : sumFromFirstRecord;
        if (sumAfterSignal == null) {
            warnings.add("Rad " + record.line() + ": #KSUMMA med summa men utan inledande #KSUMMA; summan räknades"
                    + " från filens första post.");
        }
        ksummaClosingLine = record.line();
        ksummaDeclared = value;
        ksummaComputed = sum.value();
        ksummaComputedOwnCharset = sum.valueInOwnCharset();
        firstRecordAfterClosing = 0;
    }

    private void addToChecksum(SieRecord record, Charset charset) {
        if (ksummaClosingLine != 0) {
            if (firstRecordAfterClosing == 0) {
                firstRecordAfterClosing = record.line();
            }
            return;
        }
        sumFromFirstRecord.add(record, charset);
        if (sumAfterSignal != null) {
            sumAfterSignal.add(record, charset);
        }
    }

    private Checksum checksum(String charset) {
        if (ksummaClosingLine == 0) {
            return Checksum.absent();
        }
        if (firstRecordAfterClosing != 0) {
            warnings.add("Rad " + firstRecordAfterClosing + ": poster efter den avslutande #KSUMMA ingår inte i"
                    + " kontrollsumman.");
        }
        Long decimal = parseUnsigned(ksummaDeclared, 10);
        Long hex = parseUnsigned(ksummaDeclared.replaceFirst("^0[xX]", ""), 16);
        if (decimal == null && hex == null) {
            warnings.add("Rad " + ksummaClosingLine + ": kontrollsumman \"" + ksummaDeclared + "\" är inget tal.");
            return new Checksum(Checksum.Status.INVALID, null, ksummaComputed, ksummaClosingLine);
        }
        Long declared = decimal != null ? decimal : hex;
        if (ksummaComputed == declared) {
            return new Checksum(Checksum.Status.VALID, declared, ksummaComputed, ksummaClosingLine);
        }
        if (ksummaComputedOwnCharset == declared && ksummaComputedOwnCharset != ksummaComputed) {
            warnings.add("Kontrollsumman stämmer när den räknas på filens egna tecken (" + charset + "), inte på"
                    + " CP437 som formatet anger.");
            return new Checksum(Checksum.Status.VALID, declared, ksummaComputedOwnCharset, ksummaClosingLine);
        }
        if (hex != null && hex == ksummaComputed) {
            warnings.add("Kontrollsumman är skriven hexadecimalt; formatet anger ett decimaltal.");
            return new Checksum(Checksum.Status.VALID, hex, ksummaComputed, ksummaClosingLine);
        }
        warnings.add("Rad " + ksummaClosingLine + ": kontrollsumman stämmer inte (filen anger " + declared
                + ", beräknad " + ksummaComputed + "): filen har ändrats eller skadats efter exporten.");
        return new Checksum(Checksum.Status.INVALID, declared, ksummaComputed, ksummaClosingLine);
    }

    /** A 32-bit sum as written: unsigned, or negative as some programs print a signed int. */
    private static Long parseUnsigned(String text, int radix) {
        try {
            long value = Long.parseLong(text, radix);
            if (value < 0 && value >= Integer.MIN_VALUE) {
                return value & 0xFFFFFFFFL;
            }
            return value >= 0 && value <= 0xFFFFFFFFL ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- end ----

    private void endOfFile(int lastLine) throws SieParseException {
        switch (block) {
            case OPEN -> throw new SieParseException(voucher.line, "verifikation " + voucher.label()
                    + " avslutas aldrig med } (filen slutar på rad " + lastLine + ")");
            case EXPECTING, IMPLICIT -> {
                if (block == Block.EXPECTING) {
                    warnings.addRepeated("no opening brace", "Rad " + voucher.line + ": verifikation "
                            + voucher.label() + " saknar inledande {; den lästes ändå.");
                }
                finishVoucher();
            }
            case NONE -> {
            }
        }
        if (ksummaSignalLine != 0 && ksummaClosingLine == 0) {
            throw new SieParseException(ksummaSignalLine, "filen utlovar en kontrollsumma (#KSUMMA) men saknar den"
                    + " avslutande #KSUMMA med summan; filen är troligen avkortad");
        }
    }

    private SieFile build(String charset) {
        Checksum checksum = checksum(charset);
        int type = sieType != null ? sieType : vouchers.isEmpty() ? 1 : 4;
        if (sieType == null) {
            warnings.add("Filen saknar #SIETYP; den lästes som typ " + type + ".");
        } else if (sieType < 4 && !vouchers.isEmpty()) {
            warnings.add("Filen anger SIE typ " + sieType + " men innehåller verifikationer; de lästes ändå.");
        }
        if (fiscalYears.isEmpty()) {
            warnings.add("Filen saknar räkenskapsår (#RAR).");
        }
        if (decimalCommaLine != 0) {
            warnings.add("Rad " + decimalCommaLine + " (och kanske fler): belopp med decimalkomma lästes som"
                    + " decimaler; formatet anger punkt.");
        }
        if (longDecimalsLine != 0) {
            warnings.add("Rad " + longDecimalsLine + " (och kanske fler): belopp med fler än två decimaler lästes"
                    + " exakt.");
        }
        warnOutsideFiscalYear();
        warnUndeclared();
        unknownLabels.forEach((label, seen) -> warnings.add("Okänd post " + label + " ignorerades (rad " + seen[0]
                + (seen[1] > 1 ? ", " + seen[1] + " gånger" : "") + ")."));
        return new SieFile(program, programVersion, type, format, generated, companyName, orgNumber, currency,
                charset, new ArrayList<>(fiscalYears.values()), accounts, dimensions,
                new ArrayList<>(objects.values()), vouchers, openingBalances, closingBalances, results,
                objectOpeningBalances, objectClosingBalances, periodBalances, periodBudgets, checksum, warnings.list());
    }

    private void warnOutsideFiscalYear() {
        FiscalYear current = fiscalYears.get(0);
        if (current == null) {
            return;
        }
        List<Voucher> outside = vouchers.stream().filter(v -> !current.contains(v.date())).toList();
        if (!outside.isEmpty()) {
            Voucher first = outside.getFirst();
            warnings.add((outside.size() == 1 ? "1 verifikation har" : outside.size() + " verifikationer har")
                    + " datum utanför räkenskapsåret " + current.start() + "–"
                    + current.end() + ", t.ex. " + first.label() + " (" + first.date() + ").");
        }
    }

    private void warnUndeclared() {
        if (!accounts.isEmpty()) {
            Set<String> missing = new TreeSet<>(SieFile.ACCOUNT_ORDER);
            usedAccounts.stream().filter(account -> !accounts.containsKey(account)).forEach(missing::add);
            if (!missing.isEmpty()) {
                warnings.add("Konton som används men saknas i kontoplanen (#KONTO): " + list(missing) + ".");
            }
        }
        if (!objects.isEmpty()) {
            Set<String> missing = new TreeSet<>(SieFile.OBJECT_KEY_ORDER);
            usedObjects.stream().filter(ref -> !objects.containsKey(ref)).map(ObjectRef::key).forEach(missing::add);
            if (!missing.isEmpty()) {
                warnings.add("Objekt som används men inte deklareras (#OBJEKT): " + list(missing) + ".");
            }
        }
        Set<String> missingDimensions = new TreeSet<>(SieFile.ACCOUNT_ORDER);
        objects.values().stream().map(SieObject::dimension)
                .filter(dim -> !dimensions.containsKey(dim) && !isReservedDimension(dim))
                .forEach(missingDimensions::add);
        dimensions.values().stream().map(Dimension::parent)
                .filter(parent -> parent != null && !dimensions.containsKey(parent) && !isReservedDimension(parent))
                .forEach(missingDimensions::add);
        if (!missingDimensions.isEmpty()) {
            warnings.add("Dimensioner som används men inte deklareras (#DIM): " + list(missingDimensions) + ".");
        }
    }

    /** Dimensions 1–19 are reserved by the format and need not be declared. */
    private static boolean isReservedDimension(String dimension) {
        try {
            int number = Integer.parseInt(dimension);
            return number >= 1 && number <= 19;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String list(Set<String> values) {
        List<String> shown = values.stream().limit(10).toList();
        return String.join(", ", shown) + (values.size() > shown.size() ? " … (" + values.size() + " st)" : "");
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
