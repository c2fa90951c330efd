package se.samordnaren.bookkeeping;

import org.jooq.DSLContext;
import se.samordnaren.budget.BudgetCategory;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.testsupport.TestData;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static se.samordnaren.db.Tables.ACCOUNT_MAPPING;
import static se.samordnaren.db.Tables.BUDGET_ITEM;

/**
 * The Lund budget items of MONEY.md (the budget feature creates them in the demo; the tests make their own, written
 * straight into the table) and rules of the account mapping, for the bookkeeping tests.
 */
final class BookkeepingTestData {

    private final DSLContext db;
    final Map<String, Long> items = new LinkedHashMap<>();

    BookkeepingTestData(DSLContext db) {
        this.db = db;
    }

    /** The members and the budget items of Lund (initiative lines without an insats behind them). */
    BookkeepingTestData lundItems() {
        TestData data = new TestData(db);
        long fk = data.insertMember("Försäkringskassan", "FORSAKRINGSKASSAN", null);
        data.insertMember("Arbetsförmedlingen", "ARBETSFORMEDLINGEN", null);
        long region = data.insertMember("Region Skåne", "REGION", null);
        long lund = data.insertMember("Lunds kommun", "MUNICIPALITY", new BigDecimal("100"));
        item("Tilldelning Försäkringskassan", BudgetCategory.ALLOCATION, fk);
        item("Tilldelning Region Skåne", BudgetCategory.ALLOCATION, region);
        item("Tilldelning Lunds kommun", BudgetCategory.ALLOCATION, lund);
        item("ESF-ersättning IRIS", BudgetCategory.OTHER_INCOME, null);
        item("Kansli", BudgetCategory.OFFICE, null);
        item("Styrelse och revision", BudgetCategory.BOARD, null);
        item("Utbildning och konferenser", BudgetCategory.ACTIVITY, null);
        for (String initiative : new String[] {"En väg in", "IRIS", "Insam", "USB", "Kompenstrappan",
                "Strategisk arbetsmarknadssamordning", "Arbetsmarknadsanalys för Lunds kommun"}) {
            item(initiative, BudgetCategory.INITIATIVE, null);
        }
        item("Övriga kostnader", BudgetCategory.OTHER_COST, null);
        return this;
    }

    long item(String name, BudgetCategory category, Long memberId) {
        long id = db.insertInto(BUDGET_ITEM)
                .set(BUDGET_ITEM.NAME, name)
                .set(BUDGET_ITEM.DIRECTION, category == BudgetCategory.ALLOCATION || category == BudgetCategory.OTHER_INCOME
                        ? BudgetDirection.INCOME : BudgetDirection.COST)
                .set(BUDGET_ITEM.CATEGORY, category)
                .set(BUDGET_ITEM.MEMBER_ID, memberId)
                .set(BUDGET_ITEM.POSITION, items.size())
                .returning(BUDGET_ITEM.ID).fetchSingle(BUDGET_ITEM.ID);
        items.put(name, id);
        return id;
    }

    long id(String item) {
        Long id = items.get(item);
        if (id == null) {
            throw new IllegalArgumentException("no budget item " + item);
        }
        return id;
    }

    /** A rule written straight into the table (the service's own checks are tested apart). */
    long rule(String account, String objectKey, String item) {
        Integer dimension = objectKey == null ? null : Integer.valueOf(objectKey.substring(0, objectKey.indexOf(':')));
        String object = objectKey == null ? null : objectKey.substring(objectKey.indexOf(':') + 1);
        return db.insertInto(ACCOUNT_MAPPING)
                .set(ACCOUNT_MAPPING.ACCOUNT, account)
                .set(ACCOUNT_MAPPING.DIMENSION, dimension)
                .set(ACCOUNT_MAPPING.OBJECT, object)
                .set(ACCOUNT_MAPPING.BUDGET_ITEM_ID, item == null ? null : id(item))
                .set(ACCOUNT_MAPPING.IGNORED, item == null)
                .returning(ACCOUNT_MAPPING.ID).fetchSingle(ACCOUNT_MAPPING.ID);
    }

    /** The rules the Lund demo uses (demo/930-money-bookkeeping.sql holds the same). */
    BookkeepingTestData lundRules() {
        rule("3011", null, "Tilldelning Försäkringskassan");
        rule("3012", null, "Tilldelning Region Skåne");
        rule("3013", null, "Tilldelning Lunds kommun");
        rule("3990", "6:IRIS", "ESF-ersättning IRIS");
        rule(null, "1:10", "Kansli");
        rule(null, "1:20", "Styrelse och revision");
        rule(null, "6:EVI", "En väg in");
        rule(null, "6:IRIS", "IRIS");
        rule(null, "6:INSAM", "Insam");
        rule(null, "6:USB", "USB");
        rule(null, "6:KOMP", "Kompenstrappan");
        rule(null, "6:SAS", "Strategisk arbetsmarknadssamordning");
        rule(null, "6:AMA", "Arbetsmarknadsanalys för Lunds kommun");
        rule("5010", null, "Kansli");
        rule("7610", null, "Utbildning och konferenser");
        rule("5800", null, "Utbildning och konferenser");
        rule("6990", null, "Övriga kostnader");
        rule("6570", null, "Övriga kostnader");
        rule("8310", null, null);
        return this;
    }
}
