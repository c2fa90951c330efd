package se.samordnaren.bookkeeping;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.db.tables.records.BookkeepingImportRecord;
import se.samordnaren.security.Roles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.type.TypeReference;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static se.samordnaren.db.Tables.ACCOUNT_MAPPING;
import static se.samordnaren.db.Tables.ACTUAL_ENTRY;
import static se.samordnaren.db.Tables.BOOKKEEPING_IMPORT;
import static se.samordnaren.db.Tables.BOOKKEEPING_ROW;
import static se.samordnaren.db.Tables.BUDGET_ITEM;
import static se.samordnaren.db.Tables.IMPORT_COLUMN_MAPPING;

/**
 * Imports the bookkeeping: a SIE file (types 1–4), or a CSV or Excel export read with the column settings saved for
 * its format. {@link #preview} reads a file and tells what saving it would do, without saving anything; {@link #save}
 * does it in one transaction: the file is kept whole, every row is stored with the budget item the account mapping
 * gives it at that moment, and earlier current imports of an overlapping period are marked as replaced — so importing
 * the same period again replaces it without counting anything twice. A file is refused whole (nothing is kept) when it
 * cannot be read exactly, and it cannot be saved while a result account has rows that no rule places.
 */
@Service
public class BookkeepingImportService {

    /** The largest file the import takes (a year of a small association's vouchers is well below 1 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Map<String, Field<?>> ROW_SORT = Map.of(
            "line", BOOKKEEPING_ROW.LINE_NO,
            "date", BOOKKEEPING_ROW.BOOKED_ON,
            "account", BOOKKEEPING_ROW.ACCOUNT,
            "amount", BOOKKEEPING_ROW.AMOUNT);
    private static final Map<String, Field<?>> IMPORT_SORT = Map.of(
            "importedAt", BOOKKEEPING_IMPORT.IMPORTED_AT,
            "period", BOOKKEEPING_IMPORT.PERIOD_START,
            "fileName", BOOKKEEPING_IMPORT.FILE_NAME);

    private final DSLContext db;

    BookkeepingImportService(DSLContext db) {
        this.db = db;
    }

    // ---- preview and save ----

    /** What importing the file would do; a file that cannot be read comes back with its {@code refusal}. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public ImportPreview preview(String fileName, byte[] content) {
        String name = fileName(fileName);
        ImportFormat format;
        ParsedFile file;
        try {
            format = formatOf(content);
            Optional<ParsedFile> read = read(format, content);
            if (read.isEmpty()) {
                return ImportPreview.columnsNeeded(name, format);
            }
            file = read.get();
        } catch (BookkeepingFileException refused) {
            return ImportPreview.refused(name, formatOrNull(content), refused.getMessage());
        }
        Resolution resolution = resolve(file.rows());
        List<ImportSummary> replaces = overlapping(file.periodStart(), file.periodEnd(), null);
        List<ImportSummary> sameFile = summaries(BOOKKEEPING_IMPORT.SHA256.eq(sha256(content)));
        List<String> warnings = new ArrayList<>(file.warnings());
        for (ImportSummary earlier : replaces) {
            if (earlier.periodStart().isBefore(file.periodStart()) || earlier.periodEnd().isAfter(file.periodEnd())) {
                warnings.add("Importen " + earlier.fileName() + " (" + earlier.periodStart() + "–" + earlier.periodEnd()
                        + ") ersätts helt, också för de dagar som den här filen (" + file.periodStart() + "–"
                        + file.periodEnd() + ") inte täcker: dess rader där räknas inte längre.");
            }
        }
        for (ImportSummary same : sameFile) {
            warnings.add("Samma fil (samma innehåll) importerades redan " + se.samordnaren.common.DateFormats.dateTime(
                    same.importedAt()) + " av " + same.importedBy() + " (import " + same.id() + (same.current()
                    ? ", gällande" : ", ersatt") + "). Att spara den igen ersätter den med dagens kontoplan.");
        }
        int manual = db.fetchCount(ACTUAL_ENTRY, DSL.field("make_date({0}, {1}, 1)", LocalDate.class,
                        ACTUAL_ENTRY.YEAR, ACTUAL_ENTRY.MONTH)
                .between(file.periodStart().withDayOfMonth(1), file.periodEnd()));
        if (manual > 0) {
            warnings.add(manual + (manual == 1 ? " manuellt utfall" : " manuella utfall") + " finns för månader i"
                    + " importens period; de räknas utöver det importerade.");
        }
        return new ImportPreview(name, format, null, false, file.program(), file.company(), file.orgNumber(),
                file.charset(), file.periodStart(), file.periodEnd(), file.vouchers(), file.rows().size(),
                resolution.totals(), resolution.ignored(), resolution.balance(), resolution.unmapped(file),
                replaces, sameFile, warnings);
    }

    /**
     * Saves the file with its rows and replaces the current imports of an overlapping period, in one transaction.
     * Refused (nothing saved) when the file cannot be read, a CSV or Excel format has no column settings, or a result
     * account has rows no rule places.
     *
     * @return the id of the new import
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public long save(String fileName, byte[] content) {
        String name = fileName(fileName);
        ParsedFile file;
        try {
            file = read(formatOf(content), content)
                    .orElseThrow(() -> new UserFacingException("bookkeeping.import.error.columnsNeeded"));
        } catch (BookkeepingFileException refused) {
            throw new UserFacingException("bookkeeping.import.error.refused", name, refused.getMessage());
        }
        List<UnmappedAccount> unmapped = resolve(file.rows()).unmapped(file);
        if (!unmapped.isEmpty()) {
            throw new UserFacingException("bookkeeping.import.error.unmapped", unmapped.stream()
                    .map(UnmappedAccount::account).collect(Collectors.joining(", ")));
        }
        // The new import and the ones it replaces overlap until the old ones point at it: checked at the end.
        db.execute("set constraints bookkeeping_import_no_overlap deferred");
        long id = db.insertInto(BOOKKEEPING_IMPORT)
                .set(BOOKKEEPING_IMPORT.FILE_NAME, name)
                .set(BOOKKEEPING_IMPORT.FORMAT, file.format())
                .set(BOOKKEEPING_IMPORT.CONTENT, content)
                .set(BOOKKEEPING_IMPORT.PERIOD_START, file.periodStart())
                .set(BOOKKEEPING_IMPORT.PERIOD_END, file.periodEnd())
                .set(BOOKKEEPING_IMPORT.PROGRAM, blankToNull(file.program()))
                .set(BOOKKEEPING_IMPORT.COMPANY, blankToNull(file.company()))
                .set(BOOKKEEPING_IMPORT.VOUCHERS, file.vouchers())
                .set(BOOKKEEPING_IMPORT.ROW_COUNT, file.rows().size())
                .set(BOOKKEEPING_IMPORT.ACCOUNT_NAMES, JSONB.valueOf(JSON.writeValueAsString(file.accountNames())))
                .set(BOOKKEEPING_IMPORT.OBJECT_NAMES, JSONB.valueOf(JSON.writeValueAsString(file.objectNames())))
                .set(BOOKKEEPING_IMPORT.WARNINGS, file.warnings().toArray(String[]::new))
                .returning(BOOKKEEPING_IMPORT.ID).fetchSingle(BOOKKEEPING_IMPORT.ID);
        db.update(BOOKKEEPING_IMPORT)
                .set(BOOKKEEPING_IMPORT.REPLACED_BY_ID, id)
                .set(BOOKKEEPING_IMPORT.VERSION, BOOKKEEPING_IMPORT.VERSION.plus(1))
                .where(BOOKKEEPING_IMPORT.REPLACED_BY_ID.isNull())
                .and(BOOKKEEPING_IMPORT.ID.ne(id))
                .and(overlaps(file.periodStart(), file.periodEnd()))
                .execute();
        insertRows(id, file.rows());
        // A concurrent import of the same period is refused here, by name (bookkeeping_import_no_overlap).
        db.execute("set constraints bookkeeping_import_no_overlap immediate");
        return id;
    }

    /** The rows in one statement, each with the budget item (or none) the account mapping gives it now. */
    private void insertRows(long importId, List<ImportRow> rows) {
        var x = DSL.table("jsonb_to_recordset({0}) as x(line int, source text, series text, number text, date date,"
                + " account text, objects text[], amount numeric, text text)", DSL.val(rowsJson(rows), SQLDataType.JSONB));
        var mapping = DSL.table("lateral account_mapping_for(x.account, coalesce(x.objects, '{}')) as m");
        db.insertInto(BOOKKEEPING_ROW, BOOKKEEPING_ROW.IMPORT_ID, BOOKKEEPING_ROW.LINE_NO, BOOKKEEPING_ROW.SOURCE_KIND,
                        BOOKKEEPING_ROW.VOUCHER_SERIES, BOOKKEEPING_ROW.VOUCHER_NUMBER, BOOKKEEPING_ROW.BOOKED_ON,
                        BOOKKEEPING_ROW.ACCOUNT, BOOKKEEPING_ROW.OBJECTS, BOOKKEEPING_ROW.AMOUNT,
                        BOOKKEEPING_ROW.DESCRIPTION, BOOKKEEPING_ROW.BUDGET_ITEM_ID)
                .select(DSL.select(DSL.val(importId), DSL.field("x.line", Integer.class),
                                DSL.field("x.source", BOOKKEEPING_ROW.SOURCE_KIND.getDataType()),
                                DSL.field("x.series", String.class), DSL.field("x.number", String.class),
                                DSL.field("x.date", LocalDate.class), DSL.field("x.account", String.class),
                                DSL.field("coalesce(x.objects, '{}')", String[].class),
                                DSL.field("x.amount", BigDecimal.class), DSL.field("x.text", String.class),
                                DSL.field("m.budget_item_id", Long.class))
                        .from(x).leftJoin(mapping).on(DSL.trueCondition())
                        .orderBy(DSL.field("x.line"))).execute();
    }

