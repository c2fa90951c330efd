package se.samordnaren.budget;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.db.tables.BudgetAmount;
import se.samordnaren.db.tables.BudgetVersion;
import se.samordnaren.db.tables.DecisionPlace;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static se.samordnaren.db.Tables.BUDGET_AMOUNT;
import static se.samordnaren.db.Tables.BUDGET_ITEM;
import static se.samordnaren.db.Tables.BUDGET_REFERENCE;
import static se.samordnaren.db.Tables.BUDGET_VERSION;
import static se.samordnaren.db.Tables.DECISION_PLACE;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The reads of the budget feature, open to everyone who reads money (förbundschef, ekonom, styrelse, revisor). Each
 * screen region is one statement whatever the number of items, versions and years: the list of versions with their
 * year's figures, the items, one version with every line and cell nested (multiset) and its totals, the totals alone
 * (after a cell is saved), and a comparison of two versions. Sums are made in SQL.
 */
@Service
public class BudgetQueries {

    /** Outcomes a budget cannot rest on (the database's check_money_decision says the same; a test holds them equal). */
    static final List<String> NOT_DECIDING = List.of("REJECTED", "REFERRED_BACK", "POSTPONED", "PROPOSAL");

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private final DSLContext db;

    BudgetQueries(DSLContext db) {
        this.db = db;
    }

    // ---------------------------------------------------------------- the list of versions

