package se.samordnaren.decision;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.meeting.Choice;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.ParagraphRefs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_CLAUSE;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.DECISION_YEAR;
import static se.samordnaren.db.Tables.LINKABLE_KIND;
import static se.samordnaren.db.Tables.LINKABLE_RECORD;
import static se.samordnaren.db.Tables.MEETING;

/** The decision register (beslutsregister): every decision of every body, filtered, sorted and paged in the database. */
@Service
public class DecisionRegisterService {

    /** What the user may filter on; null or blank means "all". */
    public record Filter(Long bodyId, Integer year, DecisionOutcome outcome, String linkKind, String text) {
        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One decision: where it was taken, the §'s title, the outcome and the first "Att …" clause. */
    public record Row(long decisionId, ParagraphRef paragraph, String title, DecisionOutcome outcome, String firstClause) {
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
        // Every decision has its § and meeting (not-null keys), so without a filter on them the decisions alone are
        // counted: an index-only scan instead of a join of three tables over all history.
        boolean byPlace = filter != null && (filter.bodyId() != null || filter.year() != null
                || (filter.text() != null && !filter.text().isBlank()));
        return byPlace ? db.fetchCount(DECISION
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID)), conditions(filter))
                : db.fetchCount(DECISION, conditions(filter));
    }

    /**
     * One page of decisions in one query (the first clause comes along as a subquery), newest first unless the page
     * sorts by date, body, paragraph, title or outcome.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> page(Filter filter, PageRequest page) {
        return rows(conditions(filter), page);
    }

    /** The newest decisions that have been taken: of held or approved meetings, not those prepared for a coming one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> latestTaken(int limit) {
        return rows(MEETING.STATUS.in(MeetingStatus.HELD, MeetingStatus.APPROVED), PageRequest.first(limit));
    }

    private List<Row> rows(Condition condition, PageRequest page) {
        return db.fetch(select(condition, page)).map(Records.mapping(Row::new));
    }

    /** The newest decisions taken, as a nested field (the start page reads them with the follow-ups: FollowUpService). */
    static Field<List<Row>> latestTakenField(int limit) {
        return DSL.multiset(select(MEETING.STATUS.in(MeetingStatus.HELD, MeetingStatus.APPROVED), PageRequest.first(limit)))
                .convertFrom(r -> r.map(Records.mapping(Row::new)));
    }

    private static Select<Record5<Long, ParagraphRef, String, DecisionOutcome, String>> select(Condition condition,
                                                                                                PageRequest page) {
        return Paging.page(DSL.select(DECISION.ID, ParagraphRefs.of(MEETING, BODY, AGENDA_ITEM), AGENDA_ITEM.TITLE,
                                DECISION.OUTCOME, FIRST_CLAUSE)
                        .from(DECISION)
                        .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                        .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                        .join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                        .where(condition)
                        .orderBy(Paging.order(page, SORTABLE, MEETING.MEETING_DATE.desc(), BODY.NAME.asc(),
                                AGENDA_ITEM.NUMBER.asc(), DECISION.ID.asc())), page);
    }

    /** Every body (a handful), by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Choice> bodies() {
        return db.select(BODY.ID, BODY.NAME).from(BODY).orderBy(BODY.NAME)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /** The years that have decisions, newest first (view decision_year: one index probe per year, not every decision). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Integer> years() {
        return db.select(DECISION_YEAR.YEAR).from(DECISION_YEAR).orderBy(DECISION_YEAR.YEAR.desc())
                .fetch(DECISION_YEAR.YEAR);
    }

    /** The kinds of records a decision can link to, as codes ("MEETING", "PERSON", later "INITIATIVE" …). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> linkKinds() {
        return db.select(LINKABLE_KIND.CODE).from(LINKABLE_KIND).orderBy(LINKABLE_KIND.CODE).fetch(LINKABLE_KIND.CODE);
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
        if (filter.outcome() != null) {
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

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
