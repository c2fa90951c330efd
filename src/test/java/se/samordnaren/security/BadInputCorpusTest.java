package se.samordnaren.security;

import com.vaadin.flow.i18n.I18NProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.association.MemberType;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.bookkeeping.BookkeepingImportService;
import se.samordnaren.common.DatabaseRefusals;
import se.samordnaren.common.Money;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.initiative.CoFinancingDraft;
import se.samordnaren.initiative.CoFinancingSource;
import se.samordnaren.initiative.InitiativeService;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportDraft;
import se.samordnaren.initiative.ReportKind;
import se.samordnaren.minutesimport.MinutesImportService;
import se.samordnaren.people.Body;
import se.samordnaren.people.BodyService;
import se.samordnaren.people.BodyType;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;
import se.samordnaren.testsupport.DatabaseTest;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static se.samordnaren.db.Tables.MEMBER;
import static se.samordnaren.db.Tables.PERSON;

/**
 * The bad-input corpus: oversized, malformed and malicious files for every upload (attachments, the bookkeeping import's
 * SIE/CSV/Excel, the minutes import's PDF/Word/text), overlong, HTML/script and injection-like field values, invalid
 * amounts and dates. One row each: what is sent, through which service, and what must happen — refused with a
 * Swedish message (a translation that exists, no internals) and nothing saved (every table's row count and the audit
 * trail unchanged), or, for text that merely looks dangerous, saved exactly as typed and nothing else. How the views
 * show such values back (escaped) is in BadInputViewTest.
 */
