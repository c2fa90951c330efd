package se.samordnaren.bookkeeping;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.bookkeeping.sie.SieTestFiles;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.testsupport.TestData;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CP437;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CRLF;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.LF;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.WINDOWS_1252;
import static se.samordnaren.db.Tables.ACTUAL_MONTHLY;
import static se.samordnaren.db.Tables.BOOKKEEPING_IMPORT;
import static se.samordnaren.db.Tables.BOOKKEEPING_ROW;

/**
 * SIE files written in several producers' styles, imported through the service into the real database: each imported
 * exactly (every total per budget item and month to the öre) or refused whole with nothing saved.
 */
@WithMockUser(username = "ekonom", roles = "EKONOM")
class SieImportTest extends DatabaseTest {

    @Autowired
    BookkeepingImportService imports;

    TestData.LundBudget lund;

    @BeforeEach
    void lund() {
        lund = data.lundBudgetWithAccountRules();
    }

    /** Fortnox-like: CP437 as the format says, CRLF, cost centre and project objects, #KONTO with Swedish names. */
    static final List<String> FORTNOX = """
            #FLAGGA 0
            #PROGRAM "Fortnox" 3.57.11
            #FORMAT PC8
            #GEN 20211005
            #SIETYP 4
            #ORGNR 222000-1234
            #FNAMN "Samordningsförbundet Lund"
            #RAR 0 20210101 20211231
            #KONTO 1930 "Företagskonto"
            #KONTO 2440 "Leverantörsskulder"
            #KONTO 3011 "Tilldelning Försäkringskassan"
            #KONTO 3990 "Övriga bidrag, ESF"
            #KONTO 5010 "Lokalhyra"
            #KONTO 6550 "Konsultarvoden"
            #KONTO 7010 "Löner"
            #DIM 1 "Kostnadsställe"
            #DIM 6 "Projekt"
            #OBJEKT 1 "10" "Kansli"
            #OBJEKT 6 "EVI" "En väg in"
            #OBJEKT 6 "IRIS" "IRIS"
            #VER A 1 20210115 "Tilldelning Q1 Försäkringskassan" 20210118
            {
               #TRANS 1930 {} 875000.00
               #TRANS 3011 {} -875000.00
            }
            #VER A 2 20210131 "Hyra januari" 20210201
            {
               #TRANS 5010 {1 "10"} 15000.00
               #TRANS 2440 {} -15000.00
            }
            #VER B 1 20210215 "Faktura En väg in" 20210216
            {
               #TRANS 6550 {6 "EVI"} 120000.50
               #TRANS 6550 {1 "10" 6 "IRIS"} 30000.00 20210215 "IRIS-del"
               #TRANS 2440 {} -150000.50
            }
            #VER C 1 20210301 "ESF-ersättning IRIS" 20210302
            {
               #TRANS 1930 {} 250000.00
               #TRANS 3990 {6 "IRIS"} -250000.00
            }
            #VER A 3 20210325 "Löner mars" 20210325
            {
               #TRANS 7010 {1 "10"} 98000.00
               #TRANS 1930 {} -98000.00
            }
            """.lines().toList();

