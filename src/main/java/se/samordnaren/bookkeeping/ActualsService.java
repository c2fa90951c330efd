package se.samordnaren.bookkeeping;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static se.samordnaren.db.Tables.ACTUAL_ENTRY;
import static se.samordnaren.db.Tables.BUDGET_ITEM;

/**
 * Actuals (utfall) per budget item and month: the year as one grid (actual_monthly, summed in SQL, with the sums of
 * income and costs and the result), one figure with what is behind it, and the amounts entered by hand.
 */
@Service
public class ActualsService {

    private final DSLContext db;
    private final BookkeepingImportService imports;

    ActualsService(DSLContext db, BookkeepingImportService imports) {
        this.db = db;
        this.imports = imports;
    }

    /** The years with actuals (by hand or imported), and this year; newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(db.fetchValues(
                "select distinct year from actual_monthly where amount is not null").stream()
                .map(value -> ((Number) value).intValue()).toList());
        years.add(LocalDate.now().getYear());
        return List.copyOf(years.descendingSet());
    }

    /**
     * The year's actuals: every active budget item (and any other with actuals that year), income items first, then
     * the sum of income, the cost items, the sum of costs and the result — twelve months and the year's total each.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public ActualsYear year(int year) {
        List<ActualsLine> lines = db.resultQuery("""
                with items as (
                    select bi.id, bi.name, bi.direction, bi.position
                      from budget_item bi
                     where bi.active
                        or exists (select 1 from actual_monthly a where a.budget_item_id = bi.id and a.year = {0})
                ), cells as (
                    select i.id, i.name, i.direction, i.position, m.month, a.amount, a.imported, a.manual
                      from items i
                     cross join generate_series(1, 12) as m(month)
                      left join actual_monthly a on a.budget_item_id = i.id and a.year = {0} and a.month = m.month
                ), sums as (
                    select grouping(c.direction) as g_direction, grouping(c.id) as g_item,
                           c.direction, c.id, c.name, c.position, c.month,
                           case when grouping(c.direction) = 1
                                then sum(case c.direction when 'INCOME' then c.amount else -c.amount end)
                                else sum(c.amount) end as amount,
                           sum(c.imported) as imported, sum(c.manual) as manual
                      from cells c
                     group by grouping sets ((c.direction, c.id, c.name, c.position, c.month), (c.direction, c.month),
                                             (c.month))
                )
                select g_direction + g_item as level, direction, id, name,
                       array_agg(amount order by month) as amounts, array_agg(imported order by month) as imported,
                       array_agg(manual order by month) as manual, sum(amount) as total
                  from sums
                 group by g_direction, g_item, direction, id, name, position
                 order by g_direction, case direction when 'INCOME' then 0 else 1 end, g_item, position, name
                """, DSL.val(year)).fetch(ActualsService::line);
        return new ActualsYear(year, lines);
    }

    private static ActualsLine line(Record r) {
        int level = r.get("level", Integer.class);
        ActualsLine.Kind kind = level == 0 ? ActualsLine.Kind.ITEM : level == 1 ? ActualsLine.Kind.SUBTOTAL
                : ActualsLine.Kind.RESULT;
        String direction = r.get("direction", String.class);
        return new ActualsLine(kind, r.get("id", Long.class), r.get("name", String.class),
                direction == null ? null : BudgetDirection.valueOf(direction), amounts(r, "amounts"),
                ActualsLine.monthsWith(amounts(r, "imported")), ActualsLine.monthsWith(amounts(r, "manual")),
                r.get("total", BigDecimal.class));
    }

    private static List<BigDecimal> amounts(Record r, String field) {
        BigDecimal[] values = r.get(field, BigDecimal[].class);
        return values == null ? java.util.Collections.nCopies(12, null) : Arrays.asList(values);
    }

    /** One figure: the budget item in the month, its amount by hand and the rows the current imports add. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Optional<ActualsCell> cell(long itemId, int year, int month) {
        return db.select(BUDGET_ITEM.ID, BUDGET_ITEM.NAME, BUDGET_ITEM.DIRECTION,
                        ACTUAL_ENTRY.ID, ACTUAL_ENTRY.AMOUNT, ACTUAL_ENTRY.NOTE, ACTUAL_ENTRY.VERSION)
                .from(BUDGET_ITEM)
                .leftJoin(ACTUAL_ENTRY).on(ACTUAL_ENTRY.BUDGET_ITEM_ID.eq(BUDGET_ITEM.ID)
                        .and(ACTUAL_ENTRY.YEAR.eq(year)).and(ACTUAL_ENTRY.MONTH.eq(month)))
                .where(BUDGET_ITEM.ID.eq(itemId))
                .fetchOptional(r -> new ActualsCell(r.value1(), r.value2(), r.value3(), year, month,
                        r.value4() == null ? null : new ManualEntry(r.value4(), itemId, year, month, r.value5(),
                                r.value6(), r.value7()),
                        imports.rowTotal(RowFilter.ofFigure(itemId, year, month))));
    }

    /**
     * Saves the amount entered by hand for an item and month: creates it, changes it, or removes it when the amount is
     * empty. A stale save (someone else changed it since it was read) is refused.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void save(ManualEntry entry) {
        if (entry.month() < 1 || entry.month() > 12 || entry.year() < 2000 || entry.year() > 2100) {
            throw new UserFacingException("bookkeeping.actuals.error.month");
        }
        BigDecimal amount = Money.requireValid(entry.amount());
        String note = Texts.requireMaxLength(Texts.blankToNull(entry.note()), Texts.SHORT, "bookkeeping.actuals.note");
        if (amount == null) {
            if (entry.id() != null) {
                ConcurrentEditException.requireUpdated(db.deleteFrom(ACTUAL_ENTRY)
                        .where(ACTUAL_ENTRY.ID.eq(entry.id())).and(ACTUAL_ENTRY.VERSION.eq(entry.version()))
                        .execute());
            }
            return;
        }
        if (entry.id() == null) {
            db.insertInto(ACTUAL_ENTRY)
                    .set(ACTUAL_ENTRY.BUDGET_ITEM_ID, entry.itemId())
                    .set(ACTUAL_ENTRY.YEAR, entry.year())
                    .set(ACTUAL_ENTRY.MONTH, entry.month())
                    .set(ACTUAL_ENTRY.AMOUNT, amount)
                    .set(ACTUAL_ENTRY.NOTE, note)
                    .execute();
            return;
        }
        ConcurrentEditException.requireUpdated(db.update(ACTUAL_ENTRY)
                .set(ACTUAL_ENTRY.AMOUNT, amount)
                .set(ACTUAL_ENTRY.NOTE, note)
                .set(ACTUAL_ENTRY.VERSION, ACTUAL_ENTRY.VERSION.plus(1))
                .where(ACTUAL_ENTRY.ID.eq(entry.id())).and(ACTUAL_ENTRY.VERSION.eq(entry.version()))
                .execute());
    }
}