class BadInputCorpusTest extends DatabaseTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final String SQL = "Lund'); drop table member; --";

    @Autowired
    AttachmentService attachments;
    @Autowired
    BookkeepingImportService bookkeeping;
    @Autowired
    MinutesImportService minutesImport;
    @Autowired
    MemberService members;
    @Autowired
    PersonService people;
    @Autowired
    BodyService bodies;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    I18NProvider translations;
    @Autowired
    DatabaseRefusals refusals;

    /** What must happen: REFUSED (Swedish message, nothing saved) or STORED (exactly the value, one row more). */
    enum Outcome { REFUSED, STORED }

    record Case(String name, Outcome outcome, Consumer<Fixture> action) {
    }

    /** Rows the cases attach to, made before each case. */
    record Fixture(long initiative, long report) {
    }

    private static Case refused(String name, Consumer<Fixture> action) {
        return new Case(name, Outcome.REFUSED, action);
    }

    private static Case stored(String name, Consumer<Fixture> action) {
        return new Case(name, Outcome.STORED, action);
    }

    private List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // Attachments (reports and applications share the one upload service).
        cases.add(refused("attachment: empty PDF", f -> attachments.addToReport(f.report(), "tom.pdf", "application/pdf", new byte[0])));
        cases.add(refused("attachment: 26 MB PDF", f -> attachments.addToReport(f.report(), "stor.pdf", "application/pdf",
                padded("%PDF-1.4\n", 26 * 1024 * 1024))));
        cases.add(refused("attachment: a Windows program named .pdf", f -> attachments.addToReport(f.report(), "rapport.pdf",
                "application/pdf", padded("MZ\u0090\u0000", 4096))));
        cases.add(refused("attachment: HTML with a script named .pdf", f -> attachments.addToReport(f.report(), "rapport.pdf",
                "application/pdf", ("<html>" + SCRIPT + "</html>").getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("attachment: .exe", f -> attachments.addToReport(f.report(), "program.exe",
                "application/x-msdownload", padded("MZ", 4096))));
        cases.add(refused("attachment: .html", f -> attachments.addToReport(f.report(), "sida.html", "text/html",
                SCRIPT.getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("attachment: .svg with a script", f -> attachments.addToReport(f.report(), "bild.svg",
                "image/svg+xml", ("<svg xmlns='http://www.w3.org/2000/svg'>" + SCRIPT + "</svg>").getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("attachment: Word file that is no zip", f -> attachments.addToReport(f.report(), "rapport.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "inte en docx".getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("attachment: Excel file that is text", f -> attachments.addToReport(f.report(), "budget.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "a;b;c".getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("attachment: 400-character file name", f -> attachments.addToReport(f.report(), "x".repeat(400) + ".pdf",
                "application/pdf", padded("%PDF-1.4\n", 1024))));
        cases.add(refused("attachment: no file name", f -> attachments.addToReport(f.report(), "", "application/pdf",
                padded("%PDF-1.4\n", 1024))));
        cases.add(refused("attachment: application version that does not exist", f -> attachments.addToApplicationVersion(999_999_999L,
                "a.pdf", "application/pdf", padded("%PDF-1.4\n", 1024))));

        // The bookkeeping import: SIE, CSV and Excel, previewed and saved.
        cases.add(refused("bookkeeping: empty SIE file", f -> preview("bok.se", new byte[0])));
        cases.add(refused("bookkeeping: binary noise named .se", f -> preview("bok.se", noise(10_000))));
        cases.add(refused("bookkeeping: SIE without a financial year", f -> preview("bok.se",
                cp437("#FLAGGA 0\r\n#PROGRAM \"x\" 1\r\n#SIETYP 4\r\n"))));
        cases.add(refused("bookkeeping: SIE with an amount that is no number", f -> preview("bok.se", cp437(sie(
                "#VER A 1 20210115 \"Lön\"\r\n{\r\n#TRANS 7010 {} tusen\r\n#TRANS 1930 {} -1000\r\n}\r\n")))));
        cases.add(refused("bookkeeping: SIE with the date 2021-13-99", f -> preview("bok.se", cp437(sie(
                "#VER A 1 20211399 \"Lön\"\r\n{\r\n#TRANS 7010 {} 1000\r\n#TRANS 1930 {} -1000\r\n}\r\n")))));
        cases.add(refused("bookkeeping: SIE saved although it is noise", f -> bookkeeping.save("bok.se", noise(5_000))));
        cases.add(refused("bookkeeping: CSV with only a header", f -> preview("bok.csv",
                "Konto;Datum;Belopp\r\n".getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("bookkeeping: CSV saved with HTML in it", f -> bookkeeping.save("bok.csv",
                (SCRIPT + "\r\n" + SCRIPT + "\r\n").getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("bookkeeping: Excel that is no zip", f -> preview("bok.xlsx", noise(2_000))));
        cases.add(refused("bookkeeping: Excel zip without a workbook", f -> preview("bok.xlsx", zip("hej.txt", "hej"))));
        cases.add(refused("bookkeeping: CSV with only a header, saved", f -> bookkeeping.save("bok.csv",
                "Konto;Datum;Belopp\r\n".getBytes(StandardCharsets.UTF_8))));
        cases.add(refused("bookkeeping: Excel that is no zip, saved", f -> bookkeeping.save("bok.xlsx", noise(2_000))));
        cases.add(refused("bookkeeping: SIE with the date 2021-13-99, saved", f -> bookkeeping.save("bok.se", cp437(sie(
                "#VER A 1 20211399 \"Lön\"\r\n{\r\n#TRANS 7010 {} 1000\r\n#TRANS 1930 {} -1000\r\n}\r\n")))));
        cases.add(refused("bookkeeping: file of an unknown kind", f -> preview("bok.exe", padded("MZ", 1000))));
        cases.add(refused("bookkeeping: file name of 400 characters", f -> bookkeeping.save("x".repeat(400) + ".se", noise(100))));

        // The minutes import: PDF, Word, text.
        cases.add(refused("minutes: empty PDF", f -> minutesImport.read("protokoll.pdf", new byte[0])));
        cases.add(refused("minutes: a PDF that is noise", f -> minutesImport.read("protokoll.pdf", padded("%PDF-1.4\n", 5_000))));
        cases.add(refused("minutes: a Word file that is no zip", f -> minutesImport.read("protokoll.docx", noise(3_000))));
        cases.add(refused("minutes: a zip without a document named .docx", f -> minutesImport.read("protokoll.docx", zip("a.txt", "a"))));
        cases.add(refused("minutes: a program", f -> minutesImport.read("protokoll.exe", padded("MZ", 3_000))));
        cases.add(refused("minutes: an empty text", f -> minutesImport.readText("")));
        cases.add(refused("minutes: text without any §", f -> minutesImport.readText(SCRIPT + "\n" + SQL)));

        // Text fields: overlong, empty, NUL, malformed, and values that merely look like HTML or SQL.
        cases.add(refused("member: name of 301 characters", f -> members.save(member("x".repeat(301)))));
        cases.add(refused("member: empty name", f -> members.save(member("   "))));
        cases.add(refused("member: name with a NUL character", f -> members.save(member("Lund\u0000kommun"))));
        cases.add(refused("member: organisation number with letters", f -> members.save(new Member(null, "Lunds kommun", null,
                MemberType.MUNICIPALITY, "ABCDEF-1234", null, null, null))));
        cases.add(refused("member: negative population", f -> members.save(new Member(null, "Lunds kommun", null,
                MemberType.MUNICIPALITY, null, null, -5, null))));
        cases.add(refused("member: share of 150 percent", f -> members.save(new Member(null, "Lunds kommun", null,
                MemberType.MUNICIPALITY, null, new BigDecimal("150"), null, null))));
        cases.add(stored("member: a name with a script is kept as text", f -> {
            members.save(member(SCRIPT));
            assertThat(db.fetchValue(MEMBER.NAME)).isEqualTo(SCRIPT);
        }));
        cases.add(stored("member: a name that looks like SQL is kept as text", f -> {
            members.save(member(SQL));
            assertThat(db.fetchValue(MEMBER.NAME)).isEqualTo(SQL);
        }));
        cases.add(refused("person: name of 301 characters", f -> people.save(person("x".repeat(301)))));
        cases.add(refused("person: empty name", f -> people.save(person(""))));
        cases.add(stored("person: a name with a script is kept as text", f -> {
            people.save(person(SCRIPT));
            assertThat(db.fetchValue(PERSON.FULL_NAME)).isEqualTo(SCRIPT);
        }));
        cases.add(refused("body: name of 301 characters", f -> bodies.save(body("x".repeat(301), "AU"))));
        cases.add(refused("body: § prefix with a space", f -> bodies.save(body("Arbetsutskottet", "A U"))));
        cases.add(stored("body: a § prefix that looks like HTML is kept as text", f -> {
            bodies.save(body("Arbetsutskottet", "<b>x</b>AU"));
            assertThat(db.fetchValue(se.samordnaren.db.Tables.BODY.PARAGRAPH_PREFIX)).isEqualTo("<b>x</b>AU");
        }));
        cases.add(refused("insats: name of 301 characters", f -> initiatives.save(initiative("x".repeat(301), InitiativeStatus.IDEA, null))));
        cases.add(refused("insats: empty name", f -> initiatives.save(initiative(" ", InitiativeStatus.IDEA, null))));
        cases.add(refused("insats: ended without an end date", f -> initiatives.save(initiative("Vägen", InitiativeStatus.ENDED, null))));
        cases.add(refused("insats: an end date while running", f -> initiatives.save(initiative("Vägen", InitiativeStatus.IDEA,
                LocalDate.of(2021, 1, 1)))));

        // Amounts and dates.
        cases.add(refused("co-financing: negative amount", f -> initiatives.addCoFinancing(coFinancing(f, "-1", "Lund"))));
        cases.add(refused("co-financing: 10 000 000 000 000 kr", f -> initiatives.addCoFinancing(coFinancing(f, "10000000000000", "Lund"))));
        cases.add(refused("co-financing: three decimals", f -> initiatives.addCoFinancing(coFinancing(f, "100.005", "Lund"))));
        cases.add(refused("co-financing: no amount", f -> initiatives.addCoFinancing(coFinancing(f, null, "Lund"))));
        cases.add(refused("co-financing: source name of 301 characters", f -> initiatives.addCoFinancing(coFinancing(f, "100", "x".repeat(301)))));
        cases.add(refused("co-financing: note of 50 001 characters", f -> initiatives.addCoFinancing(new CoFinancingDraft(f.initiative(),
                CoFinancingSource.OTHER, "ESF", 2021, new BigDecimal("100"), "x".repeat(50_001)))));
        cases.add(refused("report: period that ends before it starts", f -> initiatives.addReport(new ReportDraft(f.initiative(),
                ReportKind.LAGESRAPPORT, "Läget", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 1, 1),
                null, null, null, null))));
        cases.add(refused("report: negative number of participants", f -> initiatives.addReport(new ReportDraft(f.initiative(),
                ReportKind.LAGESRAPPORT, "Läget", LocalDate.of(2021, 3, 1), null, null, -3, null, null, null))));
        for (String amount : List.of("tusen", "1,2,3", "1e5", "NaN", "--100", "100 kr kr", "1 000 000 000 000", "0x10", "١٠٠",
                "12.345,67", "<script>1</script>", "1;drop table")) {
            cases.add(new Case("amount field: \"" + amount + "\"", Outcome.REFUSED, f -> {
                Optional<BigDecimal> parsed = Money.parse(amount);
                if (parsed.isEmpty()) {
                    throw new UserFacingException("error.money.invalid");
                }
                initiatives.addCoFinancing(new CoFinancingDraft(f.initiative(), CoFinancingSource.OTHER, "ESF", 2021, parsed.get(), null));
            }));
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> every_bad_input_is_refused_in_swedish_with_nothing_saved_or_kept_exactly_as_typed() {
        List<Case> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        return corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            data.reset();
            data.ensureUser("chef", Role.FORBUNDSCHEF);
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("chef", "n/a", Role.FORBUNDSCHEF.authority()));
            try {
                long initiative = data.initiative("Vägen in", InitiativeStatus.IDEA, null, null);
                Fixture fixture = new Fixture(initiative, data.report(initiative, ReportKind.LAGESRAPPORT, LocalDate.of(2021, 3, 1)));
                String before = snapshot();
                Throwable thrown = catchThrowable(() -> c.action().accept(fixture));
                if (c.outcome() == Outcome.REFUSED) {
                    assertThat(thrown).as("%s is refused", c.name()).isNotNull();
                    String message = swedishMessage(c.name(), thrown);
                    assertThat(message).as(c.name()).isNotBlank().doesNotContain("Exception", "SQL", "org.", "java.", "null", "{0}");
                    assertThat(snapshot()).as("%s: nothing saved", c.name()).isEqualTo(before);
                } else {
                    assertThat(thrown).as(c.name()).isNull();
                    assertThat(snapshot()).as("%s: something saved", c.name()).isNotEqualTo(before);
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        }));
    }

    /**
     * The bookkeeping preview answers a file it cannot read with its Swedish refusal instead of throwing; the view
     * shows that text. Here it becomes the exception the other cases throw. A CSV or Excel file is not read before its
     * columns are set (needsColumns): saving it is refused, which the "saved" cases check.
     */
    private void preview(String fileName, byte[] content) {
        se.samordnaren.bookkeeping.ImportPreview preview = bookkeeping.preview(fileName, content);
        if (preview.refusal() != null) {
            assertThat(preview.refusal()).as(fileName).doesNotContain("Exception", "java.", "org.");
            assertThat(preview.refusal()).as("%s: Swedish", fileName).containsPattern("[åäöÅÄÖ]|inte|kan|fil|ogiltig|saknar|Rad ");
            throw new UserFacingException("error.checkFields");
        }
        if (preview.needsColumns()) {
            throw new UserFacingException("error.checkFields");
        }
    }

    /** The text ErrorHandling shows for the failure: the Swedish translation of its key; fails if it would get an error code. */
    private String swedishMessage(String name, Throwable thrown) {
        Optional<UserFacingException> message = Optional.empty();
        for (Throwable t = thrown; t != null && message.isEmpty(); t = t.getCause()) {
            if (t instanceof UserFacingException user) {
                message = Optional.of(user);
            }
        }
        if (message.isEmpty()) {
            message = refusals.explain(thrown);
        }
        if (message.isEmpty()) {
            return fail("%s: no Swedish message but an error code for %s", name, thrown.toString(), thrown);
        }
        String key = message.get().messageKey();
        Object[] arguments = Arrays.stream(message.get().arguments())
                .map(a -> a instanceof se.samordnaren.common.Translated t ? translations.getTranslation(t.key(), SWEDISH) : a).toArray();
        String text = translations.getTranslation(key, SWEDISH, arguments);
        assertThat(text).as("%s: a Swedish text for %s", name, key).isNotEqualTo(key).doesNotStartWith("!");
        return text;
    }

    /** Row counts of every data table and the newest audit row: equal before and after means nothing was saved. */
    private String snapshot() {
        List<String> tables = db.fetch("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' and table_name not like 'databasechangelog%' and table_name <> 'login_throttle' "
                + "order by table_name").getValues(0, String.class);
        String counts = tables.stream().map(t -> "(select count(*) from \"" + t + "\")").collect(Collectors.joining(" || ',' || "));
        return db.fetchSingle("select " + counts).get(0, String.class) + "/" + data.maxAuditId();
    }

    private static Member member(String name) {
        return new Member(null, name, null, MemberType.MUNICIPALITY, null, null, null, null);
    }

    private static Person person(String name) {
        return new Person(null, name, null, null, null, null, null, null, null);
    }

    private static Body body(String name, String prefix) {
        return new Body(null, name, null, BodyType.WORKING_COMMITTEE, "Arbetsutskottet beslutade", prefix, null);
    }

    private static se.samordnaren.initiative.InitiativeDraft initiative(String name, InitiativeStatus status, LocalDate actualEnd) {
        return new se.samordnaren.initiative.InitiativeDraft(null, null, null, name, null, null, "Lunds kommun", null, null, null,
                LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), actualEnd, status, null, null, null, null, List.of());
    }

    private static CoFinancingDraft coFinancing(Fixture f, String amount, String sourceName) {
        return new CoFinancingDraft(f.initiative(), CoFinancingSource.OTHER, sourceName, 2021,
                amount == null ? null : new BigDecimal(amount), null);
    }

    private static String sie(String vouchers) {
        return "#FLAGGA 0\r\n#PROGRAM \"Test\" 1\r\n#FORMAT PC8\r\n#SIETYP 4\r\n#FNAMN \"Förbundet\"\r\n"
                + "#RAR 0 20210101 20211231\r\n#KONTO 7010 \"Lön\"\r\n#KONTO 1930 \"Bank\"\r\n" + vouchers;
    }

    private static byte[] cp437(String text) {
        return text.getBytes(java.nio.charset.Charset.forName("IBM437"));
    }

    private static byte[] padded(String start, int size) {
        byte[] content = new byte[size];
        byte[] head = start.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, content, 0, Math.min(head.length, size));
        return content;
    }

    private static byte[] noise(int size) {
        byte[] content = new byte[size];
        new java.util.Random(size).nextBytes(content);
        return content;
    }

    private static byte[] zip(String entry, String text) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
