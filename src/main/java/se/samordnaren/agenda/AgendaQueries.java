package se.samordnaren.agenda;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.samordnaren.meeting.ItemKind;
import se.samordnaren.meeting.MeetingStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static se.samordnaren.db.Tables.AGENDA_ENTRY;
import static se.samordnaren.db.Tables.AGENDA_ENTRY_PAPER;
import static se.samordnaren.db.Tables.AGENDA_TEMPLATE_ENTRY;
import static se.samordnaren.db.Tables.ATTACHMENT_INFO;

/**
 * The reads of the agenda: a meeting's points with their papers in one statement, a body's standing items, and what
 * is waiting for a meeting of a body (one statement per kind of matter, for {@link AgendaProposer}).
 */
@Component
class AgendaQueries {

    private final DSLContext db;

    AgendaQueries(DSLContext db) {
        this.db = db;
    }

    List<AgendaPoint> points(long meetingId) {
        var papers = DSL.multiset(db.select(ATTACHMENT_INFO.ID, ATTACHMENT_INFO.FILE_NAME, ATTACHMENT_INFO.CONTENT_TYPE,
                                ATTACHMENT_INFO.SIZE_BYTES)
                        .from(AGENDA_ENTRY_PAPER).join(ATTACHMENT_INFO).on(ATTACHMENT_INFO.ID.eq(AGENDA_ENTRY_PAPER.ATTACHMENT_ID))
                        .where(AGENDA_ENTRY_PAPER.ENTRY_ID.eq(AGENDA_ENTRY.ID))
                        .orderBy(AGENDA_ENTRY_PAPER.POSITION, AGENDA_ENTRY_PAPER.ID))
                .convertFrom(r -> r.map(Records.mapping(AgendaPoint.AgendaPaper::new)));
        return db.select(AGENDA_ENTRY.ID, AGENDA_ENTRY.VERSION, AGENDA_ENTRY.POSITION, AGENDA_ENTRY.TITLE, AGENDA_ENTRY.KIND,
                        AGENDA_ENTRY.DESCRIPTION, AGENDA_ENTRY.PROPOSAL, AGENDA_ENTRY.CASE_NUMBER, AGENDA_ENTRY.SOURCE,
                        AGENDA_ENTRY.ITEM_ID, AGENDA_ENTRY.NOT_REACHED, papers)
                .from(AGENDA_ENTRY)
                .where(AGENDA_ENTRY.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ENTRY.POSITION)
                .fetch(r -> new AgendaPoint(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        clauses(r.value7()), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }

    /** The stored proposal holds one clause per line; blank lines are not clauses. */
    static List<String> clauses(String proposal) {
        return proposal == null ? List.of() : Arrays.stream(proposal.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** The body's own standing items in order (empty when it uses the default list). */
    List<AgendaTemplateItem> template(long bodyId) {
        return db.select(AGENDA_TEMPLATE_ENTRY.ID, AGENDA_TEMPLATE_ENTRY.VERSION, AGENDA_TEMPLATE_ENTRY.TITLE,
                        AGENDA_TEMPLATE_ENTRY.KIND, AGENDA_TEMPLATE_ENTRY.PROPOSAL)
                .from(AGENDA_TEMPLATE_ENTRY).where(AGENDA_TEMPLATE_ENTRY.BODY_ID.eq(bodyId))
                .orderBy(AGENDA_TEMPLATE_ENTRY.POSITION)
                .fetch(r -> new AgendaTemplateItem(r.value1(), r.value2(), r.value3(), r.value4(), clauses(r.value5())));
    }

    /** The meeting a proposal is made for. */
    record MeetingContext(long id, long bodyId, String bodyName, String bodyType, LocalDate date, MeetingStatus status,
                          boolean approved) {
    }

    MeetingContext meeting(long meetingId) {
        return db.resultQuery("""
                        select m.id, m.body_id, b.name, b.body_type, m.meeting_date, m.status, m.approved_at is not null as approved
                          from meeting m join body b on b.id = m.body_id where m.id = ?""", meetingId)
                .fetchOptional(r -> new MeetingContext(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, LocalDate.class), MeetingStatus.valueOf(r.get(5, String.class)),
                        r.get(6, Boolean.class)))
                .orElse(null);
    }

    // ------------------------------------------------------------ what is waiting (AgendaProposer)

    /** Points not reached at an earlier meeting of the body and not yet carried to another. */
    record NotReached(long entryId, String title, ItemKind kind, String description, String proposal, String caseNumber,
                      Long applicationId, Long followUpId, Long earlierItemId, Long proposalDecisionId, String yearlyKey,
                      LocalDate meetingDate, List<Long> paperIds) {
    }

    List<NotReached> notReached(MeetingContext m) {
        return db.resultQuery("""
                        select e.id, e.title, e.kind, e.description, e.proposal, e.case_number, e.application_id,
                               e.follow_up_id, e.earlier_item_id, e.proposal_decision_id, e.yearly_key, em.meeting_date,
                               array(select p.attachment_id from agenda_entry_paper p where p.entry_id = e.id
                                      order by p.position, p.id) as papers
                          from agenda_entry e join meeting em on em.id = e.meeting_id
                         where em.body_id = ? and em.id <> ? and em.meeting_date <= ? and e.not_reached
                           and not exists (select 1 from agenda_entry c where c.carried_from_entry_id = e.id)
                         order by em.meeting_date, e.position""", m.bodyId(), m.id(), m.date())
                .fetch(r -> new NotReached(r.get(0, Long.class), r.get(1, String.class), ItemKind.valueOf(r.get(2, String.class)),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, String.class), r.get(6, Long.class),
                        r.get(7, Long.class), r.get(8, Long.class), r.get(9, Long.class), r.get(10, String.class),
                        r.get(11, LocalDate.class), ids(r.get(12, Long[].class))));
    }

    /**
     * An application waiting for this body: prepared with a recommendation (for a working committee), or with the
     * working committee's proposal to this body not yet answered (recommendation = APPROVE / REJECT).
     */
    record WaitingApplication(long applicationId, String applicant, String title, String caseNumber, String recommendation,
                              Long proposalDecisionId, List<Integer> years, List<BigDecimal> amounts, List<Long> paperIds) {
    }

    List<WaitingApplication> applications(MeetingContext m) {
        return db.resultQuery("""
                        select o.application_id, o.applicant, o.title, o.case_number, ls.outcome,
                               case when ls.step = 'AU_PROPOSAL' then ls.decision_id end,
                               array(select r.year from application_requested_amount r where r.version_id = o.version_id order by r.year),
                               array(select r.amount from application_requested_amount r where r.version_id = o.version_id order by r.year),
                               array(select a.id from attachment a where a.application_version_id = o.version_id
                                      order by a.uploaded_at, a.id)
                          from funding_application_overview o
                          join lateral (select s.step, s.outcome, s.decision_id from application_step s
                                         where s.application_id = o.application_id
                                         order by s.occurred_on desc, s.id desc limit 1) ls on true
                          left join decision pd on pd.id = ls.decision_id
                          left join agenda_item pi on pi.id = pd.item_id
                          left join meeting pm on pm.id = pi.meeting_id
                         where ls.outcome in ('APPROVE', 'REJECT')
                           and ((ls.step = 'PREPARED' and o.status = 'PREPARED' and ? = 'WORKING_COMMITTEE')
                             or (ls.step = 'AU_PROPOSAL' and o.status = 'PROPOSED' and pd.proposal_to_body_id = ?
                                 and pm.meeting_date <= ?
                                 and not exists (select 1 from decision a where a.answers_proposal_id = pd.id)))
                         order by o.received_on, o.application_id""", m.bodyType(), m.bodyId(), m.date())
                .fetch(r -> new WaitingApplication(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, Long.class),
                        Arrays.asList(r.get(6, Integer[].class)), Arrays.asList(r.get(7, BigDecimal[].class)),
                        ids(r.get(8, Long[].class))));
    }

    /** The application a decision was a step of, when it was. */
    WaitingApplication applicationOfDecision(long decisionId) {
        return db.resultQuery("""
                        select o.application_id, o.applicant, o.title, o.case_number, null::text,
                               null::bigint,
                               array(select r.year from application_requested_amount r where r.version_id = o.version_id order by r.year),
                               array(select r.amount from application_requested_amount r where r.version_id = o.version_id order by r.year),
                               array(select a.id from attachment a where a.application_version_id = o.version_id
                                      order by a.uploaded_at, a.id)
                          from funding_application_overview o
                         where o.application_id = (select s.application_id from application_step s where s.decision_id = ?
                                                    order by s.id limit 1)""", decisionId)
                .fetchOptional(r -> new WaitingApplication(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, Long.class),
                        Arrays.asList(r.get(6, Integer[].class)), Arrays.asList(r.get(7, BigDecimal[].class)),
                        ids(r.get(8, Long[].class))))
                .orElse(null);
    }