    /** Every version, newest year first, each with its deciding §, whether it is the year's reference and its figures. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<BudgetVersionSummary> versions() {
        BudgetVersion source = BUDGET_VERSION.as("source");
        BudgetVersion own = BUDGET_VERSION.as("own");
        BudgetAmount a = BUDGET_AMOUNT.as("a");
        var bi = BUDGET_ITEM.as("bi");
        // The figures of each version's own budget year, grouped once for all versions.
        Field<Long> versionId = a.BUDGET_VERSION_ID.as("version_id");
        Field<BigDecimal> income = coalesce(sum(a.AMOUNT).filterWhere(bi.DIRECTION.eq(BudgetDirection.INCOME)), ZERO).as("income");
        Field<BigDecimal> costs = coalesce(sum(a.AMOUNT).filterWhere(bi.DIRECTION.eq(BudgetDirection.COST)), ZERO).as("costs");
        Table<?> figures = select(versionId, income, costs)
                .from(a)
                .join(own).on(own.ID.eq(a.BUDGET_VERSION_ID).and(own.YEAR.eq(a.YEAR)))
                .join(bi).on(bi.ID.eq(a.BUDGET_ITEM_ID))
                .groupBy(a.BUDGET_VERSION_ID)
                .asTable("figures");
        Field<BigDecimal> figuresIncome = coalesce(figures.field(income), ZERO);
        Field<BigDecimal> figuresCosts = coalesce(figures.field(costs), ZERO);
        DecisionPlace dp = DECISION_PLACE;
        return db.select(BUDGET_VERSION.ID, BUDGET_VERSION.VERSION, BUDGET_VERSION.YEAR, BUDGET_VERSION.KIND,
                        BUDGET_VERSION.NAME, dp.MEETING_ID, dp.BODY_NAME, dp.PARAGRAPH_PREFIX, dp.MEETING_DATE,
                        dp.PARAGRAPH_NUMBER, BUDGET_REFERENCE.BUDGET_VERSION_ID.isNotNull(), source.ID, source.NAME,
                        figuresIncome, figuresCosts)
                .from(BUDGET_VERSION)
                .leftJoin(dp).on(dp.DECISION_ID.eq(BUDGET_VERSION.DECISION_ID))
                .leftJoin(BUDGET_REFERENCE).on(BUDGET_REFERENCE.BUDGET_VERSION_ID.eq(BUDGET_VERSION.ID))
                .leftJoin(source).on(source.ID.eq(BUDGET_VERSION.COPIED_FROM_ID))
                .leftJoin(figures).on(figures.field(versionId).eq(BUDGET_VERSION.ID))
                .orderBy(BUDGET_VERSION.YEAR.desc(), dp.MEETING_DATE.desc().nullsFirst(), BUDGET_VERSION.CREATED_AT.desc(),
                        BUDGET_VERSION.ID.desc())
                .fetch(r -> new BudgetVersionSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        paragraph(r.value6(), r.value7(), r.value8(), r.value9(), r.value10()),
                        Boolean.TRUE.equals(r.value11()), r.value12(), r.value13(), r.value14(), r.value15(),
                        r.value14().subtract(r.value15())));
    }

    // ---------------------------------------------------------------- items

    /** Every budget item, income first, in category order, then by position and name. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<BudgetItem> items() {
        return db.select(BUDGET_ITEM.ID, BUDGET_ITEM.VERSION, BUDGET_ITEM.NAME, BUDGET_ITEM.DIRECTION,
                        BUDGET_ITEM.CATEGORY, BUDGET_ITEM.MEMBER_ID, MEMBER.NAME, BUDGET_ITEM.INITIATIVE_ID,
                        INITIATIVE.NAME, BUDGET_ITEM.POSITION, BUDGET_ITEM.ACTIVE)
                .from(BUDGET_ITEM)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(BUDGET_ITEM.MEMBER_ID))
                .leftJoin(INITIATIVE).on(INITIATIVE.ID.eq(BUDGET_ITEM.INITIATIVE_ID))
                .orderBy(categoryOrder(BUDGET_ITEM), BUDGET_ITEM.POSITION, BUDGET_ITEM.NAME, BUDGET_ITEM.ID)
                .fetch(mapping(BudgetItem::new));
    }

    // ---------------------------------------------------------------- one version

    /** One version with every line, its cells per year and its totals, in one statement. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Optional<BudgetVersionDetail> version(long id) {
        BudgetVersion source = BUDGET_VERSION.as("source");
        DecisionPlace dp = DECISION_PLACE;
        Field<List<BudgetVersionDetail.Line>> lines = lines(BUDGET_VERSION);
        Field<List<BudgetYearTotal>> totals = totals(BUDGET_VERSION);
        return db.select(BUDGET_VERSION.ID, BUDGET_VERSION.VERSION, BUDGET_VERSION.YEAR, BUDGET_VERSION.KIND,
                        BUDGET_VERSION.NAME, BUDGET_VERSION.NOTE, dp.MEETING_ID, dp.BODY_NAME, dp.PARAGRAPH_PREFIX,
                        dp.MEETING_DATE, dp.PARAGRAPH_NUMBER, BUDGET_REFERENCE.BUDGET_VERSION_ID.isNotNull(), source.ID,
                        source.NAME, BUDGET_VERSION.CREATED_AT, BUDGET_VERSION.CREATED_BY, lines, totals)
                .from(BUDGET_VERSION)
                .leftJoin(dp).on(dp.DECISION_ID.eq(BUDGET_VERSION.DECISION_ID))
                .leftJoin(BUDGET_REFERENCE).on(BUDGET_REFERENCE.BUDGET_VERSION_ID.eq(BUDGET_VERSION.ID))
                .leftJoin(source).on(source.ID.eq(BUDGET_VERSION.COPIED_FROM_ID))
                .where(BUDGET_VERSION.ID.eq(id))
                .fetchOptional(r -> new BudgetVersionDetail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), paragraph(r.value7(), r.value8(), r.value9(), r.value10(), r.value11()),
                        Boolean.TRUE.equals(r.value12()), r.value13(), r.value14(), r.value15(), r.value16(),
                        r.value17(), r.value18()));
    }

    /** The totals per year of one version (after a cell was saved): one statement. Empty when the version is gone. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<BudgetYearTotal> totals(long versionId) {
        Field<List<BudgetYearTotal>> totals = totals(BUDGET_VERSION);
        return db.select(totals).from(BUDGET_VERSION).where(BUDGET_VERSION.ID.eq(versionId))
                .fetchOptional(Record1::value1).orElse(List.of());
    }

    /**
     * The lines of a version: every item with an amount in it, and while the version is undecided every active item
     * too; each with one cell per year of the version (budget year and two plan years), empty where nothing is entered.
     */
    private static Field<List<BudgetVersionDetail.Line>> lines(BudgetVersion v) {
        var bi = BUDGET_ITEM.as("line_item");
        BudgetAmount any = BUDGET_AMOUNT.as("any_amount");
        BudgetAmount a = BUDGET_AMOUNT.as("cell_amount");
        Table<Record1<Integer>> years = DSL.generateSeries(v.YEAR, v.YEAR.plus(2)).as("y", "year");
        Field<Integer> year = years.field("year", Integer.class);
        Field<List<BudgetVersionDetail.Cell>> cells = multiset(
                select(year, a.ID, a.VERSION, a.AMOUNT, a.NOTE)
                        .from(years)
                        .leftJoin(a).on(a.BUDGET_VERSION_ID.eq(v.ID).and(a.BUDGET_ITEM_ID.eq(bi.ID)).and(a.YEAR.eq(year)))
                        .orderBy(year))
                .convertFrom(r -> r.map(mapping(BudgetVersionDetail.Cell::new)));
        Condition hasAmount = exists(selectOne().from(any).where(any.BUDGET_VERSION_ID.eq(v.ID)).and(any.BUDGET_ITEM_ID.eq(bi.ID)));
        return multiset(
                select(bi.ID, bi.NAME, bi.DIRECTION, bi.CATEGORY, bi.ACTIVE, cells)
                        .from(bi)
                        .where(hasAmount.or(v.DECISION_ID.isNull().and(bi.ACTIVE)))
                        .orderBy(categoryOrder(bi), bi.POSITION, bi.NAME, bi.ID))
                .convertFrom(r -> r.map(mapping(BudgetVersionDetail.Line::new)));
    }

