package se.samordnaren.allocation;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import se.samordnaren.association.MemberType;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.meeting.DecisionOutcome;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static se.samordnaren.db.Tables.ALLOCATION_KEY;
import static se.samordnaren.db.Tables.ALLOCATION_MEMBER_SHARE;
import static se.samordnaren.db.Tables.ALLOCATION_PAYMENT;
import static se.samordnaren.db.Tables.ALLOCATION_YEAR;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.DECISION_PLACE;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The reads of the allocation feature ({@link AllocationService} holds the role checks and the writes). The year's
 * screen is one statement: the year, its keys, each member's share from the view allocation_member_share (the
 * arithmetic and the sums are the database's) and the payments, nested with multiset.
 */
@Component
class AllocationQueries {

    private final DSLContext db;

    AllocationQueries(DSLContext db) {
        this.db = db;
    }

    List<Integer> years() {
        return db.select(ALLOCATION_YEAR.YEAR).from(ALLOCATION_YEAR).orderBy(ALLOCATION_YEAR.YEAR)
                .fetch(ALLOCATION_YEAR.YEAR);
    }

    Optional<AllocationYearDetail> year(int year) {
        var y = ALLOCATION_YEAR;
        var s = ALLOCATION_MEMBER_SHARE;
        var p = ALLOCATION_PAYMENT;
        Field<List<AllocationYearDetail.MunicipalKey>> keys = multiset(
                select(MEMBER.ID, MEMBER.NAME, MEMBER.POPULATION, ALLOCATION_KEY.KEY_VALUE)
                        .from(MEMBER)
                        .leftJoin(ALLOCATION_KEY).on(ALLOCATION_KEY.MEMBER_ID.eq(MEMBER.ID))
                        .and(ALLOCATION_KEY.ALLOCATION_YEAR_ID.eq(y.ID))
                        .where(MEMBER.MEMBER_TYPE.eq(MemberType.MUNICIPALITY))
                        .orderBy(MEMBER.NAME))
                .convertFrom(r -> r.map(mapping(AllocationYearDetail.MunicipalKey::new)));
        Field<List<AllocationYearDetail.MemberShare>> shares = multiset(
                select(s.MEMBER_ID, s.MEMBER_NAME, s.MEMBER_TYPE, s.KEY_VALUE, s.EXPECTED, s.PAID,
                        s.PAID.minus(s.EXPECTED).cast(SQLDataType.NUMERIC(14, 2)), s.LAST_PAID_ON, s.KEY_MISSING)
                        .from(s)
                        .where(s.ALLOCATION_YEAR_ID.eq(y.ID))
                        .orderBy(memberOrder(s.MEMBER_TYPE), s.MEMBER_NAME))
                .convertFrom(r -> r.map(mapping(AllocationYearDetail.MemberShare::new)));
        Field<List<AllocationYearDetail.Payment>> payments = multiset(
                select(p.ID, p.MEMBER_ID, MEMBER.NAME, p.PAID_ON, p.AMOUNT, p.NOTE, p.VERSION)
                        .from(p)
                        .join(MEMBER).on(MEMBER.ID.eq(p.MEMBER_ID))
                        .where(p.ALLOCATION_YEAR_ID.eq(y.ID))
                        .orderBy(p.PAID_ON, MEMBER.NAME, p.ID))
                .convertFrom(r -> r.map(mapping(AllocationYearDetail.Payment::new)));
        Field<BigDecimal> expectedTotal = DSL.field(select(coalesce(sum(s.EXPECTED), BigDecimal.ZERO)).from(s)
                .where(s.ALLOCATION_YEAR_ID.eq(y.ID)));
        Field<BigDecimal> paidTotal = DSL.field(select(coalesce(sum(s.PAID), BigDecimal.ZERO)).from(s)
                .where(s.ALLOCATION_YEAR_ID.eq(y.ID)));
        var d = DECISION_PLACE;
        return db.select(y.ID, y.YEAR, y.TOTAL, y.STATE_SHARE, y.REGION_SHARE, y.MUNICIPAL_SHARE, y.KEY_BASIS,
                        y.DECISION_ID, d.MEETING_ID, d.BODY_NAME, d.PARAGRAPH_PREFIX, d.MEETING_DATE, d.PARAGRAPH_NUMBER,
                        y.NOTE, y.VERSION, expectedTotal, paidTotal, keys, shares, payments)
                .from(y)
                .leftJoin(d).on(d.DECISION_ID.eq(y.DECISION_ID))
                .where(y.YEAR.eq(year))
                .fetchOptional(r -> new AllocationYearDetail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(),
                        r.value9() == null ? null : new ParagraphRef(r.value9(), r.value10(), r.value11(), r.value12(),
                                r.value13()),
                        r.value14(), r.value15(), r.value16(), r.value17(), r.value18(), r.value19(), r.value20()));
    }

    /** Every municipality with its population: the key a new year starts from. */
    List<AllocationYearDetail.MunicipalKey> municipalities() {
        return db.select(MEMBER.ID, MEMBER.NAME, MEMBER.POPULATION, DSL.inline(null, SQLDataType.NUMERIC(14, 4)))
                .from(MEMBER).where(MEMBER.MEMBER_TYPE.eq(MemberType.MUNICIPALITY)).orderBy(MEMBER.NAME)
                .fetch(mapping(AllocationYearDetail.MunicipalKey::new));
    }

    /** State, region, municipalities, then the others: the order of the allocation's split. */
    private static Field<Integer> memberOrder(Field<MemberType> type) {
        return DSL.choose(type)
                .when(MemberType.FORSAKRINGSKASSAN, 1)
                .when(MemberType.REGION, 2)
                .when(MemberType.MUNICIPALITY, 3)
                .otherwise(4);
    }

    /**
     * One page of the decisions an allocation may rest on, newest first; every word of {@code text} must occur in
     * "Styrelsen 2020-11-27 § 5 Title", in any case.
     */
    List<MoneyDecision> decisionChoices(String text, PageRequest page) {
        var d = DECISION_PLACE;
        Field<String> label = DSL.concat(d.BODY_NAME, DSL.inline(" "), d.MEETING_DATE.cast(String.class),
                DSL.inline(" § "), d.PARAGRAPH_NUMBER.cast(String.class), DSL.inline(" "), d.ITEM_TITLE);
        Condition where = d.OUTCOME.in(Arrays.stream(DecisionOutcome.values())
                .filter(AllocationService::mayRestOn).map(Enum::name).toList());
        for (String word : text == null ? new String[0] : text.trim().split("\\s+")) {
            if (!word.isBlank()) {
                where = where.and(label.containsIgnoreCase(word));
            }
        }
        return Paging.page(db.select(d.DECISION_ID, d.MEETING_ID, d.BODY_NAME, d.PARAGRAPH_PREFIX, d.MEETING_DATE,
                                d.PARAGRAPH_NUMBER, d.ITEM_TITLE, approved(d.MEETING_ID))
                        .from(d)
                        .where(where)
                        .orderBy(Paging.order(page, Map.of(), d.MEETING_DATE.desc(), d.BODY_NAME, d.PARAGRAPH_NUMBER,
                                d.DECISION_ID)), page)
                .fetch(r -> new MoneyDecision(r.value1(),
                        new ParagraphRef(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()), r.value7(),
                        Boolean.TRUE.equals(r.value8())));
    }

    /** The picker's entry for one decision (empty when it is gone). */
    Optional<MoneyDecision> decisionChoice(long decisionId) {
        var d = DECISION_PLACE;
        return db.select(d.DECISION_ID, d.MEETING_ID, d.BODY_NAME, d.PARAGRAPH_PREFIX, d.MEETING_DATE,
                        d.PARAGRAPH_NUMBER, d.ITEM_TITLE, approved(d.MEETING_ID))
                .from(d).where(d.DECISION_ID.eq(decisionId))
                .fetchOptional(r -> new MoneyDecision(r.value1(),
                        new ParagraphRef(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()), r.value7(),
                        Boolean.TRUE.equals(r.value8())));
    }

    private static Field<Boolean> approved(Field<Long> meetingId) {
        return DSL.field("meeting_is_approved({0})", SQLDataType.BOOLEAN, meetingId);
    }

    /** The year's decision and linkable record id as stored now (empty when the year is gone). */
    record Stored(Long decisionId, long recordId) {
    }

    Optional<Stored> stored(long allocationYearId) {
        return db.select(ALLOCATION_YEAR.DECISION_ID, ALLOCATION_YEAR.RECORD_ID).from(ALLOCATION_YEAR)
                .where(ALLOCATION_YEAR.ID.eq(allocationYearId)).fetchOptional(mapping(Stored::new));
    }

    /** The link from a decision to a record, if there is one. */
    Optional<Long> link(long decisionId, long recordId) {
        return db.select(DECISION_LINK.ID).from(DECISION_LINK)
                .where(DECISION_LINK.DECISION_ID.eq(decisionId)).and(DECISION_LINK.RECORD_ID.eq(recordId))
                .fetchOptional(DECISION_LINK.ID);
    }
}
