package se.samordnaren.demo;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samordnaren.bookkeeping.BookkeepingImportService;
import se.samordnaren.bookkeeping.sie.Checksum;
import se.samordnaren.bookkeeping.sie.SieFile;
import se.samordnaren.bookkeeping.sie.SieParser;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.ACTUAL_MONTHLY;
import static se.samordnaren.db.Tables.BOOKKEEPING_IMPORT;
import static se.samordnaren.db.Tables.BUDGET_ITEM;

/**
 * The demo's bookkeeping: lund-2021.se is a sound SIE 4 file in CP437; the loader's step imports it through the
 * service after the SQL files, with the budget items of 910 and the mapping of 930.
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoBookkeepingTest {

    @Autowired
    DSLContext db;
    @Autowired
    BookkeepingImportService imports;
    TestData data;

    @BeforeEach
    void emptyDatabase() {
        data = new TestData(db);
        data.reset();
    }

    @AfterEach
    void leaveNoDemoDataBehind() {
        data.reset();
    }

    @Test
    void the_demo_file_is_a_fortnox_like_sie_4_export_of_january_to_september_2021_in_cp437() throws Exception {
        SieFile sie = SieParser.parse(DemoBookkeeping.read());

        assertThat(sie.program()).isEqualTo("Fortnox");
        assertThat(sie.sieType()).isEqualTo(4);
        assertThat(sie.charset()).isEqualTo("CP437");
        assertThat(sie.companyName()).isEqualTo("Samordningsförbundet i Lund");
        assertThat(sie.dimensions()).containsOnlyKeys("1", "6");
        assertThat(sie.objects()).hasSize(9);
        assertThat(sie.vouchers()).hasSize(155);
        assertThat(sie.transactionRowCount()).isEqualTo(351);
        assertThat(sie.vouchers()).allMatch(v -> v.date().getYear() == 2021 && v.date().getMonthValue() <= 9);
        assertThat(sie.checksum().status()).isEqualTo(Checksum.Status.ABSENT);
        assertThat(sie.warnings()).isEmpty();
        assertThat(sie.transactionsByAccount()).as("#RES agrees with the vouchers")
                .containsAllEntriesOf(sie.resultsByAccount(0));
    }

    @Test
    void the_demo_maps_every_account_to_the_budget_items_of_910_and_imports_the_file_as_the_user_demo() {
        assertThat(new DemoDataLoader(db, List.of(new DemoBookkeeping(imports))).load()).isTrue();

        assertThat(db.fetchValue(BOOKKEEPING_IMPORT.IMPORTED_BY)).isEqualTo("demo");
        assertThat(db.fetchValue(BOOKKEEPING_IMPORT.FILE_NAME)).isEqualTo("lund-2021.se");
        assertThat(db.select(BUDGET_ITEM.NAME, org.jooq.impl.DSL.sum(ACTUAL_MONTHLY.AMOUNT)).from(ACTUAL_MONTHLY)
                .join(BUDGET_ITEM).on(BUDGET_ITEM.ID.eq(ACTUAL_MONTHLY.BUDGET_ITEM_ID))
                .where(ACTUAL_MONTHLY.YEAR.eq(2021)).groupBy(BUDGET_ITEM.NAME).orderBy(BUDGET_ITEM.NAME)
                .fetch(r -> r.value1() + " " + r.value2().toPlainString())).containsExactly(
                "Arbetsmarknadsanalys för Lunds kommun 380000.00",
                "ESF-ersättning IRIS 310000.00",
                "En väg in 1400000.00",
                "IRIS 1098000.00",
                "Insam 675000.00",
                "Kansli 1569836.50",
                "Kompenstrappan 525000.00",
                "Strategisk arbetsmarknadssamordning 675000.00",
                "Styrelse och revision 139623.00",
                "Tilldelning Försäkringskassan 2625000.00",
                "Tilldelning Region Skåne 1312500.00",
                "USB 695000.00",
                "Utbildning och konferenser 28200.00",
                "Övriga kostnader 72450.00");
    }
}
