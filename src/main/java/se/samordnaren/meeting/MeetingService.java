package se.samordnaren.meeting;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.samordnaren.db.Tables.APP_USER;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_ATTENDANCE;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;
import static se.samordnaren.db.Tables.PERSON;

/**
 * A meeting's life cycle: the list, planning, place and time, who took part, held, justering and anslag. The
 * minutes' content (paragraphs, decisions, links) is {@link MinutesService}'s. FORBUNDSCHEF and SEKRETERARE write,
 * FORBUNDSCHEF approves, everyone signed in reads. Approved minutes are locked: every write is refused here first and,
 * as the last line, by the database's approval lock (its refusals become Swedish messages through
 * {@link MeetingRefusals}).
 */
@Service
public class MeetingService {

    private final DSLContext db;
    private final MinutesQueries queries;
    private final ApprovalGuard guard;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final MinutesService minutes;

    MeetingService(DSLContext db, MinutesQueries queries, ApprovalGuard guard, CurrentUser currentUser,
                   ApplicationEventPublisher events, MinutesService minutes) {
        this.db = db;
        this.queries = queries;
        this.guard = guard;
        this.currentUser = currentUser;
        this.events = events;
        this.minutes = minutes;
    }

    // ---------------------------------------------------------------- reads

    /** The first {@link PageRequest#MAX_LIMIT} meetings of the filter, newest first (for short lists). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingSummary> list(MeetingFilter filter) {
        return queries.page(filter, PageRequest.first(PageRequest.MAX_LIMIT));
    }

    /** One page of the meetings list, newest first unless the page sorts by "date" or "body". */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingSummary> page(MeetingFilter filter, PageRequest page) {
        return queries.page(filter, page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(MeetingFilter filter) {
        return queries.count(filter);
    }

    /**
     * The meetings list as it opens: the bodies and years to filter on, how many meetings there are and the first
     * page of them (newest first), read in one statement.
     */
    public record ListStart(List<Choice> bodies, List<Integer> years, int count, PageRequest firstPage,
                            List<MeetingSummary> firstRows) {
        /** The rows of {@code page} of the unfiltered list if this start holds them all (the grid's first fetch). */
        public Optional<List<MeetingSummary>> rowsFor(PageRequest page) {
            return firstPage.slice(firstRows, page);
        }
    }

    /** The unfiltered list as it opens ({@link ListStart}): one statement instead of four. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ListStart listStart(PageRequest firstPage) {
        return queries.listStart(firstPage);
    }

    /**
     * The start page's next meeting: the earliest planned meeting from {@code today} on; when none lies ahead, the
     * latest planned one (it has taken place but is not yet marked held).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MeetingSummary> nextMeeting(LocalDate today) {
        return queries.nextPlanned(today);
    }

    /** The start page's meeting figures: the next meeting (as {@link #nextMeeting}) and how many wait for approval. */
    public record StartFigures(Optional<MeetingSummary> next, int toApprove) {
    }

    /** {@link #nextMeeting} and the count of held meetings (not yet approved) in one statement, for the start page. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public StartFigures startFigures(LocalDate today) {
        return queries.startFigures(today);
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
        return find(meetingId).orElseThrow(() -> new UserFacingException("meeting.error.notFound"));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Minutes> find(long meetingId) {
        return queries.load(meetingId);
    }

    /** One page of meetings to pick ("Styrelsen 2021-03-19"), on or after {@code from} (any day when null), oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Choice> meetingChoices(String filter, LocalDate from, PageRequest page) {
        return queries.meetingChoices(filter, from, page);
    }

    /** The picker choice for one meeting, or null if it is gone. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Choice meetingChoice(long meetingId) {
        return queries.meetingChoice(meetingId);
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
        return db.insertInto(MEETING)
                .set(MEETING.BODY_ID, plan.bodyId())
                .set(MEETING.MEETING_DATE, plan.date())
                .set(MEETING.START_TIME, plan.startTime())
                .set(MEETING.END_TIME, plan.endTime())
                .set(MEETING.LOCATION, location(plan))
                .set(MEETING.IS_DIGITAL, plan.digital())
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void updateHeader(MeetingPlan header) {
        guard.requireOpen(header.id());
        requireDate(header.date());
        ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.MEETING_DATE, header.date())
                .set(MEETING.START_TIME, header.startTime())
                .set(MEETING.END_TIME, header.endTime())
                .set(MEETING.LOCATION, location(header))
                .set(MEETING.IS_DIGITAL, header.digital())
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(header.id()).and(MEETING.VERSION.eq(header.version())))
                .execute());
    }

    /** PLANNED → HELD: the meeting took place, the minutes are being written. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void markHeld(long meetingId, int version) {
        guard.requireOpen(meetingId);
        ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.STATUS, MeetingStatus.HELD)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.VERSION.eq(version)))
                .execute());
    }

    /**
     * Justering: from now on the minutes never change. Only the förbundschef approves. In the approving statement the
     * database copies what the minutes show from other tables (body name and § prefix, decision verb, association,
     * approver, every attendee's name and party) onto the minutes ({@link AsApproved}); then, in the same transaction,
     * {@link MinutesApproved} has the printed protocol rendered once and stored with its SHA-256 (meeting.pdf).
     */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public void approve(long meetingId, int version, LocalDate approvalDate, String approvalPlace) {
        guard.requireOpen(meetingId);
        if (approvalDate == null) {
            throw new UserFacingException("meeting.error.approvalDateRequired");
        }
        String place = Texts.requireMaxLength(Texts.blankToNull(approvalPlace), Texts.SHORT, "meeting.approval.place");
        var approver = DSL.field(DSL.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(currentUser.requireUsername())));
        ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.APPROVAL_DATE, approvalDate)
                .set(MEETING.APPROVAL_PLACE, place)
                .set(MEETING.APPROVED_AT, DSL.currentOffsetDateTime())
                .set(MEETING.APPROVED_BY, approver)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.VERSION.eq(version)).and(MEETING.APPROVED_AT.isNull()))
                .execute());
        events.publishEvent(new MinutesApproved(meetingId));
    }

    /**
     * Anslag: the dates the approved minutes are posted on and taken down from the notice board, and the appeal
     * period's last day (set at justering by meeting.noticeboard, adjustable here).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void postNotice(long meetingId, int version, LocalDate postedOn, LocalDate appealEndsOn, LocalDate removedOn) {
        if (!guard.isApproved(meetingId)) {
            throw new UserFacingException("meeting.error.noticeNeedsApproval");
        }
        if (postedOn == null && removedOn != null) {
            throw new UserFacingException("meeting.error.noticePeriod");
        }
        if (appealEndsOn != null && (postedOn == null || appealEndsOn.isBefore(postedOn))) {
            throw new UserFacingException("meeting.error.noticeAppeal");
        }
        ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.NOTICE_POSTED_ON, postedOn)
                .set(MEETING.NOTICE_APPEAL_ENDS_ON, appealEndsOn)
                .set(MEETING.NOTICE_REMOVED_ON, removedOn)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.VERSION.eq(version)))
                .execute());
    }

    // ---------------------------------------------------------------- imported minutes

    /** The meeting the register already has for this body and day ("Styrelsen 2021-03-19"), if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Choice> existingMeeting(long bodyId, LocalDate date) {
        return db.select(MEETING.ID).from(MEETING)
                .where(MEETING.BODY_ID.eq(bodyId).and(MEETING.MEETING_DATE.eq(date)))
                .orderBy(MEETING.ID).limit(1)
                .fetchOptional(MEETING.ID).map(queries::meetingChoice);
    }

    /**
     * Old minutes, read from a file and reviewed, saved in one go: the meeting with its attendance, every § with the
     * number it had, decisions with clauses and links, then approved as of its justering by the importing user and
     * so locked like any approved minutes. The meeting is marked as imported and keeps its file. A meeting of the same
     * body on the same day is refused with its name (here, and by the database: meeting_imported_once). The printed
     * protocol of imported minutes is produced on its first request (the original file is the record).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long importApproved(ImportedMinutes m) {
        requireDate(m.date());
        existingMeeting(m.bodyId(), m.date()).ifPresent(existing -> {
            throw new UserFacingException("meeting.error.importDuplicate", existing.label(),
                    String.valueOf(existing.id()));
        });
        if (m.paragraphs().isEmpty()) {
            throw new UserFacingException("meeting.error.importNoParagraphs");
        }
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (ImportedMinutes.Item item : m.paragraphs()) {
            if (!numbers.add(item.number())) {
                throw new UserFacingException("meeting.error.importNumberTwice", String.valueOf(item.number()));
            }
        }
        LocalDate approvalDate = m.approvalDate() == null ? m.date() : m.approvalDate();
        if (approvalDate.isBefore(m.date())) {
            throw new UserFacingException("meeting.error.approvalBeforeMeeting");
        }
        String place = Texts.requireMaxLength(Texts.blankToNull(m.approvalPlace()), Texts.SHORT, "meeting.approval.place");
        long meetingId = db.insertInto(MEETING)
                .set(MEETING.BODY_ID, m.bodyId())
                .set(MEETING.MEETING_DATE, m.date())
                .set(MEETING.START_TIME, m.startTime())
                .set(MEETING.END_TIME, m.endTime())
                .set(MEETING.LOCATION, Texts.requireMaxLength(Texts.blankToNull(m.location()), Texts.SHORT, "meeting.location"))
                .set(MEETING.IS_DIGITAL, m.digital())
                .set(MEETING.STATUS, MeetingStatus.HELD)
                .set(MEETING.IMPORTED_AT, DSL.currentOffsetDateTime())
                .set(MEETING.IMPORTED_FROM_ATTACHMENT_ID, m.attachmentId())
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
        for (ImportedMinutes.Attendee a : m.attendees()) {
            saveAttendee(new AttendeeDraft(null, null, meetingId, a.personId(), a.role(), a.capacity(), a.chair(),
                    a.approver(), null));
        }
        for (ImportedMinutes.Item item : m.paragraphs()) {
            long itemId = minutes.addNumberedParagraph(meetingId, item.number(),
                    new ParagraphDraft(null, null, meetingId, item.title(), item.kind(), item.bodyText(), null));
            if (item.outcome() != null) {
                long decisionId = minutes.saveDecision(new DecisionDraft(null, null, itemId, null, item.outcome(),
                        item.proposalToBodyId(), null, null, item.clauses(), List.of()));
                for (long recordId : new java.util.LinkedHashSet<>(item.linkRecordIds())) {
                    minutes.addLink(decisionId, recordId, null);
                }
            }
        }
        for (ImportedMinutes.Signature signature : m.signatures()) {
            saveImportedSignature(meetingId, signature);
        }
        var approver = DSL.field(DSL.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(currentUser.requireUsername())));
        db.update(MEETING)
                .set(MEETING.APPROVAL_DATE, approvalDate)
                .set(MEETING.APPROVAL_PLACE, place)
                .set(MEETING.APPROVED_AT, DSL.currentOffsetDateTime())
                .set(MEETING.APPROVED_BY, approver)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId))
                .execute();
        return meetingId;
    }

    /**
     * One e-signature of imported minutes, written before the approval (the approval lock refuses signatures of
     * approved minutes). The person: the one the review mapped, else the one attendee whose full name is exactly the
     * signed name, else none. A signature without a time cannot be kept as a record (signed_at) and is left out.
     */
    private void saveImportedSignature(long meetingId, ImportedMinutes.Signature s) {
        String name = Texts.requireMaxLength(Texts.blankToNull(s.name()), Texts.SHORT, "meeting.signature.name");
        if (name == null || s.signedAt() == null) {
            return;
        }
        Field<Long> person = s.personId() != null ? DSL.val(s.personId()) : DSL.field(DSL.select(DSL.min(MEETING_ATTENDANCE.PERSON_ID))
                .from(MEETING_ATTENDANCE).join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDANCE.PERSON_ID))
                .where(MEETING_ATTENDANCE.MEETING_ID.eq(meetingId).and(PERSON.FULL_NAME.eq(name)))
                .having(DSL.countDistinct(MEETING_ATTENDANCE.PERSON_ID).eq(1)));
        db.insertInto(MINUTES_SIGNATURE)
                .set(MINUTES_SIGNATURE.MEETING_ID, meetingId)
                .set(MINUTES_SIGNATURE.SIGNER_NAME, name)
                .set(MINUTES_SIGNATURE.SIGNER_TITLE,
                        Texts.requireMaxLength(Texts.blankToNull(s.title()), Texts.SHORT, "meeting.signature.title"))
                .set(MINUTES_SIGNATURE.PERSON_ID, person)
                .set(MINUTES_SIGNATURE.SIGNED_AT, s.signedAt())
                .set(MINUTES_SIGNATURE.SIGNED_AT_OFFSET_MINUTES, s.signedAt().getOffset().getTotalSeconds() / 60)
                .set(MINUTES_SIGNATURE.METHOD, SignatureMethod.IMPORTED_E_SIGNATURE)
                .set(MINUTES_SIGNATURE.METHOD_DETAIL,
                        Texts.requireMaxLength(Texts.blankToNull(s.method()), Texts.SHORT, "meeting.signature.method"))
                .execute();
    }

    // ---------------------------------------------------------------- attendance

    /** Adds a person to the protocol header (id null) or changes their row; one chair at a time (the new one wins). */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void saveAttendee(AttendeeDraft a) {
        guard.requireOpen(a.meetingId());
        if (a.personId() == null) {
            throw new UserFacingException("meeting.error.personRequired");
        }
        if (a.role() == null) {
            throw new UserFacingException("meeting.error.roleRequired");
        }
        String capacity = Texts.requireMaxLength(Texts.blankToNull(a.capacity()), Texts.SHORT, "meeting.attendee.capacity");
        String onlyItems = Texts.requireMaxLength(Texts.blankToNull(a.onlyItems()), Texts.SHORT, "meeting.attendee.onlyItems");
        if (a.chair()) {
            db.update(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.IS_CHAIR, false)
                    .set(MEETING_ATTENDANCE.VERSION, MEETING_ATTENDANCE.VERSION.plus(1))
                    .where(MEETING_ATTENDANCE.MEETING_ID.eq(a.meetingId()).and(MEETING_ATTENDANCE.IS_CHAIR))
                    .and(a.id() == null ? DSL.noCondition() : MEETING_ATTENDANCE.ID.ne(a.id()))
                    .execute();
        }
        Map<Field<?>, Object> row = new HashMap<>();
        row.put(MEETING_ATTENDANCE.PERSON_ID, a.personId());
        row.put(MEETING_ATTENDANCE.ATTENDANCE_ROLE, a.role());
        row.put(MEETING_ATTENDANCE.CAPACITY, capacity);
        row.put(MEETING_ATTENDANCE.IS_CHAIR, a.chair());
        row.put(MEETING_ATTENDANCE.IS_APPROVER, a.approver());
        row.put(MEETING_ATTENDANCE.ONLY_ITEMS, onlyItems);
        if (a.id() == null) {
            var nextOrder = DSL.field(DSL.select(DSL.coalesce(DSL.max(MEETING_ATTENDANCE.SORT_ORDER), 0).plus(1))
                    .from(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(a.meetingId())));
            db.insertInto(MEETING_ATTENDANCE).set(row)
                    .set(MEETING_ATTENDANCE.MEETING_ID, a.meetingId())
                    .set(MEETING_ATTENDANCE.SORT_ORDER, nextOrder)
                    .execute();
            return;
        }
        ConcurrentEditException.requireUpdated(db.update(MEETING_ATTENDANCE).set(row)
                .set(MEETING_ATTENDANCE.VERSION, MEETING_ATTENDANCE.VERSION.plus(1))
                .where(MEETING_ATTENDANCE.ID.eq(a.id()).and(MEETING_ATTENDANCE.VERSION.eq(a.version())))
                .execute());
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void removeAttendee(long attendeeId, int version) {
        Long meetingId = db.select(MEETING_ATTENDANCE.MEETING_ID).from(MEETING_ATTENDANCE)
                .where(MEETING_ATTENDANCE.ID.eq(attendeeId)).fetchOne(MEETING_ATTENDANCE.MEETING_ID);
        guard.requireOpen(meetingId);
        ConcurrentEditException.requireUpdated(db.deleteFrom(MEETING_ATTENDANCE)
                .where(MEETING_ATTENDANCE.ID.eq(attendeeId).and(MEETING_ATTENDANCE.VERSION.eq(version))).execute());
    }

    // ---------------------------------------------------------------- helpers

    private static String location(MeetingPlan plan) {
        return Texts.requireMaxLength(Texts.blankToNull(plan.location()), Texts.SHORT, "meeting.location");
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw new UserFacingException("meeting.error.dateRequired");
        }
    }
}