    /** A matter referred back or postponed at an earlier meeting of the body and not taken up again since. */
    record Referred(long itemId, long decisionId, String outcome, String title, ItemKind kind, String caseNumber,
                    String bodyLabel, LocalDate meetingDate, int number, Long followUpId, List<Long> paperIds) {
    }

    List<Referred> referred(MeetingContext m) {
        return db.resultQuery("""
                        select i.id, d.id, d.outcome, i.title, i.kind, i.case_number, coalesce(b.short_name, b.name),
                               em.meeting_date, i.number,
                               (select min(f.id) from follow_up f where f.decision_id = d.id and f.status = 'OPEN'),
                               array(select a.id from decision_link l
                                       join initiative ini on ini.record_id = l.record_id
                                       join initiative_report r on r.initiative_id = ini.id
                                       join attachment a on a.report_id = r.id
                                      where l.decision_id = d.id
                                        and (r.presented_item_id = i.id or r.received_on >= em.meeting_date)
                                      order by r.received_on, a.id)
                          from decision d
                          join agenda_item i on i.id = d.item_id
                          join meeting em on em.id = i.meeting_id
                          join body b on b.id = em.body_id
                         where em.body_id = ? and em.id <> ? and em.meeting_date <= ?
                           and d.outcome in ('REFERRED_BACK', 'POSTPONED')
                           -- not taken up again: no point that became a § elsewhere, no later decision of the body
                           -- about the same record, no later step of the same application
                           and not exists (select 1 from agenda_entry e where e.earlier_item_id = i.id
                                            and e.meeting_id <> ? and e.item_id is not null)
                           and not exists (select 1 from decision_link l
                                             join linkable_record lr on lr.id = l.record_id and lr.kind not in ('PERSON', 'MEETING')
                                             join decision_link l2 on l2.record_id = l.record_id and l2.decision_id <> d.id
                                             join decision d2 on d2.id = l2.decision_id
                                             join agenda_item i2 on i2.id = d2.item_id
                                             join meeting m2 on m2.id = i2.meeting_id
                                            where l.decision_id = d.id and m2.body_id = em.body_id
                                              and m2.meeting_date > em.meeting_date and m2.id <> ?)
                           and not exists (select 1 from application_step s join application_step later
                                             on later.application_id = s.application_id
                                            and (later.occurred_on, later.id) > (s.occurred_on, s.id)
                                            where s.decision_id = d.id)
                         order by em.meeting_date, i.number""", m.bodyId(), m.id(), m.date(), m.id(), m.id())
                .fetch(r -> new Referred(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class),
                        r.get(3, String.class), ItemKind.valueOf(r.get(4, String.class)), r.get(5, String.class),
                        r.get(6, String.class), r.get(7, LocalDate.class), r.get(8, Integer.class), r.get(9, Long.class),
                        ids(r.get(10, Long[].class))));
    }

    /** A subordinate body's proposal to this body (decision outcome PROPOSAL), not answered yet. */
    record Proposal(long decisionId, String title, String caseNumber, String bodyLabel, LocalDate meetingDate, int number,
                    List<String> clauses) {
    }

    List<Proposal> proposals(MeetingContext m) {
        return db.resultQuery("""
                        select d.id, i.title, i.case_number, coalesce(b.short_name, b.name), em.meeting_date, i.number,
                               array(select c.text from decision_clause c where c.decision_id = d.id order by c.position)
                          from decision d
                          join agenda_item i on i.id = d.item_id
                          join meeting em on em.id = i.meeting_id
                          join body b on b.id = em.body_id
                         where d.outcome = 'PROPOSAL' and d.proposal_to_body_id = ? and em.meeting_date <= ?
                           and not exists (select 1 from decision a where a.answers_proposal_id = d.id)
                           and not exists (select 1 from agenda_entry e where e.proposal_decision_id = d.id
                                            and e.meeting_id <> ? and e.item_id is not null)
                           and not exists (select 1 from application_step s join funding_application fa on fa.id = s.application_id
                                            where s.decision_id = d.id and fa.status <> 'PROPOSED')
                         order by em.meeting_date, i.number""", m.bodyId(), m.date(), m.id())
                .fetch(r -> new Proposal(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, LocalDate.class), r.get(5, Integer.class),
                        Arrays.asList(r.get(6, String[].class))));
    }

    /**
     * Follow-ups and report-backs still open and due by this meeting: due at it, due at an earlier meeting of the body,
     * or due by a date on or before it when set by the body.
     */
    record FollowUp(long followUpId, String description, String bodyLabel, LocalDate decidedOn, int number,
                    String itemTitle, List<Long> paperIds) {
    }

    List<FollowUp> followUps(MeetingContext m) {
        return db.resultQuery("""
                        select f.id, f.description, coalesce(b.short_name, b.name), f.decided_on, i.number, i.title,
                               array(select a.id from decision_link l
                                       join initiative ini on ini.record_id = l.record_id
                                       join initiative_report r on r.initiative_id = ini.id
                                       join attachment a on a.report_id = r.id
                                      where l.decision_id = f.decision_id and r.received_on >= f.decided_on
                                        and r.presented_item_id is null
                                      order by r.received_on, a.id)
                          from follow_up_status f
                          join agenda_item i on i.id = f.item_id
                          join meeting dm on dm.id = f.decided_at_meeting_id
                          join body b on b.id = dm.body_id
                          left join meeting due on due.id = f.due_meeting_id
                         where f.status = 'OPEN'
                           and (f.due_meeting_id = ?
                             or (f.due_meeting_id is null and f.due_date <= ? and dm.body_id = ?)
                             or (due.body_id = ? and due.meeting_date <= ? and due.id <> ?))
                         order by f.due_on, f.id""", m.id(), m.date(), m.bodyId(), m.bodyId(), m.date(), m.id())
                .fetch(r -> new FollowUp(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, LocalDate.class), r.get(4, Integer.class), r.get(5, String.class), ids(r.get(6, Long[].class))));
    }

    /** Whether a yearly matter is already decided (money tables) or became a § at another meeting. */
    boolean yearlyDone(String yearlyKey, long meetingId) {
        String[] parts = yearlyKey.split(":");
        int year = Integer.parseInt(parts[1]);
        String decided = switch (parts[0]) {
            case "ANNUAL_REPORT" -> "exists (select 1 from annual_result where year = ? and decision_id is not null)";
            case "BUDGET_REVISION" -> "exists (select 1 from budget_version where year = ? and kind = 'REVISED' and decision_id is not null)";
            default -> "exists (select 1 from budget_version where year = ? and kind = 'BUDGET' and decision_id is not null)";
        };
        return db.resultQuery("select " + decided + " or exists (select 1 from agenda_entry where yearly_key = ?"
                        + " and meeting_id <> ? and item_id is not null)", year, yearlyKey, meetingId)
                .fetchSingle(0, Boolean.class);
    }

    // ------------------------------------------------------------ conversion to minutes

    /** The linkable records a point's § is about: its application, the yearly record, what its source decision touched. */
    List<Long> recordsOf(long entryId) {
        return db.resultQuery("""
                        with e as (select * from agenda_entry where id = ?),
                        source_decisions as (
                            select f.decision_id from follow_up f join e on e.follow_up_id = f.id
                            union select d.id from decision d join e on e.earlier_item_id = d.item_id
                            union select e.proposal_decision_id from e where e.proposal_decision_id is not null)
                        select fa.record_id from funding_application fa join e on e.application_id = fa.id
                        union
                        select l.record_id from decision_link l join linkable_record lr on lr.id = l.record_id
                         where l.decision_id in (select decision_id from source_decisions)
                           and lr.kind not in ('PERSON', 'MEETING', 'FUNDING_APPLICATION')
                        union
                        select ar.record_id from annual_result ar join e on e.yearly_key = 'ANNUAL_REPORT:' || ar.year
                         where ar.decision_id is null
                        union
                        select (select bv.record_id from budget_version bv
                                 where e.yearly_key = case bv.kind when 'REVISED' then 'BUDGET_REVISION:' else 'BUDGET:' end || bv.year
                                   and bv.kind in ('REVISED', 'BUDGET') and bv.decision_id is null
                                 order by bv.created_at desc, bv.id desc limit 1)
                          from e where e.yearly_key like 'BUDGET%'""", entryId)
                .fetch(0, Long.class).stream().filter(java.util.Objects::nonNull).toList();
    }

    /** What a point refers to, for the decision its § gets. */
    record EntrySource(Long applicationId, Long proposalDecisionId, String applicationStep, String recommendation,
                       Long proposalToBodyOfBoard) {
    }

    EntrySource sourceOf(long entryId, long bodyId) {
        return db.resultQuery("""
                        select e.application_id, e.proposal_decision_id,
                               (select s.step from application_step s where s.application_id = e.application_id
                                 order by s.occurred_on desc, s.id desc limit 1),
                               (select s.outcome from application_step s where s.application_id = e.application_id
                                 order by s.occurred_on desc, s.id desc limit 1),
                               (select min(b.id) from body b where b.body_type = 'BOARD' and b.id <> ?)
                          from agenda_entry e where e.id = ?""", bodyId, entryId)
                .fetchSingle(r -> new EntrySource(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, Long.class)));
    }

    // ------------------------------------------------------------ papers

    List<PaperChoice> paperChoices(String filter, int limit) {
        String like = "%" + (filter == null ? "" : filter.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return db.resultQuery("""
                        select id, file_name || ' (' || to_char(uploaded_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD') || ')'
                          from attachment_info
                         where file_name ilike ? and content_type <> 'text/plain'
                         order by uploaded_at desc, id desc limit ?""", like, limit)
                .fetch(r -> new PaperChoice(r.get(0, Long.class), r.get(1, String.class)));
    }

    private static List<Long> ids(Long[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(java.util.Objects::nonNull).toList();
    }
}