    /** Income, costs and result per year of the version (all three of its years, zero where nothing is entered). */
    private static Field<List<BudgetYearTotal>> totals(BudgetVersion v) {
        BudgetAmount a = BUDGET_AMOUNT.as("total_amount");
        var bi = BUDGET_ITEM.as("total_item");
        Table<Record1<Integer>> years = DSL.generateSeries(v.YEAR, v.YEAR.plus(2)).as("ty", "year");
        Field<Integer> year = years.field("year", Integer.class);
        Field<BigDecimal> income = coalesce(sum(a.AMOUNT).filterWhere(bi.DIRECTION.eq(BudgetDirection.INCOME)), ZERO);
        Field<BigDecimal> costs = coalesce(sum(a.AMOUNT).filterWhere(bi.DIRECTION.eq(BudgetDirection.COST)), ZERO);
        return multiset(
                select(year, income, costs, income.minus(costs))
                        .from(years)
                        .leftJoin(a.join(bi).on(bi.ID.eq(a.BUDGET_ITEM_ID)))
                        .on(a.BUDGET_VERSION_ID.eq(v.ID).and(a.YEAR.eq(year)))
                        .groupBy(year)
                        .orderBy(year))
                .convertFrom(r -> r.map(mapping(BudgetYearTotal::new)));
    }

    // ---------------------------------------------------------------- comparison