    @Test
    void a_fortnox_like_file_in_cp437_with_crlf_is_imported_exactly_per_item_and_month() {
        byte[] file = SieTestFiles.encode(FORTNOX, CP437, CRLF, false);

        ImportPreview preview = imports.preview("fortnox.se", file);

        assertThat(preview.refusal()).isNull();
        assertThat(preview.format()).isEqualTo(ImportFormat.SIE);
        assertThat(preview.program()).isEqualTo("Fortnox 3.57.11");
        assertThat(preview.company()).isEqualTo("Samordningsförbundet Lund");
        assertThat(preview.orgNumber()).isEqualTo("222000-1234");
        assertThat(preview.charset()).isEqualTo("CP437");
        assertThat(preview.periodStart()).hasToString("2021-01-15");
        assertThat(preview.periodEnd()).hasToString("2021-03-25");
        assertThat(preview.vouchers()).isEqualTo(5);
        assertThat(preview.rows()).isEqualTo(11);
        assertThat(preview.unmapped()).isEmpty();
        assertThat(preview.canSave()).isTrue();
        assertThat(totals(preview.totals())).containsExactly(
                Map.entry("Tilldelning Försäkringskassan", "875000.00"),
                Map.entry("ESF-ersättning IRIS", "250000.00"),
                Map.entry("Kansli", "113000.00"),
                Map.entry("En väg in", "120000.50"),
                Map.entry("IRIS", "30000.00"));
        assertThat(preview.balance()).isEqualTo(new Total(5, new BigDecimal("861999.50")));
        assertThat(preview.ignored()).isEqualTo(Total.NONE);
        assertThat(preview.warnings()).isEmpty();

        long id = imports.save("fortnox.se", file);

        assertThat(db.fetchCount(BOOKKEEPING_ROW, BOOKKEEPING_ROW.IMPORT_ID.eq(id))).isEqualTo(11);
        assertThat(monthly()).containsExactlyInAnyOrder(
                "Tilldelning Försäkringskassan 1 875000.00", "Kansli 1 15000.00", "En väg in 2 120000.50",
                "IRIS 2 30000.00", "ESF-ersättning IRIS 3 250000.00", "Kansli 3 98000.00");
        assertThat(db.fetchValue(BOOKKEEPING_IMPORT.CONTENT, BOOKKEEPING_IMPORT.ID.eq(id))).isEqualTo(file);
        assertThat(db.fetchValue(BOOKKEEPING_IMPORT.IMPORTED_BY, BOOKKEEPING_IMPORT.ID.eq(id))).isEqualTo("ekonom");
        ImportDetail detail = imports.detail(id).orElseThrow();
        assertThat(totals(detail.totals())).isEqualTo(totals(preview.totals()));
        assertThat(detail.balance()).isEqualTo(preview.balance());
        assertThat(detail.sha256()).isEqualTo(BookkeepingImportService.sha256(file));
        List<ImportedRow> rows = imports.rows(RowFilter.ofImport(id), se.samordnaren.common.PageRequest.first(50));
        assertThat(rows).hasSize(11);
        ImportedRow iris = rows.stream().filter(r -> "IRIS-del".equals(r.description())).findFirst().orElseThrow();
        assertThat(iris.voucher()).isEqualTo("B 1");
        assertThat(iris.objects()).containsExactly("1:10", "6:IRIS");
        assertThat(iris.accountName()).isEqualTo("Konsultarvoden");
        assertThat(iris.lineNo()).isEqualTo(FORTNOX.indexOf("   #TRANS 6550 {1 \"10\" 6 \"IRIS\"} 30000.00 20210215 \"IRIS-del\"") + 1);
    }

    /** Visma-like: UTF-8 with BOM, LF, tabs, a valid #KSUMMA, rows added (#RTRANS + #TRANS) and removed (#BTRANS). */
    static final List<String> VISMA = SieTestFiles.withKsumma("""
            #FLAGGA\t0
            #KSUMMA
            #PROGRAM\t"Visma Administration 2000"\t2021.2
            #FORMAT\tPC8
            #SIETYP\t4
            #FNAMN\t"Samordningsförbundet Lund"
            #RAR\t0\t20210101\t20211231
            #KONTO\t7610\t"Utbildning av personal"
            #VER\tA\t10\t20210410\t"Konferens \\"Finsam\\" april"\t20210412
            {
            \t#TRANS\t7610\t{}\t4000.00
            \t#TRANS\t1930\t{}\t-4000.00
            \t#RTRANS\t7610\t{}\t1000.00\t20210412\t"Tillägg"
            \t#TRANS\t7610\t{}\t1000.00\t20210412\t"Tillägg"
            \t#RTRANS\t1930\t{}\t-1000.00
            \t#TRANS\t1930\t{}\t-1000.00
            \t#BTRANS\t6990\t{}\t500.00\t20210412\t"Fel konto"
            }
            #KSUMMA ?
            """.lines().toList());

