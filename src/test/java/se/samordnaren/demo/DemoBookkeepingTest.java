package se.samordnaren.demo;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import se.samordnaren.bookkeeping.BookkeepingImportService;
import se.samordnaren.bookkeeping.sie.Checksum;
import se.samordnaren.bookkeeping.sie.SieFile;
import se.samordnaren.bookkeeping.sie.SieParser;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.ACCOUNT_MAPPING;
import static se.samordnaren.db.Tables.ACTUAL_MONTHLY;
import static se.samordnaren.db.Tables.BOOKKEEPING_IMPORT;
import static se.samordnaren.db.Tables.BUDGET_ITEM;

/**
 * The demo's bookkeeping: lund-2021.se is a sound SIE 4 file in CP437; the loader's step imports it through the
 * service after the SQL files when the budget items exist (as 910 makes them), and leaves it out when they do not.
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
    void without_the_budget_items_the_demo_leaves_the_import_out_and_loads_the_rest() {
        DemoDataLoader loader = new DemoDataLoader(db, List.of(new DemoBookkeeping(imports)));

        assertThat(loader.load()).isTrue();

        assertThat(db.fetchCount(BOOKKEEPING_IMPORT)).isZero();
        assertThat(db.fetchValues(ACCOUNT_MAPPING.ACCOUNT)).as("the rule that needs no item").containsExactly("8310");
    }

    @Test
    void with_the_budget_items_the_mapping_places_every_account_and_the_file_is_imported_as_the_user_demo() throws Exception {
        new DemoDataLoader(db).load();
        budgetItemsAs910MakesThem();
        run("demo/930-money-bookkeeping.sql");

        new DemoBookkeeping(imports).run();

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

    /** The budget items of MONEY.md on the demo's members and insatser, as the budget feature's 910 file makes them. */
    private void budgetItemsAs910MakesThem() {
        db.execute("""
                insert into budget_item (name, direction, category, member_id, initiative_id, position)
                select v.name, v.direction, v.category, m.id, i.id, v.position
                  from (values ('Tilldelning Försäkringskassan', 'INCOME', 'ALLOCATION', 'Försäkringskassan', 1),
                               ('Tilldelning Region Skåne', 'INCOME', 'ALLOCATION', 'Region Skåne', 2),
                               ('Tilldelning Lunds kommun', 'INCOME', 'ALLOCATION', 'Lunds kommun', 3),
                               ('ESF-ersättning IRIS', 'INCOME', 'OTHER_INCOME', null, 4),
                               ('Kansli', 'COST', 'OFFICE', null, 5),
                               ('Styrelse och revision', 'COST', 'BOARD', null, 6),
                               ('Utbildning och konferenser', 'COST', 'ACTIVITY', null, 7),
                               ('En väg in', 'COST', 'INITIATIVE', null, 8),
                               ('IRIS', 'COST', 'INITIATIVE', null, 9),
                               ('Insam', 'COST', 'INITIATIVE', null, 10),
                               ('USB', 'COST', 'INITIATIVE', null, 11),
                               ('Kompenstrappan', 'COST', 'INITIATIVE', null, 12),
                               ('Strategisk arbetsmarknadssamordning', 'COST', 'INITIATIVE', null, 13),
                               ('Arbetsmarknadsanalys för Lunds kommun', 'COST', 'INITIATIVE', null, 14),
                               ('Övriga kostnader', 'COST', 'OTHER_COST', null, 15))
                       as v(name, direction, category, member, position)
                  left join member m on m.name = v.member
                  left join initiative i on v.category = 'INITIATIVE' and i.name = v.name
                """);
    }

    private void run(String script) throws Exception {
        String sql = new ClassPathResource(script).getContentAsString(StandardCharsets.UTF_8);
        db.connection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
    }
}