    private static JSONB rowsJson(List<ImportRow> rows) {
        List<Map<String, Object>> json = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("line", row.lineNo());
            entry.put("source", row.source().name());
            entry.put("series", blankToNull(row.voucherSeries()));
            entry.put("number", blankToNull(row.voucherNumber()));
            entry.put("date", row.bookedOn().toString());
            entry.put("account", row.account());
            entry.put("objects", row.objects());
            entry.put("amount", row.amount().toPlainString());
            entry.put("text", row.description());
            json.add(entry);
        }
        return JSONB.valueOf(JSON.writeValueAsString(json));
    }

    /** The rows grouped by where the account mapping puts them, aggregated in SQL. */
    private Resolution resolve(List<ImportRow> rows) {
        var result = db.resultQuery("""
                with x as (
                    select r.account, coalesce(r.objects, '{}') as objects, r.amount
                      from jsonb_to_recordset({0}) as r(account text, objects text[], amount numeric)
                ), g as (
                    select account, objects, count(*)::int as n, sum(amount) as amount from x group by account, objects
                ), res as (
                    select g.*, m.budget_item_id, coalesce(m.ignored, false) as ignored,
                           is_balance_account(g.account) as balance
                      from g left join lateral account_mapping_for(g.account, g.objects) m on true
                ), groups as (
                    select 'ITEM' as kind, bi.id as item_id, bi.name as item_name, bi.direction, bi.position,
                           null::text as account, null::text[] as objects, sum(res.n)::int as n,
                           sum(case bi.direction when 'INCOME' then -res.amount else res.amount end) as amount
                      from res join budget_item bi on bi.id = res.budget_item_id
                     group by bi.id
                    union all
                    select 'IGNORED', null, null, null, null, null, null, sum(n)::int, sum(amount)
                      from res where ignored having count(*) > 0
                    union all
                    select 'BALANCE', null, null, null, null, null, null, sum(n)::int, sum(amount)
                      from res where balance having count(*) > 0
                    union all
                    select 'UNMAPPED', null, null, null, null, u.account,
                           (select array_agg(distinct o order by o) from res r2, unnest(r2.objects) o
                             where r2.account = u.account and r2.budget_item_id is null and not r2.ignored),
                           sum(u.n)::int, sum(u.amount)
                      from res u where u.budget_item_id is null and not u.ignored and not u.balance
                     group by u.account
                )
                select * from groups
                 order by kind, case direction when 'INCOME' then 0 else 1 end, position, item_name,
                          length(account), account
                """, DSL.val(accountsJson(rows), SQLDataType.JSONB)).fetch();
        List<ItemTotal> totals = new ArrayList<>();
        List<Record> unmapped = new ArrayList<>();
        Total ignored = Total.NONE;
        Total balance = Total.NONE;
        for (Record r : result) {
            Total total = new Total(r.get("n", Integer.class), r.get("amount", BigDecimal.class));
            switch (r.get("kind", String.class)) {
                case "ITEM" -> totals.add(new ItemTotal(r.get("item_id", Long.class), r.get("item_name", String.class),
                        BudgetDirection.valueOf(r.get("direction", String.class)), total.rows(), total.amount()));
                case "IGNORED" -> ignored = total;
                case "BALANCE" -> balance = total;
                default -> unmapped.add(r);
            }
        }
        return new Resolution(totals, ignored, balance, unmapped);
    }

    private record Resolution(List<ItemTotal> totals, Total ignored, Total balance, List<Record> unmappedRecords) {

        List<UnmappedAccount> unmapped(ParsedFile file) {
            return unmappedRecords.stream().map(r -> {
                String[] objects = r.get("objects", String[].class);
                return new UnmappedAccount(r.get("account", String.class),
                        file.accountNames().get(r.get("account", String.class)),
                        objects == null ? List.of() : Arrays.stream(objects)
                                .map(key -> KnownObject.ofKey(key, file.objectNames().get(key)))
                                .filter(java.util.Objects::nonNull).toList(),
                        r.get("n", Integer.class), r.get("amount", BigDecimal.class));
            }).toList();
        }
    }

    private static JSONB accountsJson(List<ImportRow> rows) {
        List<Map<String, Object>> json = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            json.add(Map.of("account", row.account(), "objects", row.objects(), "amount", row.amount().toPlainString()));
        }
        return JSONB.valueOf(JSON.writeValueAsString(json));
    }

    /** The file read in its format; empty for a CSV or Excel format without saved column settings. */
    private Optional<ParsedFile> read(ImportFormat format, byte[] content) throws BookkeepingFileException {
        return switch (format) {
            case SIE -> Optional.of(SieImport.read(content, mappedDimensions()));
            case CSV, XLSX -> {
                Optional<ColumnMapping> mapping = findColumnMapping(format);
                if (mapping.isEmpty()) {
                    yield Optional.empty();
                }
                ColumnSettings settings = mapping.get().settings();
                Table table = format == ImportFormat.CSV ? CsvTable.read(content, settings.delimiterChar())
                        : XlsxTable.read(content);
                yield Optional.of(TabularImport.read(format, table, settings));
            }
        };
    }

    private Set<String> mappedDimensions() {
        return db.selectDistinct(ACCOUNT_MAPPING.DIMENSION).from(ACCOUNT_MAPPING)
                .where(ACCOUNT_MAPPING.DIMENSION.isNotNull())
                .fetchSet(r -> String.valueOf(r.value1()));
    }

    /**
     * The format from the bytes, whatever the file is called: a zip file is an Excel workbook, text whose first line is
     * a SIE label is SIE, other text is CSV. A PDF, an old Excel file (.xls) or other binary data is refused.
     */
    static ImportFormat formatOf(byte[] content) throws BookkeepingFileException {
        if (content == null || content.length == 0) {
            throw new BookkeepingFileException("Filen är tom.");
        }
        if (startsWith(content, ZIP)) {
            return ImportFormat.XLSX;
        }
        if (startsWith(content, OLE)) {
            throw new BookkeepingFileException("Filen är i Excels gamla format (.xls); spara den som .xlsx eller CSV"
                    + " och importera den igen.");
        }
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")) {
            throw new BookkeepingFileException("Filen är en PDF; importera en SIE-fil, en CSV-fil eller en"
                    + " Excel-arbetsbok (.xlsx).");
        }
        if (head.indexOf('\u0000') >= 0 && !head.startsWith("\u00ff\u00fe") && !head.startsWith("\u00fe\u00ff")) {
            throw new BookkeepingFileException("Filen är varken en SIE-fil, en CSV-fil eller en Excel-arbetsbok.");
        }
        String first = head.replace("\u00ef\u00bb\u00bf", "").replace("\u0000", "").strip();
        return first.startsWith("#") ? ImportFormat.SIE : ImportFormat.CSV;
    }

    private static ImportFormat formatOrNull(byte[] content) {
        try {
            return formatOf(content);
        } catch (BookkeepingFileException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        return content.length >= start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static String fileName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            name = "bokföring";
        }
        return Texts.requireMaxLength(name, Texts.SHORT, "bookkeeping.import.fileName");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- saved imports ----

    private static Condition overlaps(LocalDate start, LocalDate end) {
        return DSL.condition("daterange({0}, {1}, '[]') && daterange({2}, {3}, '[]')",
                BOOKKEEPING_IMPORT.PERIOD_START, BOOKKEEPING_IMPORT.PERIOD_END, DSL.val(start), DSL.val(end));
    }

    private List<ImportSummary> overlapping(LocalDate start, LocalDate end, Long except) {
        Condition condition = BOOKKEEPING_IMPORT.REPLACED_BY_ID.isNull().and(overlaps(start, end));
        return summaries(except == null ? condition : condition.and(BOOKKEEPING_IMPORT.ID.ne(except)));
    }

    private List<ImportSummary> summaries(Condition condition) {
        return db.select(summaryFields()).from(BOOKKEEPING_IMPORT).where(condition)
                .orderBy(BOOKKEEPING_IMPORT.PERIOD_START, BOOKKEEPING_IMPORT.ID)
                .fetch(BookkeepingImportService::summary);
    }

    private static List<Field<?>> summaryFields() {
        return List.of(BOOKKEEPING_IMPORT.ID, BOOKKEEPING_IMPORT.FILE_NAME, BOOKKEEPING_IMPORT.FORMAT,
                BOOKKEEPING_IMPORT.PERIOD_START, BOOKKEEPING_IMPORT.PERIOD_END, BOOKKEEPING_IMPORT.PROGRAM,
                BOOKKEEPING_IMPORT.COMPANY, BOOKKEEPING_IMPORT.VOUCHERS, BOOKKEEPING_IMPORT.ROW_COUNT,
                BOOKKEEPING_IMPORT.IMPORTED_AT, BOOKKEEPING_IMPORT.IMPORTED_BY, BOOKKEEPING_IMPORT.REPLACED_BY_ID);
    }

    private static ImportSummary summary(Record r) {
        return new ImportSummary(r.get(BOOKKEEPING_IMPORT.ID), r.get(BOOKKEEPING_IMPORT.FILE_NAME),
                r.get(BOOKKEEPING_IMPORT.FORMAT), r.get(BOOKKEEPING_IMPORT.PERIOD_START),
                r.get(BOOKKEEPING_IMPORT.PERIOD_END), r.get(BOOKKEEPING_IMPORT.PROGRAM),
                r.get(BOOKKEEPING_IMPORT.COMPANY), r.get(BOOKKEEPING_IMPORT.VOUCHERS),
                r.get(BOOKKEEPING_IMPORT.ROW_COUNT), r.get(BOOKKEEPING_IMPORT.IMPORTED_AT),
                r.get(BOOKKEEPING_IMPORT.IMPORTED_BY), r.get(BOOKKEEPING_IMPORT.REPLACED_BY_ID));
    }

    /** Every import, newest first unless the user sorts otherwise. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<ImportSummary> imports(PageRequest page) {
        return Paging.page(db.select(summaryFields()).from(BOOKKEEPING_IMPORT)
                        .orderBy(Paging.order(page, IMPORT_SORT, BOOKKEEPING_IMPORT.IMPORTED_AT.desc(),
                                BOOKKEEPING_IMPORT.ID.desc())), page)
                .fetch(BookkeepingImportService::summary);
    }

    /** The newest import still in force, if any (for the actuals page and the board's overview). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Optional<ImportSummary> latest() {
        return db.select(summaryFields()).from(BOOKKEEPING_IMPORT)
                .where(BOOKKEEPING_IMPORT.REPLACED_BY_ID.isNull())
                .orderBy(BOOKKEEPING_IMPORT.IMPORTED_AT.desc(), BOOKKEEPING_IMPORT.ID.desc()).limit(1)
                .fetchOptional(BookkeepingImportService::summary);
    }

    /** One import with its totals per budget item, what was ignored and what is on balance-sheet accounts. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Optional<ImportDetail> detail(long id) {
        List<Field<?>> fields = new ArrayList<>(summaryFields());
        fields.add(DSL.field("octet_length({0})", Long.class, BOOKKEEPING_IMPORT.CONTENT).as("size_bytes"));
        fields.add(BOOKKEEPING_IMPORT.SHA256);
        fields.add(BOOKKEEPING_IMPORT.WARNINGS);
        Optional<Record> found = db.select(fields).from(BOOKKEEPING_IMPORT).where(BOOKKEEPING_IMPORT.ID.eq(id))
                .fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Record r = found.get();
        var totals = db.resultQuery("""
                select case when r.budget_item_id is not null then 'ITEM'
                            when is_balance_account(r.account) then 'BALANCE' else 'IGNORED' end as kind,
                       bi.id as item_id, bi.name as item_name, bi.direction, count(*)::int as n,
                       sum(case when bi.direction = 'INCOME' then -r.amount else r.amount end) as amount
                  from bookkeeping_row r left join budget_item bi on bi.id = r.budget_item_id
                 where r.import_id = {0}
                 group by 1, bi.id
                 order by 1 desc, case bi.direction when 'INCOME' then 0 else 1 end, bi.position, bi.name
                """, DSL.val(id)).fetch();
        List<ItemTotal> items = new ArrayList<>();
        Total ignored = Total.NONE;
        Total balance = Total.NONE;
        for (Record t : totals) {
            Total total = new Total(t.get("n", Integer.class), t.get("amount", BigDecimal.class));
            switch (t.get("kind", String.class)) {
                case "ITEM" -> items.add(new ItemTotal(t.get("item_id", Long.class), t.get("item_name", String.class),
                        BudgetDirection.valueOf(t.get("direction", String.class)), total.rows(), total.amount()));
                case "BALANCE" -> balance = total;
                default -> ignored = total;
            }
        }
        Long replacedBy = r.get(BOOKKEEPING_IMPORT.REPLACED_BY_ID);
        ImportSummary replacing = replacedBy == null ? null
                : summaries(BOOKKEEPING_IMPORT.ID.eq(replacedBy)).stream().findFirst().orElse(null);
        return Optional.of(new ImportDetail(summary(r), r.get("size_bytes", Long.class),
                r.get(BOOKKEEPING_IMPORT.SHA256), items, ignored, balance,
                Arrays.asList(r.get(BOOKKEEPING_IMPORT.WARNINGS)), replacing));
    }

    /** The file of an import, as it was uploaded. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Optional<ImportFile> file(long id) {
        return db.select(BOOKKEEPING_IMPORT.FILE_NAME, BOOKKEEPING_IMPORT.FORMAT, BOOKKEEPING_IMPORT.CONTENT)
                .from(BOOKKEEPING_IMPORT).where(BOOKKEEPING_IMPORT.ID.eq(id))
                .fetchOptional(r -> new ImportFile(r.value1(), r.value2(), r.value3()));
    }

    // ---- rows ----

    /** One page of the stored rows the filter names (an import's rows, or those behind a figure of the actuals). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<ImportedRow> rows(RowFilter filter, PageRequest page) {
        Field<String> accountName = DSL.field("{0} ->> {1}", String.class, BOOKKEEPING_IMPORT.ACCOUNT_NAMES,
                BOOKKEEPING_ROW.ACCOUNT);
        return Paging.page(db.select(BOOKKEEPING_ROW.ID, BOOKKEEPING_ROW.IMPORT_ID, BOOKKEEPING_ROW.LINE_NO,
                                BOOKKEEPING_ROW.SOURCE_KIND, BOOKKEEPING_ROW.VOUCHER_SERIES,
                                BOOKKEEPING_ROW.VOUCHER_NUMBER, BOOKKEEPING_ROW.BOOKED_ON, BOOKKEEPING_ROW.ACCOUNT,
                                accountName, BOOKKEEPING_ROW.OBJECTS, BOOKKEEPING_ROW.AMOUNT,
                                BOOKKEEPING_ROW.DESCRIPTION, BUDGET_ITEM.ID, BUDGET_ITEM.NAME, BUDGET_ITEM.DIRECTION)
                        .from(BOOKKEEPING_ROW)
                        .join(BOOKKEEPING_IMPORT).on(BOOKKEEPING_IMPORT.ID.eq(BOOKKEEPING_ROW.IMPORT_ID))
                        .leftJoin(BUDGET_ITEM).on(BUDGET_ITEM.ID.eq(BOOKKEEPING_ROW.BUDGET_ITEM_ID))
                        .where(condition(filter))
                        .orderBy(Paging.order(page, ROW_SORT, BOOKKEEPING_ROW.BOOKED_ON, BOOKKEEPING_ROW.IMPORT_ID,
                                BOOKKEEPING_ROW.LINE_NO, BOOKKEEPING_ROW.ID)), page)
                .fetch(r -> {
                    BudgetDirection direction = r.get(BUDGET_ITEM.DIRECTION);
                    BigDecimal amount = r.get(BOOKKEEPING_ROW.AMOUNT);
                    String voucher = ((r.get(BOOKKEEPING_ROW.VOUCHER_SERIES) == null ? ""
                            : r.get(BOOKKEEPING_ROW.VOUCHER_SERIES)) + " "
                            + (r.get(BOOKKEEPING_ROW.VOUCHER_NUMBER) == null ? ""
                            : r.get(BOOKKEEPING_ROW.VOUCHER_NUMBER))).strip();
                    return new ImportedRow(r.get(BOOKKEEPING_ROW.ID), r.get(BOOKKEEPING_ROW.IMPORT_ID),
                            r.get(BOOKKEEPING_ROW.LINE_NO), r.get(BOOKKEEPING_ROW.SOURCE_KIND),
                            voucher.isEmpty() ? null : voucher, r.get(BOOKKEEPING_ROW.BOOKED_ON),
                            r.get(BOOKKEEPING_ROW.ACCOUNT), r.get(accountName),
                            Arrays.asList(r.get(BOOKKEEPING_ROW.OBJECTS)), amount,
                            r.get(BOOKKEEPING_ROW.DESCRIPTION), r.get(BUDGET_ITEM.ID), r.get(BUDGET_ITEM.NAME),
                            direction, direction == null ? null
                            : direction == BudgetDirection.INCOME ? amount.negate() : amount);
                });
    }

    /** How many rows the filter names and what they add to their budget items. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Total rowTotal(RowFilter filter) {
        Field<BigDecimal> actual = DSL.sum(DSL.when(BUDGET_ITEM.DIRECTION.eq(BudgetDirection.INCOME),
                BOOKKEEPING_ROW.AMOUNT.neg()).otherwise(BOOKKEEPING_ROW.AMOUNT));
        return db.select(DSL.count(), actual).from(BOOKKEEPING_ROW)
                .join(BOOKKEEPING_IMPORT).on(BOOKKEEPING_IMPORT.ID.eq(BOOKKEEPING_ROW.IMPORT_ID))
                .leftJoin(BUDGET_ITEM).on(BUDGET_ITEM.ID.eq(BOOKKEEPING_ROW.BUDGET_ITEM_ID))
                .where(condition(filter))
                .fetchSingle(r -> new Total(r.value1(), r.value2() == null ? BigDecimal.ZERO : r.value2()));
    }

    private static Condition condition(RowFilter filter) {
        Condition condition = DSL.trueCondition();
        if (filter.importId() != null) {
            condition = condition.and(BOOKKEEPING_ROW.IMPORT_ID.eq(filter.importId()));
        } else {
            condition = condition.and(BOOKKEEPING_IMPORT.REPLACED_BY_ID.isNull());
        }
        if (filter.itemId() != null) {
            condition = condition.and(BOOKKEEPING_ROW.BUDGET_ITEM_ID.eq(filter.itemId()));
        }
        if (filter.year() != null) {
            LocalDate from = LocalDate.of(filter.year(), filter.month() == null ? 1 : filter.month(), 1);
            LocalDate to = filter.month() == null ? from.plusYears(1) : from.plusMonths(1);
            condition = condition.and(BOOKKEEPING_ROW.BOOKED_ON.ge(from)).and(BOOKKEEPING_ROW.BOOKED_ON.lt(to));
        }
        return condition;
    }

    // ---- column settings of CSV and Excel ----

    /** The saved column settings of a format, if any. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public Optional<ColumnMapping> columnMapping(ImportFormat format) {
        return findColumnMapping(format);
    }

    private Optional<ColumnMapping> findColumnMapping(ImportFormat format) {
        return db.selectFrom(IMPORT_COLUMN_MAPPING).where(IMPORT_COLUMN_MAPPING.FORMAT.eq(format))
                .fetchOptional(r -> new ColumnMapping(format,
                        JSON.readValue(r.getSettings().data(), new TypeReference<ColumnSettings>() { }),
                        r.getVersion()));
    }

    /** Saves the column settings of a format for every later import (version null: the first settings). */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public ColumnMapping saveColumnMapping(ColumnMapping mapping) {
        if (mapping.format() == ImportFormat.SIE) {
            throw new IllegalArgumentException("SIE files need no column settings");
        }
        ColumnSettings settings = mapping.settings();
        if (settings.date() == null || settings.account() == null
                || (settings.amount() == null && settings.debit() == null && settings.credit() == null)) {
            throw new UserFacingException("bookkeeping.columns.error.required");
        }
        if (settings.objectDimension() < 1 || settings.objectDimension() > 999 || settings.headerRow() < 0) {
            throw new UserFacingException("bookkeeping.columns.error.numbers");
        }
        JSONB json = JSONB.valueOf(JSON.writeValueAsString(settings));
        if (mapping.version() == null) {
            int inserted = db.insertInto(IMPORT_COLUMN_MAPPING)
                    .set(IMPORT_COLUMN_MAPPING.FORMAT, mapping.format())
                    .set(IMPORT_COLUMN_MAPPING.SETTINGS, json)
                    .onConflictDoNothing().execute();
            ConcurrentEditException.requireUpdated(inserted);
        } else {
            ConcurrentEditException.requireUpdated(db.update(IMPORT_COLUMN_MAPPING)
                    .set(IMPORT_COLUMN_MAPPING.SETTINGS, json)
                    .set(IMPORT_COLUMN_MAPPING.VERSION, IMPORT_COLUMN_MAPPING.VERSION.plus(1))
                    .where(IMPORT_COLUMN_MAPPING.FORMAT.eq(mapping.format()))
                    .and(IMPORT_COLUMN_MAPPING.VERSION.eq(mapping.version()))
                    .execute());
        }
        return findColumnMapping(mapping.format()).orElseThrow();
    }

    /**
     * The first rows of a CSV or Excel file for choosing its columns, read with the given delimiter (CSV; null: the
     * one that fits the first line) and heading row (null: the first row of headings found).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public TableSample sample(byte[] content, Character delimiter, Integer headerRow) {
        try {
            ImportFormat format = formatOf(content);
            if (format == ImportFormat.SIE) {
                throw new UserFacingException("bookkeeping.columns.error.sie");
            }
            char chosen = delimiter != null ? delimiter : CsvTable.guessDelimiter(content);
            Table table = format == ImportFormat.CSV ? CsvTable.read(content, chosen) : XlsxTable.read(content);
            return ColumnGuess.sample(table, chosen, headerRow);
        } catch (BookkeepingFileException refused) {
            throw new UserFacingException("bookkeeping.import.error.unreadable", refused.getMessage());
        }
    }
}
