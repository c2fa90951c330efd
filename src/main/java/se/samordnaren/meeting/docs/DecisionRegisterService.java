package se.samordnaren.meeting.docs;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.extract;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_CLAUSE;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.LINKABLE_KIND;
import static se.samordnaren.db.Tables.LINKABLE_RECORD;
import static se.samordnaren.db.Tables.MEETING;

/** The decision register (beslutsregister): every decision of every body, filtered, sorted and paged in the database. */
@Service
public class DecisionRegisterService {

    public static final List<String> OUTCOMES = List.of("APPROVED", "GRANTED", "REJECTED", "REFERRED_BACK", "POSTPONED",
            "NOTED", "PROPOSAL", "DELEGATION_REPORTED");

    /** What the user may filter on; null or blank means "all". */
    public record Filter(Long bodyId, Integer year, String outcome, String linkKind, String text) {
        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One sort order from the grid: the property name is looked up in a whitelist, never put into SQL. */
    public record Sort(String property, boolean descending) {
    }

    public record Row(long decisionId, long meetingId, LocalDate meetingDate, String bodyName, String paragraphPrefix,
                      int number, String title, String outcome, String firstClause) {
    }

    public record Option(String value, String label) {
    }

    private static final Field<String> FIRST_CLAUSE = DSL.field(DSL.select(DECISION_CLAUSE.TEXT).from(DECISION_CLAUSE)
            .where(DECISION_CLAUSE.DECISION_ID.eq(DECISION.ID))
            .orderBy(DECISION_CLAUSE.POSITION).limit(1)).as("first_clause");

    /** Grid property name → column. Anything else is ignored. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "date", MEETING.MEETING_DATE,
            "body", BODY.NAME,
            "paragraph", AGENDA_ITEM.NUMBER,
            "title", AGENDA_ITEM.TITLE,
            "outcome", DECISION.OUTCOME);

    private final DSLContext db;

    DecisionRegisterService(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(Filter filter) {
        return db.fetchCount(db.select(DECISION.ID)
                .from(DECISION)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(conditions(filter)));
    }

    /** One page of decisions in one query (the first clause comes along as a subquery). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> page(Filter filter, int offset, int limit, List<Sort> sorts) {
        return rows(conditions(filter), offset, limit, sorts);
    }

    /** The newest decisions that have been taken: of held or approved meetings, not those prepared for a coming one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> latestTaken(int limit) {
        return rows(MEETING.STATUS.in("HELD", "APPROVED"), 0, limit, List.of());
    }

    private List<Row> rows(Condition condition, int offset, int limit, List<Sort> sorts) {
        return db.select(DECISION.ID, MEETING.ID, MEETING.MEETING_DATE, BODY.NAME, BODY.PARAGRAPH_PREFIX, AGENDA_ITEM.NUMBER,
                        AGENDA_ITEM.TITLE, DECISION.OUTCOME, FIRST_CLAUSE)
                .from(DECISION)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(condition)
                .orderBy(orderBy(sorts))
                .offset(Math.max(0, offset))
                .limit(Math.max(0, Math.min(limit, 500)))
                .fetch(Records.mapping(Row::new));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> bodies() {
        return db.select(BODY.ID, BODY.NAME).from(BODY).orderBy(BODY.NAME)
                .fetch(r -> new Option(String.valueOf(r.value1()), r.value2()));
    }

    /** The years that have decisions, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Integer> years() {
        Field<Integer> year = extract(MEETING.MEETING_DATE, org.jooq.DatePart.YEAR).as("year");
        return db.selectDistinct(year)
                .from(DECISION)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .orderBy(year.desc())
                .fetch(year);
    }

    /** The kinds of records a decision can link to ("Sammanträde", "Person", later "Insats" …). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> linkKinds() {
        return db.select(LINKABLE_KIND.CODE, LINKABLE_KIND.LABEL_SV).from(LINKABLE_KIND).orderBy(LINKABLE_KIND.LABEL_SV)
                .fetch(Records.mapping(Option::new));
    }

    private static Condition conditions(Filter filter) {
        Condition condition = noCondition();
        if (filter == null) {
            return condition;
        }
        if (filter.bodyId() != null) {
            condition = condition.and(MEETING.BODY_ID.eq(filter.bodyId()));
        }
        if (filter.year() != null) {
            condition = condition.and(MEETING.MEETING_DATE.between(LocalDate.of(filter.year(), 1, 1),
                    LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.outcome() != null && !filter.outcome().isBlank()) {
            condition = condition.and(DECISION.OUTCOME.eq(filter.outcome()));
        }
        if (filter.linkKind() != null && !filter.linkKind().isBlank()) {
            condition = condition.and(exists(selectOne().from(DECISION_LINK)
                    .join(LINKABLE_RECORD).on(LINKABLE_RECORD.ID.eq(DECISION_LINK.RECORD_ID))
                    .where(DECISION_LINK.DECISION_ID.eq(DECISION.ID).and(LINKABLE_RECORD.KIND.eq(filter.linkKind())))));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + escapeLike(filter.text().strip()) + "%";
            condition = condition.and(AGENDA_ITEM.TITLE.likeIgnoreCase(pattern, '\\')
                    .or(AGENDA_ITEM.CASE_NUMBER.likeIgnoreCase(pattern, '\\'))
                    .or(exists(selectOne().from(DECISION_CLAUSE).where(DECISION_CLAUSE.DECISION_ID.eq(DECISION.ID)
                            .and(DECISION_CLAUSE.TEXT.likeIgnoreCase(pattern, '\\'))))));
        }
        return condition;
    }

    private static List<SortField<?>> orderBy(List<Sort> sorts) {
        List<SortField<?>> order = new ArrayList<>();
        if (sorts != null) {
            for (Sort sort : sorts) {
                Field<?> field = SORTABLE.get(sort.property());
                if (field != null) {
                    order.add(sort.descending() ? field.desc() : field.asc());
                }
            }
        }
        order.add(MEETING.MEETING_DATE.desc());
        order.add(BODY.NAME.asc());
        order.add(AGENDA_ITEM.NUMBER.asc());
        order.add(DECISION.ID.asc());
        return order;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