    /**
     * Two versions side by side in one statement: every item with an amount in either, per year a, b and b − a; and
     * per year the totals of both. The years are those either version covers; where only one covers a year, its
     * other figures and the difference are null.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public Optional<BudgetComparison> compare(long aId, long bId) {
        BudgetVersion va = BUDGET_VERSION.as("va");
        BudgetVersion vb = BUDGET_VERSION.as("vb");
        DecisionPlace da = DECISION_PLACE.as("da");
        DecisionPlace dbp = DECISION_PLACE.as("db");
        Field<Integer> first = DSL.least(va.YEAR, vb.YEAR);
        Field<Integer> last = DSL.greatest(va.YEAR, vb.YEAR).plus(2);

        // The years either covers.
        Table<Record1<Integer>> yearSeries = DSL.generateSeries(first, last).as("cy", "year");
        Field<Integer> cy = yearSeries.field("year", Integer.class);
        Field<List<Integer>> years = multiset(select(cy).from(yearSeries).where(covers(va, cy).or(covers(vb, cy))).orderBy(cy))
                .convertFrom(r -> r.map(Record1::value1));

        // The lines: items with an amount in a or b, each with its cells per year.
        var bi = BUDGET_ITEM.as("cmp_item");
        BudgetAmount any = BUDGET_AMOUNT.as("cmp_any");
        BudgetAmount aa = BUDGET_AMOUNT.as("cmp_a");
        BudgetAmount ab = BUDGET_AMOUNT.as("cmp_b");
        Table<Record1<Integer>> lineYears = DSL.generateSeries(first, last).as("ly", "year");
        Field<Integer> ly = lineYears.field("year", Integer.class);
        Field<List<BudgetComparison.Cell>> cells = multiset(
                select(ly, aa.AMOUNT, ab.AMOUNT, difference(va, vb, ly, aa.AMOUNT, ab.AMOUNT))
                        .from(lineYears)
                        .leftJoin(aa).on(aa.BUDGET_VERSION_ID.eq(va.ID).and(aa.BUDGET_ITEM_ID.eq(bi.ID)).and(aa.YEAR.eq(ly)))
                        .leftJoin(ab).on(ab.BUDGET_VERSION_ID.eq(vb.ID).and(ab.BUDGET_ITEM_ID.eq(bi.ID)).and(ab.YEAR.eq(ly)))
                        .where(covers(va, ly).or(covers(vb, ly)))
                        .orderBy(ly))
                .convertFrom(r -> r.map(mapping(BudgetComparison.Cell::new)));
        Field<List<BudgetComparison.Line>> lines = multiset(
                select(bi.ID, bi.NAME, bi.DIRECTION, bi.CATEGORY, cells)
                        .from(bi)
                        .where(exists(selectOne().from(any).where(any.BUDGET_ITEM_ID.eq(bi.ID))
                                .and(any.BUDGET_VERSION_ID.in(va.ID, vb.ID))))
                        .orderBy(categoryOrder(bi), bi.POSITION, bi.NAME, bi.ID))
                .convertFrom(r -> r.map(mapping(BudgetComparison.Line::new)));

        // The totals per year: one grouped join over both versions' amounts.
        BudgetAmount ta = BUDGET_AMOUNT.as("tot_amount");
        var ti = BUDGET_ITEM.as("tot_item");
        Table<Record1<Integer>> totalYears = DSL.generateSeries(first, last).as("ty", "year");
        Field<Integer> ty = totalYears.field("year", Integer.class);
        Field<BigDecimal> incomeA = side(va, ty, ta, ti, BudgetDirection.INCOME);
        Field<BigDecimal> incomeB = side(vb, ty, ta, ti, BudgetDirection.INCOME);
        Field<BigDecimal> costsA = side(va, ty, ta, ti, BudgetDirection.COST);
        Field<BigDecimal> costsB = side(vb, ty, ta, ti, BudgetDirection.COST);
        Field<List<BudgetComparison.Totals>> totals = multiset(
                select(ty, incomeA, incomeB, costsA, costsB)
                        .from(totalYears)
                        .leftJoin(ta.join(ti).on(ti.ID.eq(ta.BUDGET_ITEM_ID)))
                        .on(ta.YEAR.eq(ty).and(ta.BUDGET_VERSION_ID.in(va.ID, vb.ID)))
                        .where(covers(va, ty).or(covers(vb, ty)))
                        .groupBy(ty)
                        .orderBy(ty))
                .convertFrom(r -> r.map(t -> new BudgetComparison.Totals(t.value1(),
                        figures(t.value2(), t.value3()), figures(t.value4(), t.value5()),
                        figures(minus(t.value2(), t.value4()), minus(t.value3(), t.value5())))));

        return db.select(va.ID, va.YEAR, va.KIND, va.NAME, da.MEETING_ID, da.BODY_NAME, da.PARAGRAPH_PREFIX,
                        da.MEETING_DATE, da.PARAGRAPH_NUMBER,
                        vb.ID, vb.YEAR, vb.KIND, vb.NAME, dbp.MEETING_ID, dbp.BODY_NAME, dbp.PARAGRAPH_PREFIX,
                        dbp.MEETING_DATE, dbp.PARAGRAPH_NUMBER, years, lines, totals)
                .from(va)
                .crossJoin(vb)
                .leftJoin(da).on(da.DECISION_ID.eq(va.DECISION_ID))
                .leftJoin(dbp).on(dbp.DECISION_ID.eq(vb.DECISION_ID))
                .where(va.ID.eq(aId)).and(vb.ID.eq(bId))
                .fetchOptional(r -> new BudgetComparison(
                        new BudgetComparison.Side(r.value1(), r.value2(), r.value3(), r.value4(),
                                paragraph(r.value5(), r.value6(), r.value7(), r.value8(), r.value9())),
                        new BudgetComparison.Side(r.value10(), r.value11(), r.value12(), r.value13(),
                                paragraph(r.value14(), r.value15(), r.value16(), r.value17(), r.value18())),
                        r.value19(), r.value20(), r.value21()));
    }

    private static Condition covers(BudgetVersion v, Field<Integer> year) {
        return year.between(v.YEAR, v.YEAR.plus(2));
    }

    /** b − a where both versions cover the year (a missing amount counts as zero), else null. */
    private static Field<BigDecimal> difference(BudgetVersion va, BudgetVersion vb, Field<Integer> year,
                                                Field<BigDecimal> a, Field<BigDecimal> b) {
        return DSL.when(covers(va, year).and(covers(vb, year)), coalesce(b, ZERO).minus(coalesce(a, ZERO)));
    }