    @Test
    void an_added_row_is_counted_once_and_a_removed_row_not_at_all() {
        byte[] file = SieTestFiles.encode(VISMA, StandardCharsets.UTF_8, LF, true);

        ImportPreview preview = imports.preview("visma.se", file);

        assertThat(preview.refusal()).isNull();
        assertThat(preview.charset()).isEqualTo("UTF-8");
        assertThat(preview.rows()).as("two rows and two added rows, each #RTRANS with its #TRANS once").isEqualTo(4);
        assertThat(totals(preview.totals())).containsExactly(Map.entry("Utbildning och konferenser", "5000.00"));
        imports.save("visma.se", file);
        assertThat(monthly()).containsExactly("Utbildning och konferenser 4 5000.00");
        assertThat(db.fetchCount(BOOKKEEPING_ROW, BOOKKEEPING_ROW.ACCOUNT.eq("6990"))).isZero();
    }

    @Test
    void a_file_changed_after_its_export_is_refused_by_its_checksum() {
        List<String> changed = VISMA.stream().map(line -> line.replace("4000.00", "4400.00")).toList();
        byte[] file = SieTestFiles.encode(changed, StandardCharsets.UTF_8, LF, false);

        ImportPreview preview = imports.preview("visma.se", file);

        assertThat(preview.refusal()).startsWith("Rad " + changed.size() + ": kontrollsumman (#KSUMMA) stämmer inte");
        assertThat(preview.canSave()).isFalse();
        assertThatThrownBy(() -> imports.save("visma.se", file)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).arguments()[1]).asString().contains("kontrollsumman");
        assertThat(db.fetchCount(BOOKKEEPING_IMPORT)).isZero();
    }

    /** BL-like: Windows-1252 though it says PC8, a broken fiscal year (July–June), "{" on the #VER line, decimal comma. */
    static final List<String> BL = """
            #FLAGGA 0
            #PROGRAM "BL Administration" 2021.1
            #FORMAT PC8
            #SIETYP 4
            #FNAMN "Samordningsförbundet Lund"
            #RAR 0 20210701 20220630
            #DIM 6 "Projekt"
            #OBJEKT 6 "USB" "USB – unga som behöver stöd"
            #VER "" "" 20210915 "Utbetalning USB" 20210915 {
            #TRANS 6550 {6 "USB"} 45000
            #TRANS 1930 {} -45000
            }
            #VER B 7 20220110 "Bankavgift"
            {
            #TRANS 6570 {} 125,50
            #TRANS 1930 {} -125,50
            }
            """.lines().toList();

    @Test
    void a_windows_1252_file_with_a_broken_fiscal_year_is_imported_into_the_months_of_its_vouchers() {
        byte[] file = SieTestFiles.encode(BL, WINDOWS_1252, CRLF, false);

        ImportPreview preview = imports.preview("bl.si", file);

        assertThat(preview.refusal()).isNull();
        assertThat(preview.charset()).isEqualTo("Windows-1252");
        assertThat(preview.periodStart()).hasToString("2021-09-15");
        assertThat(preview.periodEnd()).hasToString("2022-01-10");
        assertThat(preview.warnings()).anyMatch(w -> w.contains("Windows-1252"))
                .anyMatch(w -> w.contains("decimalkomma"));
        imports.save("bl.si", file);
        assertThat(monthly()).containsExactlyInAnyOrder("USB 9 45000.00", "Övriga kostnader 1 125.50");
        assertThat(db.fetchValue(BOOKKEEPING_IMPORT.OBJECT_NAMES).data()).contains("USB – unga som behöver stöd");
    }

    /** Type 3: balances only; #PSALDO for the account as a whole and per project, never added together. */
    static final List<String> TYPE_3 = """
            #FLAGGA 0
            #PROGRAM "Edison Ekonomi Byrå" 7.1
            #FORMAT PC8
            #SIETYP 3
            #FNAMN "Samordningsförbundet Lund"
            #RAR 0 20200101 20201231
            #RAR -1 20190101 20191231
            #DIM 6 "Projekt"
            #OBJEKT 6 "EVI" "En väg in"
            #OBJEKT 6 "IRIS" "IRIS"
            #RES 0 3011 -875000.00
            #RES 0 6550 550000.00
            #PSALDO 0 202001 3011 {} -875000.00
            #PSALDO 0 202001 6550 {} 300000.00
            #PSALDO 0 202001 6550 {6 "EVI"} 200000.00
            #PSALDO 0 202001 6550 {6 "IRIS"} 100000.00
            #PSALDO 0 202002 6550 {} 250000.00
            #PSALDO 0 202002 6550 {6 "EVI"} 200000.00
            #PSALDO 0 202002 1930 {} 1000.00
            #PSALDO -1 201912 6550 {} 99999.00
            """.lines().toList();

    @Test
    void a_balances_only_file_is_imported_from_its_period_balances_split_by_project_without_counting_twice() {
        data.accountRule("6550", null, lund.item("Övriga kostnader"));
        byte[] file = SieTestFiles.encode(TYPE_3, CP437, CRLF, false);

        ImportPreview preview = imports.preview("edison.se", file);

        assertThat(preview.refusal()).isNull();
        assertThat(preview.vouchers()).isZero();
        assertThat(preview.periodStart()).hasToString("2020-01-01");
        assertThat(preview.periodEnd()).hasToString("2020-02-29");
        assertThat(preview.warnings()).anyMatch(w -> w.contains("periodsaldona"));
        long id = imports.save("edison.se", file);

        assertThat(monthly()).containsExactlyInAnyOrder("Tilldelning Försäkringskassan 1 875000.00",
                "En väg in 1 200000.00", "IRIS 1 100000.00", "En väg in 2 200000.00", "Övriga kostnader 2 50000.00");
        BigDecimal costs = db.select(org.jooq.impl.DSL.sum(BOOKKEEPING_ROW.AMOUNT)).from(BOOKKEEPING_ROW)
                .where(BOOKKEEPING_ROW.ACCOUNT.eq("6550")).fetchSingle().value1();
        assertThat(costs).as("the #RES of 6550, whole and parts not added").isEqualByComparingTo("550000.00");
        assertThat(db.fetchValues(BOOKKEEPING_ROW.SOURCE_KIND, BOOKKEEPING_ROW.IMPORT_ID.eq(id)))
                .containsOnly(RowSource.PERIOD_BALANCE);
    }

    @Test
    void a_file_with_results_but_neither_vouchers_nor_period_balances_is_refused_with_what_to_export() {
        List<String> type1 = List.of("#FLAGGA 0", "#SIETYP 1", "#RAR 0 20200101 20201231", "#RES 0 3011 -875000.00");

        ImportPreview preview = imports.preview("typ1.se", SieTestFiles.encode(type1, CP437, CRLF, false));

        assertThat(preview.refusal()).contains("varken verifikationer").contains("SIE typ 4");
    }

    @Test
    void a_broken_line_refuses_the_whole_file_naming_the_line_and_nothing_is_saved() {
        List<String> broken = FORTNOX.stream()
                .map(line -> line.equals("   #TRANS 5010 {1 \"10\"} 15000.00") ? "   #TRANS 5010 {1 \"10\"} 15 000" : line)
                .toList();
        byte[] file = SieTestFiles.encode(broken, CP437, CRLF, false);
        int line = broken.indexOf("   #TRANS 5010 {1 \"10\"} 15 000") + 1;

        assertThat(imports.preview("trasig.se", file).refusal()).startsWith("Rad " + line + ":");
        assertThatThrownBy(() -> imports.save("trasig.se", file)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).arguments()[1]).asString().startsWith("Rad " + line + ":");
        assertThat(db.fetchCount(BOOKKEEPING_IMPORT)).isZero();
        assertThat(db.fetchCount(BOOKKEEPING_ROW)).isZero();
    }

    @Test
    void an_unbalanced_voucher_refuses_the_whole_file_naming_its_series_and_number() {
        List<String> unbalanced = FORTNOX.stream().map(line -> line.replace("#TRANS 2440 {} -15000.00",
                "#TRANS 2440 {} -14000.00")).toList();
        byte[] file = SieTestFiles.encode(unbalanced, CP437, CRLF, false);

        String refusal = imports.preview("obalans.se", file).refusal();

        assertThat(refusal).startsWith("Rad " + (unbalanced.indexOf("#VER A 2 20210131 \"Hyra januari\" 20210201") + 1))
                .contains("Verifikation A 2").contains("inte i balans").contains("1 000,00");
        assertThatThrownBy(() -> imports.save("obalans.se", file)).isInstanceOf(UserFacingException.class);
        assertThat(db.fetchCount(BOOKKEEPING_IMPORT)).isZero();
    }

    @Test
    void accounts_no_rule_places_are_listed_and_block_the_save() {
        List<String> withNewAccount = FORTNOX.stream().map(line -> line
                .replace("#TRANS 7010 {1 \"10\"} 98000.00", "#TRANS 6110 {} 98000.00")
                .replace("#KONTO 7010 \"Löner\"", "#KONTO 6110 \"Kontorsmateriel\"")).toList();
        byte[] file = SieTestFiles.encode(withNewAccount, CP437, CRLF, false);

        ImportPreview preview = imports.preview("fortnox.se", file);

        assertThat(preview.unmapped()).singleElement().satisfies(account -> {
            assertThat(account.account()).isEqualTo("6110");
            assertThat(account.name()).isEqualTo("Kontorsmateriel");
            assertThat(account.rows()).isEqualTo(1);
            assertThat(account.amount()).isEqualByComparingTo("98000.00");
        });
        assertThat(preview.canSave()).isFalse();
        assertThatThrownBy(() -> imports.save("fortnox.se", file)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("bookkeeping.import.error.unmapped").hasMessageContaining("6110");
        assertThat(db.fetchCount(BOOKKEEPING_IMPORT)).isZero();

        data.accountRule("6110", null, lund.item("Kansli"));
        assertThat(imports.preview("fortnox.se", file).canSave()).isTrue();
    }

    @Test
    void importing_the_same_period_again_replaces_the_earlier_import_without_counting_twice() {
        byte[] first = SieTestFiles.encode(FORTNOX, CP437, CRLF, false);
        long firstId = imports.save("fortnox-mars.se", first);
        List<String> corrected = FORTNOX.stream().map(line -> line
                .replace("#TRANS 7010 {1 \"10\"} 98000.00", "#TRANS 7010 {1 \"10\"} 99000.00")
                .replace("#TRANS 1930 {} -98000.00", "#TRANS 1930 {} -99000.00")).toList();
        byte[] second = SieTestFiles.encode(corrected, CP437, CRLF, false);

        ImportPreview preview = imports.preview("fortnox-mars-rattad.se", second);
        assertThat(preview.replaces()).extracting(ImportSummary::id).containsExactly(firstId);
        assertThat(preview.sameFile()).isEmpty();
        long secondId = imports.save("fortnox-mars-rattad.se", second);

        assertThat(db.fetchValue(BOOKKEEPING_IMPORT.REPLACED_BY_ID, BOOKKEEPING_IMPORT.ID.eq(firstId))).isEqualTo(secondId);
        assertThat(monthly()).containsExactlyInAnyOrder(
                "Tilldelning Försäkringskassan 1 875000.00", "Kansli 1 15000.00", "En väg in 2 120000.50",
                "IRIS 2 30000.00", "ESF-ersättning IRIS 3 250000.00", "Kansli 3 99000.00");
        assertThat(db.fetchCount(BOOKKEEPING_ROW)).as("the replaced import keeps its rows, they just do not count")
                .isEqualTo(22);

        ImportPreview again = imports.preview("kopia.se", second);
        assertThat(again.sameFile()).extracting(ImportSummary::id).containsExactly(secondId);
        assertThat(again.warnings()).anyMatch(w -> w.startsWith("Samma fil (samma innehåll) importerades redan"));
        imports.save("kopia.se", second);
        assertThat(monthly()).contains("Kansli 3 99000.00").hasSize(6);
    }

    @Test
    void the_most_specific_rule_wins_and_a_balance_sheet_account_is_never_an_actual() {
        // 6550 alone → Övriga; object 6:EVI → En väg in (an object beats an account); 3990 with 6:IRIS → ESF although
        // 6:IRIS alone → IRIS (account and object beat an object); a row with kostnadsställe 10 (→ Kansli) and projekt
        // EVI goes to the project; an object rule never takes the 2440 row.
        data.accountRule("6550", null, lund.item("Övriga kostnader"));
        List<String> lines = List.of("#FLAGGA 0", "#SIETYP 4", "#RAR 0 20210101 20211231",
                "#VER A 1 20210510 \"Fakturor\"", "{",
                "#TRANS 6550 {} 100.00",
                "#TRANS 6550 {6 \"EVI\"} 200.00",
                "#TRANS 6550 {6 \"USB\"} 300.00",
                "#TRANS 4010 {6 \"EVI\"} 400.00",
                "#TRANS 6550 {1 \"10\" 6 \"EVI\"} 500.00",
                "#TRANS 2440 {6 \"EVI\"} -1500.00",
                "}",
                "#VER A 2 20210511 \"ESF\"", "{",
                "#TRANS 3990 {6 \"IRIS\"} -700.00",
                "#TRANS 1930 {} 700.00",
                "}");

        ImportPreview preview = imports.preview("regler.se", SieTestFiles.encode(lines, CP437, LF, false));

        assertThat(totals(preview.totals())).containsOnly(
                Map.entry("ESF-ersättning IRIS", "700.00"),
                Map.entry("En väg in", "1100.00"),
                Map.entry("USB", "300.00"),
                Map.entry("Övriga kostnader", "100.00"));
        assertThat(preview.balance()).isEqualTo(new Total(2, new BigDecimal("-800.00")));
        assertThat(preview.unmapped()).isEmpty();
    }

    @Test
    void a_rule_that_ignores_an_account_keeps_its_rows_out_of_the_actuals_but_in_the_import() {
        List<String> lines = List.of("#FLAGGA 0", "#SIETYP 4", "#RAR 0 20210101 20211231",
                "#VER A 1 20210630 \"Ränta\"", "{", "#TRANS 1930 {} 12.00", "#TRANS 8310 {} -12.00", "}");
        byte[] file = SieTestFiles.encode(lines, CP437, LF, false);

        ImportPreview preview = imports.preview("ranta.se", file);

        assertThat(preview.ignored()).isEqualTo(new Total(1, new BigDecimal("-12.00")));
        assertThat(preview.totals()).isEmpty();
        long id = imports.save("ranta.se", file);
        assertThat(db.fetchCount(BOOKKEEPING_ROW, BOOKKEEPING_ROW.IMPORT_ID.eq(id))).isEqualTo(2);
        assertThat(db.fetchCount(ACTUAL_MONTHLY)).isZero();
    }

    private Map<String, String> totals(List<ItemTotal> totals) {
        return totals.stream().collect(Collectors.toMap(ItemTotal::itemName, t -> t.amount().toPlainString(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** "Kansli 3 98000.00": item, month and amount of every figure in actual_monthly. */
    private List<String> monthly() {
        return db.select(se.samordnaren.db.Tables.BUDGET_ITEM.NAME, ACTUAL_MONTHLY.MONTH, ACTUAL_MONTHLY.AMOUNT)
                .from(ACTUAL_MONTHLY).join(se.samordnaren.db.Tables.BUDGET_ITEM)
                .on(se.samordnaren.db.Tables.BUDGET_ITEM.ID.eq(ACTUAL_MONTHLY.BUDGET_ITEM_ID))
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3().toPlainString());
    }
}
