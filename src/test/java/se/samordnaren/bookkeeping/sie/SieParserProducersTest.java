package se.samordnaren.bookkeeping.sie;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CP437;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CRLF;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.LF;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.WINDOWS_1252;

/**
 * Files in the shapes different bookkeeping programs write (layout, quoting, character set, line ends, optional
 * records), each read exactly: every total per account and per object is asserted to the öre.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SieParserProducersTest {

    @TempDir
    Path dir;

    /** Fortnox-like: CP437 as the format says, CRLF, single spaces, indented rows, identification records in full. */
    static final List<String> FORTNOX_LIKE = """
            #FLAGGA 0
            #PROGRAM "Fortnox" 3.57.11
            #FORMAT PC8
            #GEN 20220115
            #SIETYP 4
            #FNR 123456
            #ORGNR 222000-1234
            #ADRESS "Anna Ek" "Box 1" "221 00 Lund" "046-123 45"
            #FNAMN "Samordningsförbundet Lund"
            #RAR 0 20210101 20211231
            #RAR -1 20200101 20201231
            #TAXAR 2022
            #KPTYP BAS2014
            #VALUTA SEK
            #KONTO 1930 "Företagskonto"
            #KTYP 1930 T
            #KONTO 2440 "Leverantörsskulder"
            #KTYP 2440 S
            #KONTO 3010 "Tilldelade medel från medlemmarna"
            #KTYP 3010 I
            #KONTO 5010 "Lokalhyra"
            #KTYP 5010 K
            #KONTO 6550 "Konsultarvoden"
            #KTYP 6550 K
            #SRU 1930 7281
            #DIM 1 "Kostnadsställe"
            #DIM 6 "Projekt"
            #OBJEKT 1 "K1" "Kansliet"
            #OBJEKT 6 "P100" "IRIS Höganäs"
            #OBJEKT 6 "P200" "Kompenstrappan"
            #IB 0 1930 5800000.00
            #UB 0 1930 6612500.00
            #IB -1 1930 2500000.00
            #UB -1 1930 5800000.00
            #RES 0 3010 -875000.00
            #RES 0 5010 12500.00
            #RES 0 6550 50000.00
            #RES -1 3010 -7000000.00
            #VER A 1 20210115 "Tilldelade medel Q1 Försäkringskassan" 20210118
            {
               #TRANS 1930 {} 875000.00
               #TRANS 3010 {} -875000.00
            }
            #VER A 2 20210131 "Hyra januari" 20210201
            {
               #TRANS 5010 {1 "K1"} 12500.00
               #TRANS 2440 {} -12500.00
            }
            #VER B 1 20210215 "Faktura IRIS Höganäs" 20210216
            {
               #TRANS 6550 {6 "P100"} 40000.00 20210215 "IRIS Höganäs februari"
               #TRANS 6550 {1 "K1" 6 "P200"} 10000.00
               #TRANS 2440 {} -50000.00
            }
            #VER B 2 20210301 "Betalning leverantörer" 20210301
            {
               #TRANS 2440 {} 62500.00
               #TRANS 1930 {} -62500.00
            }
            """.lines().toList();

    @Test
    void a_fortnox_like_type_4_file_in_cp437_with_crlf_is_read_exactly() throws Exception {
        Path file = SieTestFiles.write(dir, "fortnox.se", SieTestFiles.encode(FORTNOX_LIKE, CP437, CRLF, false));

        SieFile sie = SieParser.parse(file);

        assertThat(sie.charset()).isEqualTo("CP437");
        assertThat(sie.program()).isEqualTo("Fortnox");
        assertThat(sie.programVersion()).isEqualTo("3.57.11");
        assertThat(sie.sieType()).isEqualTo(4);
        assertThat(sie.companyName()).isEqualTo("Samordningsförbundet Lund");
        assertThat(sie.orgNumber()).isEqualTo("222000-1234");
        assertThat(sie.currency()).isEqualTo("SEK");
        assertThat(sie.generated()).isEqualTo(LocalDate.of(2022, 1, 15));
        assertThat(sie.fiscalYears()).containsExactly(
                new FiscalYear(0, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                new FiscalYear(-1, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThat(sie.accounts().get("3010")).isEqualTo(
                new Account("3010", "Tilldelade medel från medlemmarna", AccountType.INCOME));
        assertThat(sie.accounts().get("2440").type()).isEqualTo(AccountType.LIABILITY);
        assertThat(sie.objects()).extracting(SieObject::name)
                .containsExactly("Kansliet", "IRIS Höganäs", "Kompenstrappan");

        assertThat(sie.vouchers()).extracting(Voucher::label).containsExactly("A 1", "A 2", "B 1", "B 2");
        Voucher invoice = sie.vouchers().get(2);
        assertThat(invoice.text()).isEqualTo("Faktura IRIS Höganäs");
        assertThat(invoice.registered()).isEqualTo(LocalDate.of(2021, 2, 16));
        assertThat(invoice.transactions().getFirst()).isEqualTo(new Transaction("6550",
                List.of(new ObjectRef("6", "P100")), new BigDecimal("40000.00"), LocalDate.of(2021, 2, 15),
                "IRIS Höganäs februari", null, null, false,
                FORTNOX_LIKE.indexOf("   #TRANS 6550 {6 \"P100\"} 40000.00 20210215 \"IRIS Höganäs februari\"") + 1));
        assertThat(invoice.transactions().get(1).date()).as("a row without date has the voucher's")
                .isEqualTo(LocalDate.of(2021, 2, 15));
        assertThat(sie.transactionRowCount()).isEqualTo(9);

        assertThat(sie.transactionsByAccount()).containsExactly(
                entry("1930", "812500.00"), entry("2440", "0.00"), entry("3010", "-875000.00"),
                entry("5010", "12500.00"), entry("6550", "50000.00"));
        assertThat(sie.transactionsByObject()).containsExactly(
                entry("1:K1", "22500.00"), entry("6:P100", "40000.00"), entry("6:P200", "10000.00"));
        assertThat(sie.resultsByAccount(0)).containsExactly(
                entry("3010", "-875000.00"), entry("5010", "12500.00"), entry("6550", "50000.00"));
        assertThat(sie.checksum().status()).isEqualTo(Checksum.Status.ABSENT);
        assertThat(sie.warnings()).isEmpty();
    }

    /** Visma-like: tabs between fields, #KSUMMA, #RTRANS/#BTRANS, escaped quotes; here saved as UTF-8 with BOM, LF. */
    static final List<String> VISMA_LIKE = SieTestFiles.withKsumma("""
            #FLAGGA\t0
            #KSUMMA
            #PROGRAM\t"Visma Administration 2000"\t2021.2
            #FORMAT\tPC8
            #GEN\t20220120\tAnna_Ek
            #SIETYP\t4
            #PROSA\t"Export till \\"Samordnaren\\""
            #ORGNR\t222000-1234
            #FNAMN\t"Samordningsförbundet Lund"
            #RAR\t0\t20210101\t20211231
            #KONTO\t1930\t"Företagskonto"
            #KONTO\t2640\t"Ingående moms"
            #KONTO\t6110\t"Kontorsmateriel"
            #KONTO\t6250\t"Porto och \\"rek\\""
            #VER\tA\t1\t20210304\t"Porto \\"rek\\" mars"\t20210305
            {
            \t#TRANS\t1930\t{}\t-1200.00
            \t#TRANS\t2640\t{}\t240.00
            \t#TRANS\t6250\t{}\t960.00
            \t#RTRANS\t1930\t{}\t200.00\t20210306\t""\t""\t"AE"
            \t#TRANS\t1930\t{}\t200.00\t20210306\t""\t""\t"AE"
            \t#RTRANS\t2640\t{}\t-40.00
            \t#TRANS\t2640\t{}\t-40.00
            \t#RTRANS\t6250\t{}\t-160.00
            \t#TRANS\t6250\t{}\t-160.00
            }
            #VER\tA\t2\t20210305\t"Porto april"\t20210305
            {
            \t#TRANS\t1930\t{}\t-1000.00
            \t#TRANS\t2640\t{}\t200.00
            \t#BTRANS\t6110\t{}\t800.00\t20210305\t"Fel konto"\t""\t"AE"
            \t#RTRANS\t6250\t{}\t800.00
            \t#TRANS\t6250\t{}\t800.00
            }
            #KSUMMA ?
            """.lines().toList());

    @Test
    void a_visma_like_file_with_tabs_checksum_and_added_and_removed_rows_is_read_exactly() throws Exception {
        Path file = SieTestFiles.write(dir, "visma.se",
                SieTestFiles.encode(VISMA_LIKE, StandardCharsets.UTF_8, LF, true));

        SieFile sie = SieParser.parse(file);

        assertThat(sie.charset()).isEqualTo("UTF-8");
        assertThat(sie.program()).isEqualTo("Visma Administration 2000");
        assertThat(sie.companyName()).isEqualTo("Samordningsförbundet Lund");
        assertThat(sie.accounts().get("6250").name()).isEqualTo("Porto och \"rek\"");
        assertThat(sie.vouchers().getFirst().text()).isEqualTo("Porto \"rek\" mars");
        assertThat(sie.checksum().status()).isEqualTo(Checksum.Status.VALID);
        assertThat(sie.checksum().computed()).isEqualTo(sie.checksum().declared());

        // Each #RTRANS is followed by its #TRANS: counted once. The #BTRANS (removed row) is no part of any total.
        Voucher first = sie.vouchers().getFirst();
        assertThat(first.transactions()).hasSize(6);
        assertThat(first.transactions()).filteredOn(Transaction::added).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("200.00"), new BigDecimal("-40.00"), new BigDecimal("-160.00"));
        assertThat(first.transactions().get(3).sign()).isEqualTo("AE");
        Voucher second = sie.vouchers().get(1);
        assertThat(second.transactions()).extracting(Transaction::account).containsExactly("1930", "2640", "6250");
        assertThat(second.removed()).singleElement().satisfies(removed -> {
            assertThat(removed.account()).isEqualTo("6110");
            assertThat(removed.text()).isEqualTo("Fel konto");
        });
        assertThat(sie.transactionRowCount()).isEqualTo(9);
        assertThat(sie.transactionsByAccount()).containsExactly(
                entry("1930", "-2000.00"), entry("2640", "400.00"), entry("6250", "1600.00"));
        assertThat(sie.transactionsByObject()).isEmpty();
        assertThat(sie.warnings()).containsExactly(
                "Filen anger #FORMAT PC8 (CP437) men är skriven i UTF-8; den lästes som UTF-8.");
    }

    /** BL-like: Windows-1252/Latin-1 while declaring PC8, a broken fiscal year (July–June), aligned columns. */
    static final List<String> BL_LIKE = """
            #FLAGGA 0
            #PROGRAM "BL Administration" "2021.3.101"
            #FORMAT PC8
            #GEN 20220705 1
            #SIETYP 4
            #ORGNR 222000-5678
            #FNAMN "Samordningsförbundet Östra Skåne"
            #RAR  0  20210701  20220630
            #RAR -1  20200701  20210630
            #KONTO 1229  "Ackumulerade avskrivningar på inventarier"
            #KONTO 1930  "Företagskonto"
            #KONTO 2640  "Ingående moms"
            #KONTO 2710  "Personalskatt"
            #KONTO 2730  "Lagstadgade sociala avgifter"
            #KONTO 6110  "Kontorsmateriel"
            #KONTO 7010  "Löner till kollektivanställda"
            #KONTO 7510  "Arbetsgivaravgifter"
            #KONTO 7832  "Avskrivningar på inventarier"
            #DIM 6  "Projekt"
            #OBJEKT 6  "P100"  "Insam Östra Skåne"
            #VER "A" "1" 20210815 "Kontorsmaterial augusti"
            {
               #TRANS  6110  {}         1250.00  20210815  "Papper och pärmar"  10
               #TRANS  2640  {}          312.50
               #TRANS  1930  {}        -1562.50
            }
            #VER "A" "2" 20220110 "Lön januari"
            {
               #TRANS  7010  {6 "P100"}  32000.00
               #TRANS  7510  {6 "P100"}  10054.40
               #TRANS  2710  {}          -9600.00
               #TRANS  2730  {}         -10054.40
               #TRANS  1930  {}         -22400.00
            }
            #VER "A" "3" 20220630 "Årets avskrivning"
            {
               #TRANS  7832  {}          5000.00
               #TRANS  1229  {}         -5000.00
            }
            """.lines().toList();

    @Test
    void a_bl_like_file_in_latin_1_with_a_broken_fiscal_year_is_read_exactly() throws Exception {
        Path file = SieTestFiles.write(dir, "bl.se", SieTestFiles.encode(BL_LIKE, WINDOWS_1252, LF, false));

        SieFile sie = SieParser.parse(file);

        assertThat(sie.charset()).isEqualTo("Windows-1252");
        assertThat(sie.program()).isEqualTo("BL Administration");
        assertThat(sie.programVersion()).isEqualTo("2021.3.101");
        assertThat(sie.companyName()).isEqualTo("Samordningsförbundet Östra Skåne");
        FiscalYear year = sie.fiscalYear(0).orElseThrow();
        assertThat(year).isEqualTo(new FiscalYear(0, LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30)));
        assertThat(sie.vouchers()).allSatisfy(voucher -> assertThat(year.contains(voucher.date())).isTrue());
        assertThat(sie.vouchers().get(2).text()).isEqualTo("Årets avskrivning");
        Transaction paper = sie.vouchers().getFirst().transactions().getFirst();
        assertThat(paper.text()).isEqualTo("Papper och pärmar");
        assertThat(paper.quantity()).isEqualByComparingTo("10");

        assertThat(sie.transactionsByAccount()).containsExactly(
                entry("1229", "-5000.00"), entry("1930", "-23962.50"), entry("2640", "312.50"),
                entry("2710", "-9600.00"), entry("2730", "-10054.40"), entry("6110", "1250.00"),
                entry("7010", "32000.00"), entry("7510", "10054.40"), entry("7832", "5000.00"));
        assertThat(sie.transactionsByObject()).containsExactly(entry("6:P100", "42054.40"));
        assertThat(sie.warnings()).containsExactly("Filen anger #FORMAT PC8 (CP437) men tecknen är skrivna i"
                + " Windows-1252/Latin-1; den lästes som Windows-1252.");
    }

    /** Type 3: balances only — #RES, #PSALDO/#PBUDGET for the account as a whole and per object, #OIB/#OUB. */
    static final List<String> TYPE_3 = """
            #FLAGGA 0
            #PROGRAM "Edison Ekonomi Byrå" 7.1
            #FORMAT PC8
            #GEN 20210115
            #SIETYP 3
            #FNAMN "Samordningsförbundet Lund"
            #RAR 0 20200101 20201231
            #RAR -1 20190101 20191231
            #OMFATTN 20201231
            #KONTO 1930 "Företagskonto"
            #KONTO 3010 "Tilldelade medel"
            #KONTO 6550 "Konsultarvoden"
            #DIM 6 "Projekt"
            #OBJEKT 6 "P100" "IRIS"
            #OBJEKT 6 "P200" "Kompenstrappan"
            #IB 0 1930 2500000.00
            #UB 0 1930 5800000.00
            #OIB 0 1930 {6 "P100"} 0.00
            #OUB 0 1930 {6 "P100"} -450000.00
            #RES 0 3010 -7000000.00
            #RES 0 6550 3700000.00
            #RES -1 3010 -6800000.00
            #PSALDO 0 202001 3010 {} -1750000.00
            #PSALDO 0 202001 6550 {} 300000.00
            #PSALDO 0 202001 6550 {6 "P100"} 200000.00
            #PSALDO 0 202001 6550 {6 "P200"} 100000.00
            #PSALDO 0 202002 6550 { } 250000.00 12
            #PSALDO 0 202002 6550 {6 "P100"} 250000.00
            #PBUDGET 0 202001 6550 {} 320000.00
            #PBUDGET 0 202001 6550 {6 "P100"} 220000.00
            """.lines().toList();

    @Test
    void a_type_3_file_of_balances_only_keeps_account_and_object_balances_apart() throws Exception {
        Path file = SieTestFiles.write(dir, "typ3.se", SieTestFiles.encode(TYPE_3, CP437, CRLF, false));

        SieFile sie = SieParser.parse(file);

        assertThat(sie.sieType()).isEqualTo(3);
        assertThat(sie.vouchers()).isEmpty();
        assertThat(sie.transactionsByAccount()).isEmpty();
        assertThat(sie.resultsByAccount(0)).containsExactly(entry("3010", "-7000000.00"), entry("6550", "3700000.00"));
        assertThat(sie.resultsByAccount(-1)).containsExactly(entry("3010", "-6800000.00"));
        assertThat(sie.openingBalances()).containsExactly(new Balance(0, "1930", new BigDecimal("2500000.00"), null));
        assertThat(sie.closingBalances()).containsExactly(new Balance(0, "1930", new BigDecimal("5800000.00"), null));
        assertThat(sie.objectClosingBalances()).containsExactly(new ObjectBalance(0, "1930",
                List.of(new ObjectRef("6", "P100")), new BigDecimal("-450000.00"), null));

        assertThat(sie.periodBalances()).hasSize(6);
        assertThat(sie.periodBalances().get(4)).isEqualTo(new PeriodBalance(0, YearMonth.of(2020, 2), "6550",
                List.of(), new BigDecimal("250000.00"), new BigDecimal("12"),
                TYPE_3.indexOf("#PSALDO 0 202002 6550 { } 250000.00 12") + 1));
        BigDecimal wholeAccount = sie.periodBalances().stream()
                .filter(balance -> balance.account().equals("6550") && balance.wholeAccount())
                .map(PeriodBalance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal projectP100 = sie.periodBalances().stream()
                .filter(balance -> balance.objects().equals(List.of(new ObjectRef("6", "P100"))))
                .map(PeriodBalance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(wholeAccount).isEqualByComparingTo("550000.00");
        assertThat(projectP100).isEqualByComparingTo("450000.00");
        assertThat(sie.periodBudgets()).extracting(PeriodBalance::amount)
                .containsExactly(new BigDecimal("320000.00"), new BigDecimal("220000.00"));
        assertThat(sie.warnings()).isEmpty();
    }

    /** Type 4 with dimensions, sub-dimensions (#UNDERDIM) and objects; object lists with quoted dimension numbers. */
    static final List<String> TYPE_4_DIMENSIONS = """
            #FLAGGA 0
            #PROGRAM "Visma Administration" 2021.1
            #FORMAT PC8
            #GEN 20210401
            #SIETYP 4
            #FNAMN "Samordningsförbundet Lund"
            #RAR 0 20210101 20211231
            #KONTO 2440 "Leverantörsskulder"
            #KONTO 6550 "Konsultarvoden"
            #DIM 1 "Kostnadsställe"
            #UNDERDIM 2 "Kostnadsbärare" 1
            #DIM 6 "Projekt"
            #DIM 20 "Delprojekt"
            #UNDERDIM 21 "Aktivitet" 20
            #OBJEKT 1 "01" "Kansli"
            #OBJEKT 1 "02" "Insatser"
            #OBJEKT 2 "0201" "IRIS"
            #OBJEKT 6 "P100" "IRIS"
            #OBJEKT 20 "D1" "Insam"
            #OBJEKT 21 "D101" "Insam Lund"
            #VER A 7 20210310 "Insam mars"
            {
            #TRANS 6550 {"1" "02" "2" "0201" "6" "P100"} 18000.00
            #TRANS 6550 {20 "D1" 21 "D101"} 7000.00
            #TRANS 6550 {1 01} 1500.50
            #TRANS 2440 { } -26500.50
            }
            """.lines().toList();

    @Test
    void a_type_4_file_with_dimensions_sub_dimensions_and_object_lists_is_read_exactly() throws Exception {
        Path file = SieTestFiles.write(dir, "dim.se", SieTestFiles.encode(TYPE_4_DIMENSIONS, CP437, LF, false));

        SieFile sie = SieParser.parse(file);

        assertThat(sie.dimensions().values()).containsExactly(
                new Dimension("1", "Kostnadsställe", null), new Dimension("2", "Kostnadsbärare", "1"),
                new Dimension("6", "Projekt", null), new Dimension("20", "Delprojekt", null),
                new Dimension("21", "Aktivitet", "20"));
        assertThat(sie.objects()).contains(new SieObject("21", "D101", "Insam Lund"));
        assertThat(sie.vouchers().getFirst().transactions().getFirst().objects()).containsExactly(
                new ObjectRef("1", "02"), new ObjectRef("2", "0201"), new ObjectRef("6", "P100"));
        assertThat(sie.transactionsByAccount()).containsExactly(entry("2440", "-26500.50"), entry("6550", "26500.50"));
        assertThat(sie.transactionsByObject()).containsExactly(
                entry("1:01", "1500.50"), entry("1:02", "18000.00"), entry("2:0201", "18000.00"),
                entry("6:P100", "18000.00"), entry("20:D1", "7000.00"), entry("21:D101", "7000.00"));
        assertThat(sie.warnings()).isEmpty();
    }

    @Test
    void a_type_4i_file_from_a_pre_system_may_leave_series_and_number_empty() throws Exception {
        List<String> lines = """
                #FLAGGA 0
                #PROGRAM "Lönesystemet" 1.0
                #FORMAT PC8
                #GEN 20210425
                #SIETYP 4
                #FNAMN "Samordningsförbundet Lund"
                #VER "" "" 20210425 "Lön april"
                {
                #TRANS 7010 {7 "23"} 32000.00
                #TRANS 1930 {} -32000.00
                }
                """.lines().toList();

        SieFile sie = SieParser.parse(SieTestFiles.encode(lines, CP437, CRLF, false));

        assertThat(sie.vouchers()).singleElement().satisfies(voucher -> {
            assertThat(voucher.series()).isEmpty();
            assertThat(voucher.number()).isEmpty();
            assertThat(voucher.label()).isEqualTo("utan nummer");
        });
        assertThat(sie.transactionsByObject()).containsExactly(entry("7:23", "32000.00"));
        assertThat(sie.warnings()).containsExactly("Filen saknar räkenskapsår (#RAR).");
    }

    static Map.Entry<String, BigDecimal> entry(String key, String amount) {
        return Map.entry(key, new BigDecimal(amount));
    }
}