    /** The sum of one direction of one version in a year, null where the version does not cover the year. */
    private static Field<BigDecimal> side(BudgetVersion v, Field<Integer> year, BudgetAmount amount, se.samordnaren.db.tables.BudgetItem item,
                                          BudgetDirection direction) {
        return DSL.when(covers(v, year), coalesce(sum(amount.AMOUNT)
                .filterWhere(amount.BUDGET_VERSION_ID.eq(v.ID).and(item.DIRECTION.eq(direction))), ZERO));
    }

    private static BudgetComparison.Figures figures(BigDecimal a, BigDecimal b) {
        return new BudgetComparison.Figures(a, b, a == null || b == null ? null : b.subtract(a));
    }

    private static BigDecimal minus(BigDecimal x, BigDecimal y) {
        return x == null || y == null ? null : x.subtract(y);
    }

    // ---------------------------------------------------------------- the deciding §

    /**
     * One page of the decisions a budget can rest on, newest first: an outcome that decides (not a rejection, a
     * referral back, a postponement or a proposal) and not already deciding another version. Every word of
     * {@code text} must occur in "Styrelsen 2021-03-19 § 7 Title", in any case.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<DecidingDecision> decidingDecisions(String text, PageRequest page) {
        DecisionPlace d = DECISION_PLACE;
        Field<String> label = DSL.concat(d.BODY_NAME, inline(" "), d.MEETING_DATE.cast(String.class), inline(" § "),
                d.PARAGRAPH_NUMBER.cast(String.class), inline(" "), d.ITEM_TITLE);
        Condition where = d.OUTCOME.notIn(NOT_DECIDING)
                .andNotExists(selectOne().from(BUDGET_VERSION).where(BUDGET_VERSION.DECISION_ID.eq(d.DECISION_ID)));
        for (String word : text == null ? new String[0] : text.trim().split("\\s+")) {
            if (!word.isBlank()) {
                where = where.and(label.containsIgnoreCase(word));
            }
        }
        return Paging.page(db.select(d.DECISION_ID, d.MEETING_ID, d.BODY_NAME, d.PARAGRAPH_PREFIX, d.MEETING_DATE,
                                d.PARAGRAPH_NUMBER, d.ITEM_TITLE, d.MEETING_STATUS.eq("APPROVED"))
                        .from(d)
                        .where(where)
                        .orderBy(Paging.order(page, Map.of(), d.MEETING_DATE.desc(), d.BODY_NAME, d.PARAGRAPH_NUMBER,
                                d.DECISION_ID)), page)
                .fetch(r -> new DecidingDecision(r.value1(),
                        new ParagraphRef(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()), r.value7(),
                        Boolean.TRUE.equals(r.value8())));
    }

    // ---------------------------------------------------------------- helpers

    /** Items in the order of the categories (income first), as {@link BudgetCategory} lists them. */
    static Field<Integer> categoryOrder(se.samordnaren.db.tables.BudgetItem item) {
        CaseValueStep<BudgetCategory> choose = DSL.choose(item.CATEGORY);
        CaseWhenStep<BudgetCategory, Integer> order = null;
        for (BudgetCategory category : BudgetCategory.values()) {
            order = order == null ? choose.when(category, category.ordinal()) : order.when(category, category.ordinal());
        }
        return order;
    }

    /** The § reference, or null while undecided. */
    static ParagraphRef paragraph(Long meetingId, String bodyName, String prefix, LocalDate date, Integer number) {
        return meetingId == null || bodyName == null || date == null || number == null ? null
                : new ParagraphRef(meetingId, bodyName, prefix, date, number);
    }
}
