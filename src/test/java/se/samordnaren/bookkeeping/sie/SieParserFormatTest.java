package se.samordnaren.bookkeeping.sie;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.bookkeeping.sie.SieParserProducersTest.entry;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CP437;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CRLF;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.LF;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.WINDOWS_1252;

/** The lexical rules and what real exports do with them: character sets, line ends, blanks, quotes, the checksum. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SieParserFormatTest {

    static final List<String> SWEDISH = """
            #FLAGGA 0
            #PROGRAM "Testprogram" 1.0
            #FORMAT PC8
            #SIETYP 4
            #FNAMN "Samordningsförbundet Älvdalen–Åre"
            #RAR 0 20210101 20211231
            #KONTO 6550 "Konsultarvoden för Östra Göinge"
            #KONTO 1930 "Företagskonto"
            #VER A 1 20210304 "Kopparbergs läns rådgivning"
            {
            #TRANS 6550 {6 "Överförmyndare"} 1250.00
            #TRANS 1930 {} -1250.00
            }
            """.lines().toList();

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of(CP437, "CP437", false, CRLF),
                Arguments.of(CP437, "CP437", false, LF),
                Arguments.of(WINDOWS_1252, "Windows-1252", false, CRLF),
                Arguments.of(WINDOWS_1252, "Windows-1252", false, "\r"),
                Arguments.of(StandardCharsets.ISO_8859_1, "Windows-1252", false, LF),
                Arguments.of(StandardCharsets.UTF_8, "UTF-8", false, LF),
                Arguments.of(StandardCharsets.UTF_8, "UTF-8", true, CRLF));
    }

    @ParameterizedTest(name = "{1}, BOM {2}")
    @MethodSource("encodings")
    void the_character_set_is_decided_from_the_bytes_whatever_the_file_declares(Charset charset, String detected,
                                                                                boolean bom, String lineEnd)
            throws Exception {
        // CP437 and Latin-1 have no en dash.
        boolean dash = charset.canEncode() && charset.newEncoder().canEncode('–');
        List<String> lines = dash ? SWEDISH : SWEDISH.stream().map(line -> line.replace('–', '-')).toList();

        SieFile sie = SieParser.parse(SieTestFiles.encode(lines, charset, lineEnd, bom));

        assertThat(sie.charset()).isEqualTo(detected);
        assertThat(sie.companyName()).isEqualTo(dash ? "Samordningsförbundet Älvdalen–Åre"
                : "Samordningsförbundet Älvdalen-Åre");
        assertThat(sie.accounts().get("6550").name()).isEqualTo("Konsultarvoden för Östra Göinge");
        assertThat(sie.vouchers().getFirst().text()).isEqualTo("Kopparbergs läns rådgivning");
        assertThat(sie.transactionsByObject()).containsExactly(entry("6:Överförmyndare", "1250.00"));
        assertThat(sie.vouchers().getFirst().line()).isEqualTo(9);
    }

    @Test
    void a_cp437_file_without_format_record_is_still_recognised_by_its_letters() throws Exception {
        List<String> lines = new ArrayList<>(SWEDISH.stream().map(line -> line.replace('–', '-')).toList());
        lines.remove("#FORMAT PC8");

        SieFile sie = SieParser.parse(SieTestFiles.encode(lines, CP437, CRLF, false));

        assertThat(sie.charset()).isEqualTo("CP437");
        assertThat(sie.companyName()).isEqualTo("Samordningsförbundet Älvdalen-Åre");
        assertThat(sie.warnings()).isEmpty();
    }

    @Test
    void a_file_that_mixes_utf_8_and_cp437_lines_is_read_line_by_line() throws Exception {
        List<String> cp437Lines = SWEDISH.stream().map(line -> line.replace('–', '-')).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < cp437Lines.size(); i++) {
            // The account names come from a newer module that writes UTF-8; the rest is CP437 as the format says.
            Charset charset = cp437Lines.get(i).startsWith("#KONTO") ? StandardCharsets.UTF_8 : CP437;
            out.writeBytes((cp437Lines.get(i) + "\r\n").getBytes(charset));
        }

        SieFile sie = SieParser.parse(out.toByteArray());

        assertThat(sie.charset()).isEqualTo("UTF-8 + CP437");
        assertThat(sie.accounts().get("6550").name()).isEqualTo("Konsultarvoden för Östra Göinge");
        assertThat(sie.companyName()).isEqualTo("Samordningsförbundet Älvdalen-Åre");
        assertThat(sie.vouchers().getFirst().text()).isEqualTo("Kopparbergs läns rådgivning");
        assertThat(sie.warnings()).containsExactly("Filen blandar teckenkodningar: 2 rader i UTF-8 och 3 i CP437;"
                + " varje rad lästes i sin egen kodning.");
    }

    @Test
    void a_utf_16_file_with_byte_order_mark_is_read() throws Exception {
        String text = String.join("\r\n", SWEDISH) + "\r\n";
        byte[] bytes = ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);

        SieFile sie = SieParser.parse(bytes);

        assertThat(sie.charset()).isEqualTo("UTF-16");
        assertThat(sie.companyName()).isEqualTo("Samordningsförbundet Älvdalen–Åre");
    }

    @Test
    void blanks_tabs_empty_fields_escaped_quotes_and_a_dos_end_of_file_mark_are_read() throws Exception {
        List<String> lines = """
                #FLAGGA\t0
                #PROGRAM  \t "Program med \\"citat\\""   \t  2.0\t
                #SIETYP    4
                #FNAMN "Förbundet \\"Lund\\" "
                #RAR\t0\t20210101\t20211231
                #VER\t""\t""\t20210304\t""\t""\t""
                  {\t
                \t\t#TRANS\t\t1930\t\t{ }\t\t-1250.00\t""\t"Rad med \\"citat\\" och  två blanksteg"\t""\t""
                \t\t#TRANS 6550 {  6   "P 100"   1 K1  }    1250.00
                  }  \t
                """.lines().toList();
        byte[] bytes = SieTestFiles.encode(lines, CP437, CRLF, false);
        byte[] withEndOfFileMark = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        withEndOfFileMark[bytes.length] = 0x1A;

        SieFile sie = SieParser.parse(withEndOfFileMark);

        assertThat(sie.program()).isEqualTo("Program med \"citat\"");
        assertThat(sie.programVersion()).isEqualTo("2.0");
        assertThat(sie.companyName()).isEqualTo("Förbundet \"Lund\" ");
        Voucher voucher = sie.vouchers().getFirst();
        assertThat(voucher.label()).isEqualTo("utan nummer");
        assertThat(voucher.text()).isEmpty();
        assertThat(voucher.registered()).isNull();
        assertThat(voucher.transactions().getFirst().text()).isEqualTo("Rad med \"citat\" och  två blanksteg");
        assertThat(voucher.transactions().get(1).objects())
                .containsExactly(new ObjectRef("6", "P 100"), new ObjectRef("1", "K1"));
        assertThat(sie.transactionsByAccount()).containsExactly(entry("1930", "-1250.00"), entry("6550", "1250.00"));
        assertThat(sie.warnings()).isEmpty();
    }

    @Test
    void amounts_are_exact_with_or_without_decimals_and_a_decimal_comma_is_tolerated() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.addAll(Collections.nCopies(10, "#TRANS 6550 {} 0.10"));
        rows.addAll(List.of("#TRANS 6550 {} 123456789012.34", "#TRANS 6550 {} 5", "#TRANS 6550 {} -0,5",
                "#TRANS 1930 {} -123456789017.84"));

        SieFile sie = SieParser.parse(SieTestFiles.encode(voucherWith(rows), CP437, LF, false));

        assertThat(sie.transactionsByAccount()).containsExactly(
                entry("1930", "-123456789017.84"), entry("6550", "123456789017.84"));
        assertThat(sie.warnings()).containsExactly(
                "Rad 22 (och kanske fler): belopp med decimalkomma lästes som decimaler; formatet anger punkt.");
    }

    @Test
    void a_row_may_omit_the_empty_object_list() throws Exception {
        SieFile sie = SieParser.parse(SieTestFiles.encode(voucherWith(List.of(
                "#TRANS 6550 1250.00 20210305 \"Utan objektlista\"", "#TRANS 1930 {} -1250.00")), CP437, LF, false));

        Transaction row = sie.vouchers().getFirst().transactions().getFirst();
        assertThat(row.objects()).isEmpty();
        assertThat(row.amount()).isEqualByComparingTo("1250.00");
        assertThat(row.date()).isEqualTo("2021-03-05");
        assertThat(row.text()).isEqualTo("Utan objektlista");
    }

    @Test
    void unknown_records_and_unknown_trailing_fields_are_ignored_with_a_warning() throws Exception {
        List<String> lines = new ArrayList<>(voucherWith(List.of("#TRANS 6550 {} 1250.00 \"\" \"\" \"\" \"\" extra",
                "#XTRANS 6550 {} 99.00", "#TRANS 1930 {} -1250.00")));
        lines.add(3, "#NYPOST 1 2 3");
        lines.add(4, "#NYPOST 4 5 6");

        SieFile sie = SieParser.parse(SieTestFiles.encode(lines, CP437, LF, false));

        assertThat(sie.transactionsByAccount()).containsExactly(entry("1930", "-1250.00"), entry("6550", "1250.00"));
        assertThat(sie.warnings()).containsExactly("Okänd post #NYPOST ignorerades (rad 4, 2 gånger).",
                "Okänd post #XTRANS ignorerades (rad 13).");
    }

    @Test
    void a_voucher_whose_rows_follow_without_opening_brace_is_read_with_a_warning() throws Exception {
        List<String> lines = new ArrayList<>(voucherWith(List.of("#TRANS 6550 {} 1250.00", "#TRANS 1930 {} -1250.00")));
        lines.remove("{");
        lines.addAll(List.of("#VER A 2 20210305 \"Utan klamrar alls\"", "#TRANS 6550 {} 10.00",
                "#TRANS 1930 {} -10.00", "#VER A 3 20210306 \"Klammer på samma rad\" {", "#TRANS 6550 {} 20.00",
                "#TRANS 1930 {} -20.00", "}", "#RES 0 6550 1280.00"));

        SieFile sie = SieParser.parse(SieTestFiles.encode(lines, CP437, LF, false));

        assertThat(sie.vouchers()).extracting(Voucher::label).containsExactly("A 1", "A 2", "A 3");
        assertThat(sie.transactionsByAccount()).containsExactly(entry("1930", "-1280.00"), entry("6550", "1280.00"));
        assertThat(sie.resultsByAccount(0)).containsExactly(entry("6550", "1280.00"));
        assertThat(sie.warnings()).containsExactly("Rad 8: verifikation A 1 saknar inledande {; raderna under den"
                + " lästes ändå (likadant på 1 rad till).");
    }

    @Test
    void a_row_text_cut_short_without_closing_quote_is_read_with_a_warning() throws Exception {
        SieFile sie = SieParser.parse(SieTestFiles.encode(voucherWith(List.of(
                "#TRANS 6550 {} 1250.00 20210304 \"260    Konsultarvode mars enligt avta",
                "#TRANS 1930 {} -1250.00 20210304 \"260    Konsultarvode mars enligt avta")), CP437, LF, false));

        assertThat(sie.vouchers().getFirst().transactions().getFirst().text())
                .isEqualTo("260    Konsultarvode mars enligt avta");
        assertThat(sie.transactionsByAccount()).containsExactly(entry("1930", "-1250.00"), entry("6550", "1250.00"));
        assertThat(sie.warnings()).containsExactly("Rad 10: citattecknet i kolumn 33 avslutas aldrig; resten av raden"
                + " lästes som text (likadant på 1 rad till).");
    }

    @Test
    void an_added_row_without_its_twin_counts_once() throws Exception {
        SieFile sie = SieParser.parse(SieTestFiles.encode(voucherWith(List.of(
                "#TRANS 6550 {} 1250.00", "#RTRANS 1930 {} -1250.00")), CP437, LF, false));

        assertThat(sie.vouchers().getFirst().transactions()).extracting(Transaction::account, Transaction::added)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("6550", false),
                        org.assertj.core.groups.Tuple.tuple("1930", true));
        assertThat(sie.warnings()).containsExactly("Rad 11: #RTRANS i verifikation A 1 följs inte av en likadan #TRANS;"
                + " raden räknades en gång.");
    }

    @Test
    void a_wrong_checksum_is_reported_invalid_and_a_missing_one_absent() throws Exception {
        List<String> signed = SieTestFiles.withKsumma(withKsummaSignal(
                voucherWith(List.of("#TRANS 6550 {} 1250.00", "#TRANS 1930 {} -1250.00"))));
        List<String> changed = new ArrayList<>(signed);
        changed.replaceAll(line -> line.replace("1250.00", "1350.00"));

        SieFile valid = SieParser.parse(SieTestFiles.encode(signed, CP437, CRLF, false));
        SieFile invalid = SieParser.parse(SieTestFiles.encode(changed, CP437, CRLF, false));
        SieFile absent = SieParser.parse(SieTestFiles.encode(
                voucherWith(List.of("#TRANS 6550 {} 1250.00", "#TRANS 1930 {} -1250.00")), CP437, CRLF, false));

        assertThat(valid.checksum().status()).isEqualTo(Checksum.Status.VALID);
        assertThat(valid.warnings()).isEmpty();
        assertThat(invalid.checksum().status()).isEqualTo(Checksum.Status.INVALID);
        assertThat(invalid.checksum().declared()).isEqualTo(valid.checksum().declared());
        assertThat(invalid.checksum().computed()).isNotEqualTo(invalid.checksum().declared());
        assertThat(invalid.warnings()).singleElement().asString()
                .startsWith("Rad 14: kontrollsumman stämmer inte (filen anger " + valid.checksum().declared());
        assertThat(absent.checksum()).isEqualTo(new Checksum(Checksum.Status.ABSENT, null, null, 0));
        assertThat(invalid.checksum().line()).isEqualTo(14);
    }

    @Test
    void the_checksum_covers_labels_and_field_contents_without_blanks_quotes_and_braces_in_cp437() throws Exception {
        // The specification's example: only "#KONTO1915Kassa "special"" is summed.
        KsummaCalculator sum = new KsummaCalculator();
        sum.add(SieRecord.parse(1, "#KONTO 1915 \"Kassa \\\"special\\\"\""), CP437);
        assertThat(sum.value()).isEqualTo(SieTestFiles.crc("#KONTO1915Kassa \"special\"".getBytes(CP437)));

        KsummaCalculator withObjects = new KsummaCalculator();
        withObjects.add(SieRecord.parse(1, "#TRANS\t6550  {6 \"Överförmyndare\" 1 K1}  1250.00 \"\" \"Text\""),
                StandardCharsets.UTF_8);
        assertThat(withObjects.value())
                .isEqualTo(SieTestFiles.crc("#TRANS65506Överförmyndare1K11250.00Text".getBytes(CP437)));

        // The specification's table-driven CRC-32 is the CRC-32 of zip (check value of "123456789": CBF43926).
        CRC32 zip = new CRC32();
        zip.update("123456789".getBytes(StandardCharsets.US_ASCII));
        assertThat(SieTestFiles.crc("123456789".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(0xCBF43926L).isEqualTo(zip.getValue());
    }

    @Test
    void a_checksum_written_as_a_signed_number_is_understood() throws Exception {
        List<String> signed;
        long sum;
        int variant = 0;
        do { // vary a comment until the sum has its top bit set, so that it prints negative as a signed int
            List<String> lines = voucherWith(List.of("#TRANS 6550 {} 1250.00", "#TRANS 1930 {} -1250.00"));
            lines.add(1, "#PROSA \"variant " + variant++ + "\"");
            signed = SieTestFiles.withKsumma(withKsummaSignal(lines));
            sum = Long.parseLong(signed.getLast().substring("#KSUMMA ".length()));
        } while (sum <= Integer.MAX_VALUE);
        List<String> asSignedInt = new ArrayList<>(signed);
        asSignedInt.set(asSignedInt.size() - 1, "#KSUMMA " + (int) sum);

        assertThat(SieParser.parse(SieTestFiles.encode(asSignedInt, CP437, LF, false)).checksum().status())
                .isEqualTo(Checksum.Status.VALID);
    }

    @Test
    void vouchers_outside_the_current_fiscal_year_and_undeclared_accounts_are_warned_about() throws Exception {
        List<String> lines = voucherWith(List.of("#TRANS 6550 {6 \"P9\"} 1250.00", "#TRANS 2440 {} -1250.00"));
        lines.replaceAll(line -> line.replace("#VER A 1 20210304", "#VER A 1 20220104"));
        lines.add(7, "#OBJEKT 6 \"P1\" \"IRIS\"");

        SieFile sie = SieParser.parse(SieTestFiles.encode(lines, CP437, LF, false));

        assertThat(sie.warnings()).containsExactly(
                "1 verifikation har datum utanför räkenskapsåret 2021-01-01–2021-12-31, t.ex. A 1 (2022-01-04).",
                "Konton som används men saknas i kontoplanen (#KONTO): 2440.",
                "Objekt som används men inte deklareras (#OBJEKT): 6:P9.");
    }

    /** A small correct type 4 file (lines 1–7 head, 8 #VER, 9 "{", then the rows and "}"). */
    static List<String> voucherWith(List<String> rows) {
        List<String> lines = new ArrayList<>(List.of(
                "#FLAGGA 0", "#PROGRAM \"Test\" 1.0", "#SIETYP 4", "#FNAMN \"Samordningsförbundet Lund\"",
                "#RAR 0 20210101 20211231", "#KONTO 1930 \"Företagskonto\"", "#KONTO 6550 \"Konsultarvoden\"",
                "#VER A 1 20210304 \"Konsult mars\"", "{"));
        lines.addAll(rows);
        lines.add("}");
        return lines;
    }

    private static List<String> withKsummaSignal(List<String> lines) {
        List<String> signed = new ArrayList<>(lines);
        signed.add(1, "#KSUMMA");
        signed.add("#KSUMMA ?");
        return signed;
    }

}
