package se.samordnaren.bookkeeping.sie;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CP437;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CRLF;

/**
 * A broken file is refused whole, with a Swedish message that names the line and what is wrong. Each case starts
 * from the same small correct file (which parses) and breaks one thing in it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SieParserRefusalTest {

    /** Line numbers as in the file: line 10 is the #VER, 12 and 13 its rows. */
    static final List<String> CORRECT = """
            #FLAGGA 0
            #PROGRAM "Fortnox" 3.57.11
            #FORMAT PC8
            #GEN 20210401
            #SIETYP 4
            #FNAMN "Samordningsförbundet Lund"
            #RAR 0 20210101 20211231
            #KONTO 1930 "Företagskonto"
            #KONTO 6550 "Konsultarvoden"
            #VER A 12 20210304 "Konsult mars"
            {
            #TRANS 6550 {} 1250.00
            #TRANS 1930 {} -1250.00
            }
            """.lines().toList();

    @Test
    void the_correct_file_these_cases_start_from_is_read() {
        assertThatCode(() -> SieParser.parse(bytes(CORRECT))).doesNotThrowAnyException();
    }

    @Test
    void a_row_without_amount_names_its_line() {
        SieParseException refusal = refused(replace(13, "#TRANS 1930 {}"));

        assertThat(refusal.line()).isEqualTo(13);
        assertThat(refusal).hasMessage("Rad 13: #TRANS saknar belopp");
        assertThat(refusal.reason()).isEqualTo("#TRANS saknar belopp");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"12,50,0", "1e5", "-", "12.5.0", "tusen", "1 250"})
    void an_unreadable_amount_names_its_line_and_what_was_written(String amount) {
        SieParseException refusal = refused(replace(13, "#TRANS 1930 {} \"" + amount + "\""));

        assertThat(refusal).hasMessage("Rad 13: #TRANS har ett ogiltigt belopp \"" + amount + "\"");
    }

    @Test
    void an_unbalanced_voucher_names_its_series_number_date_and_the_difference() {
        SieParseException refusal = refused(replace(12, "#TRANS 6550 {} 1350.00"));

        assertThat(refusal.line()).isEqualTo(10);
        assertThat(refusal).hasMessage("Rad 10: Verifikation A 12 (2021-03-04) är inte i balans: differens 100,00 kr");
    }

    @Test
    void an_unbalanced_voucher_shows_the_difference_with_its_sign_in_swedish_format() {
        SieParseException refusal = refused(replace(12, "#TRANS 6550 {} 0.00"));

        assertThat(refusal).hasMessage("Rad 10: Verifikation A 12 (2021-03-04) är inte i balans: differens"
                + " -1 250,00 kr");
    }

    @Test
    void a_removed_row_does_not_count_towards_the_balance() {
        List<String> lines = new ArrayList<>(CORRECT);
        lines.add(13, "#BTRANS 1930 {} 100.00");

        assertThatCode(() -> SieParser.parse(bytes(lines))).doesNotThrowAnyException();
        lines.set(13, "#TRANS 1930 {} 100.00");
        assertThat(refused(lines)).hasMessageContaining("Verifikation A 12 (2021-03-04) är inte i balans");
    }

    @Test
    void an_impossible_voucher_date_is_refused() {
        assertThat(refused(replace(10, "#VER A 12 20210230 \"Konsult mars\"")))
                .hasMessage("Rad 10: #VER har ett ogiltigt verifikationsdatum \"20210230\" (ska vara ÅÅÅÅMMDD)");
        assertThat(refused(replace(10, "#VER A 12 4/3/2021 \"Konsult mars\"")))
                .hasMessage("Rad 10: #VER har ett ogiltigt verifikationsdatum \"4/3/2021\" (ska vara ÅÅÅÅMMDD)");
        assertThat(refused(replace(12, "#TRANS 6550 {} 1250.00 2021034")))
                .hasMessage("Rad 12: #TRANS har ett ogiltigt transaktionsdatum \"2021034\" (ska vara ÅÅÅÅMMDD)");
    }

    @Test
    void a_voucher_without_date_is_refused() {
        assertThat(refused(replace(10, "#VER A 12"))).hasMessage("Rad 10: #VER saknar verifikationsdatum");
    }

    @Test
    void a_quote_that_is_never_closed_where_a_value_belongs_is_refused() {
        assertThat(refused(replace(13, "#TRANS 1930 {} \"-1250.00")))
                .hasMessage("Rad 13: citattecknet i kolumn 16 avslutas aldrig");
        assertThat(refused(replace(10, "#VER \"A 12 20210304 Konsult mars")))
                .hasMessage("Rad 10: citattecknet i kolumn 6 avslutas aldrig");
        assertThat(refused(replace(12, "#TRANS 6550 {1 \"K1} 1250.00")))
                .hasMessage("Rad 12: citattecknet i kolumn 16 avslutas aldrig (i objektlistan som börjar i kolumn 13)");
    }

    @Test
    void an_object_list_that_is_never_closed_is_refused() {
        assertThat(refused(replace(12, "#TRANS 6550 {1 \"K1\" 1250.00")))
                .hasMessage("Rad 12: objektlistan som börjar i kolumn 13 saknar avslutande }");
    }

    @Test
    void an_object_list_that_is_not_pairs_is_refused() {
        assertThat(refused(replace(12, "#TRANS 6550 {1} 1250.00")))
                .hasMessage("Rad 12: objektlistan i #TRANS har ett udda antal fält (ska vara par av dimension och"
                        + " objekt)");
    }

    @Test
    void a_voucher_that_is_never_closed_is_refused() {
        assertThat(refused(CORRECT.subList(0, 13)))
                .hasMessage("Rad 10: verifikation A 12 avslutas aldrig med } (filen slutar på rad 13)");
    }

    @Test
    void a_voucher_whose_closing_brace_is_missing_is_refused_at_the_next_record() {
        List<String> lines = new ArrayList<>(CORRECT.subList(0, 13));
        lines.addAll(List.of("#VER A 13 20210305 \"Hyra\"", "{", "#TRANS 1930 {} 0.00", "}"));

        assertThat(refused(lines)).hasMessage("Rad 14: #VER inne i verifikation A 12 (rad 10): avslutande } saknas");
    }

    @Test
    void a_row_outside_a_voucher_is_refused() {
        List<String> lines = new ArrayList<>(CORRECT);
        lines.add("#TRANS 1930 {} 5.00");

        assertThat(refused(lines)).hasMessage("Rad 15: #TRANS utanför verifikation (rader får bara stå mellan { och }"
                + " efter en #VER)");
    }

    @Test
    void braces_without_a_voucher_are_refused() {
        List<String> open = new ArrayList<>(CORRECT);
        open.add("{");
        List<String> close = new ArrayList<>(CORRECT);
        close.add("}");

        assertThat(refused(open)).hasMessage("Rad 15: { utan föregående #VER");
        assertThat(refused(close)).hasMessage("Rad 15: } utan föregående {");
    }

    @Test
    void a_line_that_is_no_record_is_refused() {
        assertThat(refused(replace(9, "6550 Konsultarvoden")))
                .hasMessage("Rad 9: raden börjar inte med en etikett (#…): \"6550 Konsultarvoden\"");
    }

    @Test
    void a_fiscal_year_that_ends_before_it_starts_is_refused() {
        assertThat(refused(replace(7, "#RAR 0 20211231 20210101")))
                .hasMessage("Rad 7: #RAR 0: räkenskapsåret slutar (2021-01-01) före det börjar (2021-12-31)");
    }

    @Test
    void a_period_that_is_no_month_is_refused() {
        List<String> lines = new ArrayList<>(CORRECT);
        lines.add("#PSALDO 0 202113 6550 {} 1250.00");

        assertThat(refused(lines)).hasMessage("Rad 15: #PSALDO har en ogiltig period \"202113\" (ska vara ÅÅÅÅMM)");
    }

    @Test
    void a_sie_type_that_is_not_1_to_4_is_refused() {
        assertThat(refused(replace(5, "#SIETYP 5"))).hasMessage("Rad 5: SIE typ 5 kan inte läsas här (bara typ 1–4)");
    }

    @Test
    void a_file_that_announces_a_checksum_but_lacks_the_closing_sum_is_refused_as_truncated() {
        List<String> lines = new ArrayList<>(CORRECT);
        lines.add(1, "#KSUMMA");

        assertThat(refused(lines)).hasMessage("Rad 2: filen utlovar en kontrollsumma (#KSUMMA) men saknar den"
                + " avslutande #KSUMMA med summan; filen är troligen avkortad");
    }

    @Test
    void a_file_that_is_not_sie_at_all_is_refused_with_a_clear_message() {
        assertThat(refused("Konto;Belopp\n1930;1250,00\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Filen är inte en SIE-fil: ingen #FLAGGA, #SIETYP eller annan SIE-post bland de första"
                        + " raderna (första raden: \"Konto;Belopp\").")
                .extracting(refusal -> ((SieParseException) refusal).line()).isEqualTo(0);
        assertThat(refused(new byte[0])).hasMessage("Filen är tom.");
        assertThat(refused("\n\n  \n".getBytes(StandardCharsets.UTF_8))).hasMessage("Filen är tom.");
        assertThat(refused(new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0}))
                .hasMessage("Filen är inte en SIE-fil utan ett komprimerat arkiv (t.ex. Excel .xlsx eller zip).");
        assertThat(refused("%PDF-1.7\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Filen är inte en SIE-fil utan en PDF.");
        assertThat(refused("<?xml version=\"1.0\"?>\n<Sie xmlns=\"http://www.sie.se/sie5\">\n"
                .getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Filen är en SIE 5-fil (XML), som inte kan läsas här; exportera SIE typ 4 (eller 1–3) i"
                        + " stället.");
        assertThat(refused("<html><body>404 Not Found</body></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Filen är inte en SIE-fil (den ser ut som XML eller HTML).");
        assertThat(refused(new byte[]{'#', 'F', 0, 0, 1, 2}))
                .hasMessage("Filen är inte en SIE-fil (den innehåller binära data).");
    }

    private static List<String> replace(int lineNumber, String line) {
        List<String> lines = new ArrayList<>(CORRECT);
        lines.set(lineNumber - 1, line);
        return lines;
    }

    private static byte[] bytes(List<String> lines) {
        return SieTestFiles.encode(lines, CP437, CRLF, false);
    }

    private static SieParseException refused(List<String> lines) {
        return refused(bytes(lines));
    }

    private static SieParseException refused(byte[] bytes) {
        SieParseException refusal = catchThrowableOfType(SieParseException.class, () -> SieParser.parse(bytes));
        assertThat(refusal).as("the file must be refused").isNotNull();
        return refusal;
    }
}
