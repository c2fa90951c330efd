package se.samordnaren.meeting;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static se.samordnaren.db.Tables.*;

/**
 * Meetings and their minutes: the list, one meeting's minutes, and every write to them. FORBUNDSCHEF and
 * SEKRETERARE write, FORBUNDSCHEF approves (justering), everyone signed in reads. Approved minutes are locked:
 * every write is refused here first ({@link MeetingErrors#LOCKED}) and, as the last line, by the database trigger.
 */
@Service
public class MeetingService {

    private final DSLContext db;
    private final MinutesQueries queries;
    private final CurrentUser currentUser;

    MeetingService(DSLContext db, MinutesQueries queries, CurrentUser currentUser) {
        this.db = db;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingSummary> list(MeetingFilter filter) {
        return queries.list(filter == null ? MeetingFilter.all() : filter);
    }

    /**
     * The start page's next meeting: the earliest planned meeting from {@code today} on; when none lies ahead, the
     * latest planned one (it has taken place but is not yet marked held).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MeetingSummary> nextMeeting(LocalDate today) {
        List<MeetingSummary> planned = queries.list(new MeetingFilter(null, null, MeetingStatus.PLANNED)).stream()
                .sorted(Comparator.comparing(MeetingSummary::date)).toList();
        return planned.stream().filter(m -> !m.date().isBefore(today)).findFirst()
                .or(() -> planned.isEmpty() ? Optional.empty() : Optional.of(planned.getLast()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Integer> years() {
        return queries.years();
    }

    /** One meeting's minutes in one statement, whatever the number of paragraphs. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Minutes load(long meetingId) {
        return queries.load(meetingId).orElseThrow(() -> new UserFacingException("meeting.error.notFound"));
    }

    /** Meetings of any body on or after the given meeting's date, for "due at meeting". */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Choice> meetingsFrom(long meetingId) {
        var from = MEETING.as("from_meeting");
        return db.select(MEETING.ID, MEETING_LINK_LABEL.LABEL).from(MEETING)
                .join(MEETING_LINK_LABEL).on(MEETING_LINK_LABEL.TARGET_ID.eq(MEETING.ID))
                .join(from).on(from.ID.eq(meetingId))
                .where(MEETING.MEETING_DATE.ge(from.MEETING_DATE))
                .orderBy(MEETING.MEETING_DATE, MEETING_LINK_LABEL.LABEL)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /**
     * One page of the decisions of other meetings, for "answers proposal" (proposals only) and "corrects", filtered on
     * the label ("Styrelsen 2021-03-19 § 5 Title"): every word of the filter must occur in it, any case.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Choice> decisionChoices(long meetingId, boolean proposalsOnly, String filter, int offset, int limit) {
        return queries.decisionChoices(meetingId, proposalsOnly, filter, offset, limit);
    }

    /** The picker choice for one decision, or null if it is gone. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Choice decisionChoice(long decisionId) {
        return queries.decisionChoice(decisionId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LinkableOption.Kind> linkKinds() {
        return db.select(LINKABLE_KIND.CODE, LINKABLE_KIND.LABEL_SV).from(LINKABLE_KIND)
                .where(LINKABLE_KIND.LABEL_VIEW.isNotNull()).orderBy(LINKABLE_KIND.LABEL_SV)
                .fetch(r -> new LinkableOption.Kind(r.value1(), r.value2()));
    }

    /** Linkable records whose label contains the text (any kind when {@code kind} is null), at most 50. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LinkableOption> searchLinkable(String text, String kind) {
        var where = DSL.noCondition();
        if (text != null && !text.isBlank()) {
            where = where.and(LINKABLE_RECORD_LABEL.LABEL.containsIgnoreCase(text.trim()));
        }
        if (kind != null) {
            where = where.and(LINKABLE_RECORD_LABEL.KIND.eq(kind));
        }
        return db.select(LINKABLE_RECORD_LABEL.RECORD_ID, LINKABLE_RECORD_LABEL.KIND, LINKABLE_KIND.LABEL_SV,
                        LINKABLE_RECORD_LABEL.LABEL)
                .from(LINKABLE_RECORD_LABEL).join(LINKABLE_KIND).on(LINKABLE_KIND.CODE.eq(LINKABLE_RECORD_LABEL.KIND))
                .where(where).orderBy(LINKABLE_KIND.LABEL_SV, LINKABLE_RECORD_LABEL.LABEL).limit(50)
                .fetch(r -> new LinkableOption(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Where a record was decided or referred to: every § whose decision links to it ("Beslutat: …"). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DecisionRef> decisionsTouching(long recordId) {
        return queries.decisionsTouching(recordId);
    }

    /** Everything the decisions of a meeting link to, in § order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LinkedRecord> recordsTouchedBy(long meetingId) {
        return queries.recordsTouchedBy(meetingId);
    }

    /** Whether the signed-in user may write minutes (approved minutes stay locked regardless). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayWrite() {
        return currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayApprove() {
        return currentUser.hasAnyRole(Role.FORBUNDSCHEF);
    }

    // ---------------------------------------------------------------- the meeting

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long plan(MeetingPlan plan) {
        if (plan.bodyId() == null) {
            throw new UserFacingException("meeting.error.bodyRequired");
        }
        requireDate(plan.date());
        return write(() -> db.insertInto(MEETING)
                .set(MEETING.BODY_ID, plan.bodyId())
                .set(MEETING.MEETING_DATE, plan.date())
                .set(MEETING.START_TIME, plan.startTime())
                .set(MEETING.END_TIME, plan.endTime())
                .set(MEETING.LOCATION, blankToNull(plan.location()))
                .set(MEETING.IS_DIGITAL, plan.digital())
                .returning(MEETING.ID).fetchSingle(MEETING.ID));
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void updateHeader(MeetingPlan header) {
        requireOpen(header.id());
        requireDate(header.date());
        write(() -> ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.MEETING_DATE, header.date())
                .set(MEETING.START_TIME, header.startTime())
                .set(MEETING.END_TIME, header.endTime())
                .set(MEETING.LOCATION, blankToNull(header.location()))
                .set(MEETING.IS_DIGITAL, header.digital())
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(header.id()).and(MEETING.VERSION.eq(header.version())))
                .execute()));
    }

    /** PLANNED → HELD: the meeting took place, the minutes are being written. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void markHeld(long meetingId, int version) {
        requireOpen(meetingId);
        write(() -> ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.STATUS, MeetingStatus.HELD.name())
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.VERSION.eq(version)))
                .execute()));
    }

    /** Justering: from now on the minutes never change. Only the förbundschef approves. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public void approve(long meetingId, int version, LocalDate approvalDate, String approvalPlace) {
        requireOpen(meetingId);
        if (approvalDate == null) {
            throw new UserFacingException("meeting.error.approvalDateRequired");
        }
        var approver = DSL.field(DSL.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(currentUser.requireUsername())));
        write(() -> ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.APPROVAL_DATE, approvalDate)
                .set(MEETING.APPROVAL_PLACE, blankToNull(approvalPlace))
                .set(MEETING.APPROVED_AT, DSL.currentOffsetDateTime())
                .set(MEETING.APPROVED_BY, approver)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.VERSION.eq(version)).and(MEETING.APPROVED_AT.isNull()))
                .execute()));
    }

    /** Anslag: the dates the approved minutes are posted on and taken down from the notice board. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void postNotice(long meetingId, int version, LocalDate postedOn, LocalDate removedOn) {
        if (!isApproved(meetingId)) {
            throw new UserFacingException("meeting.error.noticeNeedsApproval");
        }
        if (postedOn == null && removedOn != null) {
            throw new UserFacingException("meeting.error.noticePeriod");
        }
        write(() -> ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.NOTICE_POSTED_ON, postedOn)
                .set(MEETING.NOTICE_REMOVED_ON, removedOn)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.VERSION.eq(version)))
                .execute()));
    }

    // ---------------------------------------------------------------- attendance

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void saveAttendee(AttendeeDraft a) {
        requireOpen(a.meetingId());
        if (a.personId() == null) {
            throw new UserFacingException("meeting.error.personRequired");
        }
        if (a.role() == null) {
            throw new UserFacingException("meeting.error.roleRequired");
        }
        write(() -> {
            if (a.chair()) {
                db.update(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.IS_CHAIR, false)
                        .set(MEETING_ATTENDANCE.VERSION, MEETING_ATTENDANCE.VERSION.plus(1))
                        .where(MEETING_ATTENDANCE.MEETING_ID.eq(a.meetingId()).and(MEETING_ATTENDANCE.IS_CHAIR))
                        .and(a.id() == null ? DSL.noCondition() : MEETING_ATTENDANCE.ID.ne(a.id()))
                        .execute();
            }
            if (a.id() == null) {
                var nextOrder = DSL.field(DSL.select(DSL.coalesce(DSL.max(MEETING_ATTENDANCE.SORT_ORDER), 0).plus(1))
                        .from(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(a.meetingId())));
                db.insertInto(MEETING_ATTENDANCE)
                        .set(MEETING_ATTENDANCE.MEETING_ID, a.meetingId())
                        .set(MEETING_ATTENDANCE.PERSON_ID, a.personId())
                        .set(MEETING_ATTENDANCE.ATTENDANCE_ROLE, a.role().name())
                        .set(MEETING_ATTENDANCE.CAPACITY, blankToNull(a.capacity()))
                        .set(MEETING_ATTENDANCE.IS_CHAIR, a.chair())
                        .set(MEETING_ATTENDANCE.IS_APPROVER, a.approver())
                        .set(MEETING_ATTENDANCE.ONLY_ITEMS, blankToNull(a.onlyItems()))
                        .set(MEETING_ATTENDANCE.SORT_ORDER, nextOrder)
                        .execute();
                return null;
            }
            ConcurrentEditException.requireUpdated(db.update(MEETING_ATTENDANCE)
                    .set(MEETING_ATTENDANCE.PERSON_ID, a.personId())
                    .set(MEETING_ATTENDANCE.ATTENDANCE_ROLE, a.role().name())
                    .set(MEETING_ATTENDANCE.CAPACITY, blankToNull(a.capacity()))
                    .set(MEETING_ATTENDANCE.IS_CHAIR, a.chair())
                    .set(MEETING_ATTENDANCE.IS_APPROVER, a.approver())
                    .set(MEETING_ATTENDANCE.ONLY_ITEMS, blankToNull(a.onlyItems()))
                    .set(MEETING_ATTENDANCE.VERSION, MEETING_ATTENDANCE.VERSION.plus(1))
                    .where(MEETING_ATTENDANCE.ID.eq(a.id()).and(MEETING_ATTENDANCE.VERSION.eq(a.version())))
                    .execute());
            return null;
        });
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void removeAttendee(long attendeeId, int version) {
        Long meetingId = db.select(MEETING_ATTENDANCE.MEETING_ID).from(MEETING_ATTENDANCE)
                .where(MEETING_ATTENDANCE.ID.eq(attendeeId)).fetchOne(MEETING_ATTENDANCE.MEETING_ID);
        if (meetingId == null) {
            throw new ConcurrentEditException();
        }
        requireOpen(meetingId);
        write(() -> ConcurrentEditException.requireUpdated(db.deleteFrom(MEETING_ATTENDANCE)
                .where(MEETING_ATTENDANCE.ID.eq(attendeeId).and(MEETING_ATTENDANCE.VERSION.eq(version))).execute()));
    }

    /**
     * Presence for one § when it differs from the header, e.g. not present "jäv, deltog inte i beslutet" or present
     * "anlände 9.40". One entry per person and §.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long addItemAttendance(long itemId, Long personId, boolean present, String note) {
        requireOpen(meetingOfItem(itemId));
        if (personId == null) {
            throw new UserFacingException("meeting.error.personRequired");
        }
        return write(() -> db.insertInto(AGENDA_ITEM_ATTENDANCE)
                .set(AGENDA_ITEM_ATTENDANCE.ITEM_ID, itemId)
                .set(AGENDA_ITEM_ATTENDANCE.PERSON_ID, personId)
                .set(AGENDA_ITEM_ATTENDANCE.PRESENT, present)
                .set(AGENDA_ITEM_ATTENDANCE.NOTE, blankToNull(note))
                .returning(AGENDA_ITEM_ATTENDANCE.ID).fetchSingle(AGENDA_ITEM_ATTENDANCE.ID));
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void removeItemAttendance(long entryId, int version) {
        Long itemId = db.select(AGENDA_ITEM_ATTENDANCE.ITEM_ID).from(AGENDA_ITEM_ATTENDANCE)
                .where(AGENDA_ITEM_ATTENDANCE.ID.eq(entryId)).fetchOne(AGENDA_ITEM_ATTENDANCE.ITEM_ID);
        if (itemId == null) {
            throw new ConcurrentEditException();
        }
        requireOpen(meetingOfItem(itemId));
        write(() -> ConcurrentEditException.requireUpdated(db.deleteFrom(AGENDA_ITEM_ATTENDANCE)
                .where(AGENDA_ITEM_ATTENDANCE.ID.eq(entryId).and(AGENDA_ITEM_ATTENDANCE.VERSION.eq(version))).execute()));
    }

    // ---------------------------------------------------------------- paragraphs

    /** Adds a § at the end, numbered by the database (next_paragraph_number) under the association's rule. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long addParagraph(ParagraphDraft p) {
        requireOpen(p.meetingId());
        String title = required(p.title(), "meeting.error.titleRequired");
        return write(() -> db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, p.meetingId())
                .set(AGENDA_ITEM.NUMBER, DSL.function("next_paragraph_number", SQLDataType.INTEGER, DSL.val(p.meetingId())))
                .set(AGENDA_ITEM.TITLE, title)
                .set(AGENDA_ITEM.KIND, (p.kind() == null ? ItemKind.INFORMATION : p.kind()).name())
                .set(AGENDA_ITEM.BODY_TEXT, blankToNull(p.bodyText()))
                .set(AGENDA_ITEM.CASE_NUMBER, blankToNull(p.caseNumber()))
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID));
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void updateParagraph(ParagraphDraft p) {
        requireOpen(meetingOfItem(p.id()));
        String title = required(p.title(), "meeting.error.titleRequired");
        write(() -> ConcurrentEditException.requireUpdated(db.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.TITLE, title)
                .set(AGENDA_ITEM.KIND, (p.kind() == null ? ItemKind.INFORMATION : p.kind()).name())
                .set(AGENDA_ITEM.BODY_TEXT, blankToNull(p.bodyText()))
                .set(AGENDA_ITEM.CASE_NUMBER, blankToNull(p.caseNumber()))
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(p.id()).and(AGENDA_ITEM.VERSION.eq(p.version())))
                .execute()));
    }

    /** Deletes a § (with its decision) and closes the gap in the numbering of this meeting. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void deleteParagraph(long itemId, int version) {
        long meetingId = meetingOfItem(itemId);
        requireOpen(meetingId);
        write(() -> {
            Integer number = db.deleteFrom(AGENDA_ITEM)
                    .where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.VERSION.eq(version)))
                    .returning(AGENDA_ITEM.NUMBER).fetchOne(AGENDA_ITEM.NUMBER);
            if (number == null) {
                throw new ConcurrentEditException();
            }
            db.update(AGENDA_ITEM)
                    .set(AGENDA_ITEM.NUMBER, AGENDA_ITEM.NUMBER.minus(1))
                    .set(AGENDA_ITEM.POSITION, AGENDA_ITEM.NUMBER.minus(1))
                    .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                    .where(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.NUMBER.gt(number)))
                    .execute();
            return null;
        });
    }

    /** Swaps a § with the one before ({@code up}) or after it: numbers and order change together. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void moveParagraph(long itemId, int version, boolean up) {
        long meetingId = meetingOfItem(itemId);
        requireOpen(meetingId);
        var item = db.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.VERSION.eq(version))).fetchOne();
        if (item == null) {
            throw new ConcurrentEditException();
        }
        var neighbour = db.selectFrom(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .and(up ? AGENDA_ITEM.NUMBER.lt(item.getNumber()) : AGENDA_ITEM.NUMBER.gt(item.getNumber()))
                .orderBy(up ? AGENDA_ITEM.NUMBER.desc() : AGENDA_ITEM.NUMBER.asc())
                .limit(1).fetchOne();
        if (neighbour == null) {
            return;
        }
        write(() -> db.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.NUMBER, DSL.when(AGENDA_ITEM.ID.eq(itemId), neighbour.getNumber()).otherwise(item.getNumber()))
                .set(AGENDA_ITEM.POSITION, DSL.when(AGENDA_ITEM.ID.eq(itemId), neighbour.getPosition()).otherwise(item.getPosition()))
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.in(itemId, neighbour.getId()))
                .execute());
    }

    // ---------------------------------------------------------------- decisions

    /** Saves the decision of a § with its clauses and references (replaced as a whole). Returns the decision id. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long saveDecision(DecisionDraft d) {
        requireOpen(meetingOfItem(d.itemId()));
        if (d.outcome() == null) {
            throw new UserFacingException("meeting.error.outcomeRequired");
        }
        boolean proposal = d.outcome() == DecisionOutcome.PROPOSAL;
        if (proposal && d.proposalToBodyId() == null) {
            throw new UserFacingException("meeting.error.proposalTarget");
        }
        Long proposalTo = proposal ? d.proposalToBodyId() : null;
        List<String> clauses = nonBlank(d.clauses());
        List<String> references = nonBlank(d.references());
        return write(() -> {
            long id;
            if (d.id() == null) {
                id = db.insertInto(DECISION)
                        .set(DECISION.ITEM_ID, d.itemId())
                        .set(DECISION.INTRO, blankToNull(d.intro()))
                        .set(DECISION.OUTCOME, d.outcome().name())
                        .set(DECISION.PROPOSAL_TO_BODY_ID, proposalTo)
                        .set(DECISION.ANSWERS_PROPOSAL_ID, d.answersProposalId())
                        .set(DECISION.CORRECTS_DECISION_ID, d.correctsDecisionId())
                        .returning(DECISION.ID).fetchSingle(DECISION.ID);
            } else {
                id = d.id();
                var verb = DSL.field(DSL.select(BODY.DECISION_VERB).from(AGENDA_ITEM)
                        .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID)).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                        .where(AGENDA_ITEM.ID.eq(d.itemId())));
                String intro = blankToNull(d.intro());
                ConcurrentEditException.requireUpdated(db.update(DECISION)
                        .set(DECISION.INTRO, intro == null ? verb : DSL.val(intro))
                        .set(DECISION.OUTCOME, d.outcome().name())
                        .set(DECISION.PROPOSAL_TO_BODY_ID, proposalTo)
                        .set(DECISION.ANSWERS_PROPOSAL_ID, d.answersProposalId())
                        .set(DECISION.CORRECTS_DECISION_ID, d.correctsDecisionId())
                        .set(DECISION.VERSION, DECISION.VERSION.plus(1))
                        .where(DECISION.ID.eq(id).and(DECISION.VERSION.eq(d.version())))
                        .execute());
                db.deleteFrom(DECISION_CLAUSE).where(DECISION_CLAUSE.DECISION_ID.eq(id)).execute();
                db.deleteFrom(DECISION_REFERENCE).where(DECISION_REFERENCE.DECISION_ID.eq(id)).execute();
            }
            for (int i = 0; i < clauses.size(); i++) {
                db.insertInto(DECISION_CLAUSE).set(DECISION_CLAUSE.DECISION_ID, id)
                        .set(DECISION_CLAUSE.POSITION, i + 1).set(DECISION_CLAUSE.TEXT, clauses.get(i)).execute();
            }
            for (int i = 0; i < references.size(); i++) {
                db.insertInto(DECISION_REFERENCE).set(DECISION_REFERENCE.DECISION_ID, id)
                        .set(DECISION_REFERENCE.POSITION, i + 1).set(DECISION_REFERENCE.TEXT, references.get(i)).execute();
            }
            return id;
        });
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void deleteDecision(long decisionId, int version) {
        requireOpen(meetingOfDecision(decisionId));
        write(() -> ConcurrentEditException.requireUpdated(db.deleteFrom(DECISION)
                .where(DECISION.ID.eq(decisionId).and(DECISION.VERSION.eq(version))).execute()));
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void addLink(long decisionId, long recordId, String note) {
        requireOpen(meetingOfDecision(decisionId));
        write(() -> db.insertInto(DECISION_LINK)
                .set(DECISION_LINK.DECISION_ID, decisionId)
                .set(DECISION_LINK.RECORD_ID, recordId)
                .set(DECISION_LINK.NOTE, blankToNull(note))
                .execute());
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void removeLink(long linkId) {
        Long decisionId = db.select(DECISION_LINK.DECISION_ID).from(DECISION_LINK).where(DECISION_LINK.ID.eq(linkId))
                .fetchOne(DECISION_LINK.DECISION_ID);
        if (decisionId == null) {
            throw new ConcurrentEditException();
        }
        requireOpen(meetingOfDecision(decisionId));
        write(() -> db.deleteFrom(DECISION_LINK).where(DECISION_LINK.ID.eq(linkId)).execute());
    }

    // ---------------------------------------------------------------- follow-ups

    /** A follow-up (villkor / återrapportering) set by a decision of minutes not yet approved. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void saveFollowUp(ConditionDraft c) {
        requireOpen(meetingOfDecision(c.decisionId()));
        String description = required(c.description(), "meeting.error.descriptionRequired");
        if (c.dueDate() != null && c.dueMeetingId() != null) {
            throw new UserFacingException("meeting.error.oneDue");
        }
        write(() -> {
            if (c.id() == null) {
                return db.insertInto(FOLLOW_UP)
                        .set(FOLLOW_UP.DECISION_ID, c.decisionId())
                        .set(FOLLOW_UP.DESCRIPTION, description)
                        .set(FOLLOW_UP.RESPONSIBLE_PERSON_ID, c.responsiblePersonId())
                        .set(FOLLOW_UP.DUE_DATE, c.dueDate())
                        .set(FOLLOW_UP.DUE_MEETING_ID, c.dueMeetingId())
                        .execute();
            }
            ConcurrentEditException.requireUpdated(db.update(FOLLOW_UP)
                    .set(FOLLOW_UP.DESCRIPTION, description)
                    .set(FOLLOW_UP.RESPONSIBLE_PERSON_ID, c.responsiblePersonId())
                    .set(FOLLOW_UP.DUE_DATE, c.dueDate())
                    .set(FOLLOW_UP.DUE_MEETING_ID, c.dueMeetingId())
                    .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                    .where(FOLLOW_UP.ID.eq(c.id()).and(FOLLOW_UP.VERSION.eq(c.version())))
                    .execute());
            return 1;
        });
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void removeFollowUp(long followUpId, int version) {
        Long decisionId = db.select(FOLLOW_UP.DECISION_ID).from(FOLLOW_UP).where(FOLLOW_UP.ID.eq(followUpId))
                .fetchOne(FOLLOW_UP.DECISION_ID);
        if (decisionId == null) {
            throw new ConcurrentEditException();
        }
        requireOpen(meetingOfDecision(decisionId));
        write(() -> ConcurrentEditException.requireUpdated(db.deleteFrom(FOLLOW_UP)
                .where(FOLLOW_UP.ID.eq(followUpId).and(FOLLOW_UP.VERSION.eq(version))).execute()));
    }

    // ---------------------------------------------------------------- helpers

    private boolean isApproved(long meetingId) {
        Boolean approved = db.select(MEETING.APPROVED_AT.isNotNull()).from(MEETING).where(MEETING.ID.eq(meetingId))
                .fetchOne(0, Boolean.class);
        if (approved == null) {
            throw new UserFacingException("meeting.error.notFound");
        }
        return approved;
    }

    /** Refuses any write to approved minutes before the database has to. */
    private void requireOpen(Long meetingId) {
        if (meetingId == null) {
            throw new ConcurrentEditException();
        }
        if (isApproved(meetingId)) {
            throw new UserFacingException(MeetingErrors.LOCKED);
        }
    }

    private Long meetingOfItem(Long itemId) {
        return itemId == null ? null : db.select(AGENDA_ITEM.MEETING_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId))
                .fetchOne(AGENDA_ITEM.MEETING_ID);
    }

    private Long meetingOfDecision(long decisionId) {
        return db.select(AGENDA_ITEM.MEETING_ID).from(DECISION).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .where(DECISION.ID.eq(decisionId)).fetchOne(AGENDA_ITEM.MEETING_ID);
    }

    private static <T> T write(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw MeetingErrors.translate(e);
        }
    }

    private static void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw new UserFacingException("meeting.error.dateRequired");
        }
    }

    private static String required(String value, String key) {
        String text = blankToNull(value);
        if (text == null) {
            throw new UserFacingException(key);
        }
        return text;
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().map(MeetingService::blankToNull).filter(v -> v != null).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
