package se.samordnaren.agenda;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.attachment.AttachmentInfo;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.DecisionDraft;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.ItemKind;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.MinutesService;
import se.samordnaren.meeting.ParagraphDraft;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static se.samordnaren.db.Tables.AGENDA_ENTRY;
import static se.samordnaren.db.Tables.AGENDA_ENTRY_PAPER;
import static se.samordnaren.db.Tables.AGENDA_TEMPLATE_ENTRY;

/**
 * The agenda of a meeting: proposed from the body's standing items and what is due, edited by the secretary, sent
 * as the kallelse and turned into the minutes' paragraphs when the meeting is held. FORBUNDSCHEF and SEKRETERARE
 * write; everyone signed in reads. Approved minutes lock the agenda too (here first, and by the database).
 */
@Service
public class AgendaService {

    private final DSLContext db;
    private final AgendaQueries queries;
    private final AgendaProposer proposer;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final AttachmentService attachments;
    private final CurrentUser currentUser;

    AgendaService(DSLContext db, AgendaQueries queries, AgendaProposer proposer, MeetingService meetings,
                  MinutesService minutes, AttachmentService attachments, CurrentUser currentUser) {
        this.db = db;
        this.queries = queries;
        this.proposer = proposer;
        this.meetings = meetings;
        this.minutes = minutes;
        this.attachments = attachments;
        this.currentUser = currentUser;
    }

    // ---------------------------------------------------------------- reads

    /** The meeting's agenda in order, with proposals and papers (empty when none is prepared). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgendaPoint> agenda(long meetingId) {
        return queries.points(meetingId);
    }

    /** Whether the signed-in user may prepare agendas and edit the standing items. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
    }

    /** The body's standing items: its own list, or the default one (ids null) when it has none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgendaTemplateItem> template(long bodyId) {
        return proposer.template(bodyId);
    }

    /** Attachments of the register whose file name contains the text, newest first, to add as papers. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PaperChoice> paperChoices(String filter) {
        return queries.paperChoices(filter, 50);
    }

    // ---------------------------------------------------------------- standing items

    /**
     * Replaces the body's standing items with {@code items} in this order. {@code openedWith} is the list the editor
     * was opened with ({@link #template}): its stored rows (ids and versions) must still be the stored ones, otherwise
     * nothing is written (someone else saved in between).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void saveTemplate(long bodyId, List<AgendaTemplateItem> openedWith, List<AgendaTemplateItem> items) {
        Set<String> stored = new HashSet<>(queries.template(bodyId).stream().map(t -> t.id() + "/" + t.version()).toList());
        Set<String> seen = new HashSet<>(openedWith.stream().filter(t -> t.id() != null).map(t -> t.id() + "/" + t.version()).toList());
        if (!stored.equals(seen)) {
            throw new ConcurrentEditException();
        }
        db.deleteFrom(AGENDA_TEMPLATE_ENTRY).where(AGENDA_TEMPLATE_ENTRY.BODY_ID.eq(bodyId)).execute();
        int position = 1;
        for (AgendaTemplateItem item : items) {
            String title = Texts.requireMaxLength(required(item.title(), "agenda.error.titleRequired"), Texts.SHORT,
                    "agenda.point.title");
            db.insertInto(AGENDA_TEMPLATE_ENTRY)
                    .set(AGENDA_TEMPLATE_ENTRY.BODY_ID, bodyId)
                    .set(AGENDA_TEMPLATE_ENTRY.POSITION, position++)
                    .set(AGENDA_TEMPLATE_ENTRY.TITLE, title)
                    .set(AGENDA_TEMPLATE_ENTRY.KIND, item.kind() == null ? ItemKind.INFORMATION : item.kind())
                    .set(AGENDA_TEMPLATE_ENTRY.PROPOSAL, proposal(String.join("\n", item.proposalClauses())))
                    .execute();
        }
    }

    // ---------------------------------------------------------------- proposing

    /**
     * "Föreslå dagordning": adds the standing items (when the agenda has none yet) and every matter waiting for this
     * meeting that the agenda does not have yet, each with its papers and proposed decision. The standing items
     * frame the matters: these go after the opening block (up to the last of the first run of decision items), or,
     * when the agenda already has matters, after the last of them. Returns the number of points added.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public int propose(long meetingId) {
        AgendaQueries.MeetingContext meeting = openMeeting(meetingId);
        List<ExistingEntry> existing = existing(meetingId);
        Set<String> keys = new HashSet<>();
        existing.forEach(e -> keys.addAll(e.keys()));
        List<Candidate> added = new ArrayList<>();
        for (Candidate candidate : proposer.due(meeting)) {
            if (candidate.keys().stream().noneMatch(keys::contains)) {
                added.add(candidate);
                keys.addAll(candidate.keys());
            }
        }
        List<Object> order = new ArrayList<>(existing);
        if (existing.isEmpty()) {
            List<Candidate> standing = proposer.standing(meeting.bodyId());
            int split = split(standing.stream().map(Candidate::kind).toList());
            order.addAll(standing.subList(0, split));
            order.addAll(added);
            order.addAll(standing.subList(split, standing.size()));
            added.addAll(standing);
        } else {
            int lastMatter = -1;
            for (int i = 0; i < existing.size(); i++) {
                if (existing.get(i).source() != AgendaSource.STANDING) {
                    lastMatter = i;
                }
            }
            int at = lastMatter >= 0 ? lastMatter + 1 : split(existing.stream().map(ExistingEntry::kind).toList());
            order.addAll(at, added);
        }
        db.execute("set constraints agenda_entry_position_unique deferred");
        for (int i = 0; i < order.size(); i++) {
            int position = i + 1;
            if (order.get(i) instanceof ExistingEntry e) {
                if (e.position() != position) {
                    db.update(AGENDA_ENTRY).set(AGENDA_ENTRY.POSITION, position).where(AGENDA_ENTRY.ID.eq(e.id())).execute();
                }
            } else {
                insert(meetingId, position, (Candidate) order.get(i));
            }
        }
        return added.size();
    }

    /**
     * Where the matters go among the standing items: after the first run of decision items (opening, justerare,
     * agenda, previous minutes), or before the last item when the list has no decision item.
     */
    static int split(List<ItemKind> kinds) {
        int first = kinds.indexOf(ItemKind.DECISION);
        if (first < 0) {
            return Math.max(0, kinds.size() - 1);
        }
        int end = first;
        while (end < kinds.size() && kinds.get(end) == ItemKind.DECISION) {
            end++;
        }
        return end;
    }

    private record ExistingEntry(long id, int position, AgendaSource source, ItemKind kind, List<String> keys) {
    }

    private List<ExistingEntry> existing(long meetingId) {
        return db.select(AGENDA_ENTRY.ID, AGENDA_ENTRY.POSITION, AGENDA_ENTRY.SOURCE, AGENDA_ENTRY.KIND,
                        AGENDA_ENTRY.APPLICATION_ID, AGENDA_ENTRY.FOLLOW_UP_ID, AGENDA_ENTRY.EARLIER_ITEM_ID,
                        AGENDA_ENTRY.PROPOSAL_DECISION_ID, AGENDA_ENTRY.YEARLY_KEY, AGENDA_ENTRY.CARRIED_FROM_ENTRY_ID)
                .from(AGENDA_ENTRY).where(AGENDA_ENTRY.MEETING_ID.eq(meetingId)).orderBy(AGENDA_ENTRY.POSITION)
                .fetch(r -> new ExistingEntry(r.value1(), r.value2(), r.value3(), r.value4(),
                        new Candidate(r.value3(), "x", r.value4(), null, List.of(), null, r.value5(), r.value6(),
                                r.value7(), r.value8(), r.value9(), r.value10(), List.of()).keys()));
    }

    private long insert(long meetingId, int position, Candidate c) {
        long id = db.insertInto(AGENDA_ENTRY)
                .set(AGENDA_ENTRY.MEETING_ID, meetingId)
                .set(AGENDA_ENTRY.POSITION, position)
                .set(AGENDA_ENTRY.TITLE, Texts.requireMaxLength(c.title(), Texts.SHORT, "agenda.point.title"))
                .set(AGENDA_ENTRY.KIND, c.kind())
                .set(AGENDA_ENTRY.DESCRIPTION, Texts.requireMaxLength(c.description(), Texts.LONG, "agenda.point.description"))
                .set(AGENDA_ENTRY.PROPOSAL, proposal(String.join("\n", c.clauses())))
                .set(AGENDA_ENTRY.CASE_NUMBER, Texts.requireMaxLength(c.caseNumber(), Texts.SHORT, "agenda.point.caseNumber"))
                .set(AGENDA_ENTRY.SOURCE, c.source())
                .set(AGENDA_ENTRY.APPLICATION_ID, c.applicationId())
                .set(AGENDA_ENTRY.FOLLOW_UP_ID, c.followUpId())
                .set(AGENDA_ENTRY.EARLIER_ITEM_ID, c.earlierItemId())
                .set(AGENDA_ENTRY.PROPOSAL_DECISION_ID, c.proposalDecisionId())
                .set(AGENDA_ENTRY.YEARLY_KEY, c.yearlyKey())
                .set(AGENDA_ENTRY.CARRIED_FROM_ENTRY_ID, c.carriedFromEntryId())
                .returning(AGENDA_ENTRY.ID).fetchSingle(AGENDA_ENTRY.ID);
        int paper = 1;
        for (long attachmentId : c.paperIds()) {
            db.insertInto(AGENDA_ENTRY_PAPER).set(AGENDA_ENTRY_PAPER.ENTRY_ID, id)
                    .set(AGENDA_ENTRY_PAPER.ATTACHMENT_ID, attachmentId).set(AGENDA_ENTRY_PAPER.POSITION, paper++)
                    .execute();
        }
        return id;
    }

    // ---------------------------------------------------------------- editing

    /** Adds a point at the end (before nothing: the secretary moves it), source MANUAL. Returns its id. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long addPoint(AgendaPointDraft draft) {
        openMeeting(draft.meetingId());
        var next = DSL.field(DSL.select(DSL.coalesce(DSL.max(AGENDA_ENTRY.POSITION), 0).plus(1))
                .from(AGENDA_ENTRY).where(AGENDA_ENTRY.MEETING_ID.eq(draft.meetingId())));
        return db.insertInto(AGENDA_ENTRY)
                .set(AGENDA_ENTRY.MEETING_ID, draft.meetingId())
                .set(AGENDA_ENTRY.POSITION, next)
                .set(AGENDA_ENTRY.TITLE, title(draft))
                .set(AGENDA_ENTRY.KIND, draft.kind() == null ? ItemKind.INFORMATION : draft.kind())
                .set(AGENDA_ENTRY.DESCRIPTION, Texts.requireMaxLength(Texts.blankToNull(draft.description()), Texts.LONG,
                        "agenda.point.description"))
                .set(AGENDA_ENTRY.PROPOSAL, proposal(draft.proposal()))
                .set(AGENDA_ENTRY.CASE_NUMBER, Texts.requireMaxLength(Texts.blankToNull(draft.caseNumber()), Texts.SHORT,
                        "agenda.point.caseNumber"))
                .set(AGENDA_ENTRY.SOURCE, AgendaSource.MANUAL)
                .returning(AGENDA_ENTRY.ID).fetchSingle(AGENDA_ENTRY.ID);
    }

    /** Changes title, kind, text, proposal and case number of a point (optimistic locking on its version). */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void updatePoint(AgendaPointDraft draft) {
        openMeeting(meetingOf(draft.id()));
        ConcurrentEditException.requireUpdated(db.update(AGENDA_ENTRY)
                .set(AGENDA_ENTRY.TITLE, title(draft))
                .set(AGENDA_ENTRY.KIND, draft.kind() == null ? ItemKind.INFORMATION : draft.kind())
                .set(AGENDA_ENTRY.DESCRIPTION, Texts.requireMaxLength(Texts.blankToNull(draft.description()), Texts.LONG,
                        "agenda.point.description"))
                .set(AGENDA_ENTRY.PROPOSAL, proposal(draft.proposal()))
                .set(AGENDA_ENTRY.CASE_NUMBER, Texts.requireMaxLength(Texts.blankToNull(draft.caseNumber()), Texts.SHORT,
                        "agenda.point.caseNumber"))
                .set(AGENDA_ENTRY.VERSION, AGENDA_ENTRY.VERSION.plus(1))
                .where(AGENDA_ENTRY.ID.eq(draft.id()).and(AGENDA_ENTRY.VERSION.eq(draft.version())))
                .execute());
    }

    /** Swaps a point with the one before ({@code up}) or after it. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void movePoint(long entryId, int version, boolean up) {
        long meetingId = meetingOf(entryId);
        openMeeting(meetingId);
        var entry = db.selectFrom(AGENDA_ENTRY).where(AGENDA_ENTRY.ID.eq(entryId).and(AGENDA_ENTRY.VERSION.eq(version))).fetchOne();
        if (entry == null) {
            throw new ConcurrentEditException();
        }
        var neighbour = db.selectFrom(AGENDA_ENTRY)
                .where(AGENDA_ENTRY.MEETING_ID.eq(meetingId))
                .and(up ? AGENDA_ENTRY.POSITION.lt(entry.getPosition()) : AGENDA_ENTRY.POSITION.gt(entry.getPosition()))
                .orderBy(up ? AGENDA_ENTRY.POSITION.desc() : AGENDA_ENTRY.POSITION.asc())
                .limit(1).fetchOne();
        if (neighbour == null) {
            return;
        }
        db.update(AGENDA_ENTRY)
                .set(AGENDA_ENTRY.POSITION, DSL.when(AGENDA_ENTRY.ID.eq(entryId), neighbour.getPosition()).otherwise(entry.getPosition()))
                .set(AGENDA_ENTRY.VERSION, AGENDA_ENTRY.VERSION.plus(1))
                .where(AGENDA_ENTRY.ID.in(entryId, neighbour.getId()))
                .execute();
    }

    /** Removes a point (with its papers; a paper uploaded for it goes too) and closes the gap. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void removePoint(long entryId, int version) {
        long meetingId = meetingOf(entryId);
        openMeeting(meetingId);
        Integer position = db.deleteFrom(AGENDA_ENTRY)
                .where(AGENDA_ENTRY.ID.eq(entryId).and(AGENDA_ENTRY.VERSION.eq(version)))
                .returning(AGENDA_ENTRY.POSITION).fetchOne(AGENDA_ENTRY.POSITION);
        if (position == null) {
            throw new ConcurrentEditException();
        }
        db.update(AGENDA_ENTRY).set(AGENDA_ENTRY.POSITION, AGENDA_ENTRY.POSITION.minus(1))
                .where(AGENDA_ENTRY.MEETING_ID.eq(meetingId).and(AGENDA_ENTRY.POSITION.gt(position)))
                .execute();
    }

    /**
     * "Denna punkt hanns inte med": a point so marked does not become a § and is offered to the body's next meeting.
     * A point that already became a § cannot be marked.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void markNotReached(long entryId, int version, boolean notReached) {
        openMeeting(meetingOf(entryId));
        if (notReached && db.fetchExists(AGENDA_ENTRY, AGENDA_ENTRY.ID.eq(entryId).and(AGENDA_ENTRY.ITEM_ID.isNotNull()))) {
            throw new UserFacingException("agenda.error.notReachedConverted");
        }
        ConcurrentEditException.requireUpdated(db.update(AGENDA_ENTRY)
                .set(AGENDA_ENTRY.NOT_REACHED, notReached)
                .set(AGENDA_ENTRY.VERSION, AGENDA_ENTRY.VERSION.plus(1))
                .where(AGENDA_ENTRY.ID.eq(entryId).and(AGENDA_ENTRY.VERSION.eq(version)))
                .execute());
    }

    // ---------------------------------------------------------------- papers

    /** Adds an attachment of the register to the point's papers (last). */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void addPaper(long entryId, long attachmentId) {
        openMeeting(meetingOf(entryId));
        if (db.fetchExists(AGENDA_ENTRY_PAPER, AGENDA_ENTRY_PAPER.ENTRY_ID.eq(entryId)
                .and(AGENDA_ENTRY_PAPER.ATTACHMENT_ID.eq(attachmentId)))) {
            throw new UserFacingException("agenda.error.paperTwice");
        }
        var next = DSL.field(DSL.select(DSL.coalesce(DSL.max(AGENDA_ENTRY_PAPER.POSITION), 0).plus(1))
                .from(AGENDA_ENTRY_PAPER).where(AGENDA_ENTRY_PAPER.ENTRY_ID.eq(entryId)));
        db.insertInto(AGENDA_ENTRY_PAPER).set(AGENDA_ENTRY_PAPER.ENTRY_ID, entryId)
                .set(AGENDA_ENTRY_PAPER.ATTACHMENT_ID, attachmentId).set(AGENDA_ENTRY_PAPER.POSITION, next).execute();
    }

    /** A new paper uploaded for the point: stored as an attachment owned by it, and added to its papers. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public AttachmentInfo uploadPaper(long entryId, String fileName, String contentType, byte[] content) {
        openMeeting(meetingOf(entryId));
        AttachmentInfo stored = attachments.addToAgendaEntry(entryId, fileName, contentType, content);
        addPaper(entryId, stored.id());
        return stored;
    }

    /** Takes a paper off the point (a file uploaded for the point stays in the register until the point goes). */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void removePaper(long entryId, long attachmentId) {
        openMeeting(meetingOf(entryId));
        db.deleteFrom(AGENDA_ENTRY_PAPER).where(AGENDA_ENTRY_PAPER.ENTRY_ID.eq(entryId)
                .and(AGENDA_ENTRY_PAPER.ATTACHMENT_ID.eq(attachmentId))).execute();
    }

    // ---------------------------------------------------------------- the minutes

    /**
     * "Mötet hållet – gör protokoll": marks a planned meeting held and turns every point not yet a § and not marked
     * "hanns inte med" into a § (numbered by the association's rule) with the proposal as the decision's clauses and
     * links to what the point is about. Points already turned are left alone, so converting twice adds nothing.
     * Returns the number of § made.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public int toMinutes(long meetingId, int meetingVersion) {
        AgendaQueries.MeetingContext meeting = openMeeting(meetingId);
        if (meeting.status() == MeetingStatus.PLANNED) {
            meetings.markHeld(meetingId, meetingVersion);
        }
        int made = 0;
        for (AgendaPoint point : queries.points(meetingId)) {
            if (point.itemId() != null || point.notReached()) {
                continue;
            }
            long itemId = minutes.addParagraph(new ParagraphDraft(null, null, meetingId, point.title(), point.kind(),
                    point.description(), point.caseNumber()));
            if (!point.proposalClauses().isEmpty()) {
                decide(meeting, point, itemId);
            }
            ConcurrentEditException.requireUpdated(db.update(AGENDA_ENTRY)
                    .set(AGENDA_ENTRY.ITEM_ID, itemId)
                    .set(AGENDA_ENTRY.VERSION, AGENDA_ENTRY.VERSION.plus(1))
                    .where(AGENDA_ENTRY.ID.eq(point.id()).and(AGENDA_ENTRY.VERSION.eq(point.version())))
                    .execute());
            made++;
        }
        return made;
    }

    private void decide(AgendaQueries.MeetingContext meeting, AgendaPoint point, long itemId) {
        AgendaQueries.EntrySource source = queries.sourceOf(point.id(), meeting.bodyId());
        DecisionOutcome outcome = point.kind() == ItemKind.DECISION ? DecisionOutcome.APPROVED : DecisionOutcome.NOTED;
        Long proposalTo = null;
        Long answers = null;
        if (source.applicationId() != null && "PREPARED".equals(source.applicationStep())
                && "WORKING_COMMITTEE".equals(meeting.bodyType()) && source.proposalToBodyOfBoard() != null) {
            outcome = DecisionOutcome.PROPOSAL;
            proposalTo = source.proposalToBodyOfBoard();
        } else if (source.applicationId() != null && "AU_PROPOSAL".equals(source.applicationStep())) {
            outcome = "REJECT".equals(source.recommendation()) ? DecisionOutcome.REJECTED : DecisionOutcome.GRANTED;
            answers = source.proposalDecisionId();
        } else if (source.proposalDecisionId() != null) {
            outcome = DecisionOutcome.APPROVED;
            answers = source.proposalDecisionId();
        }
        List<String> clauses = point.proposalClauses().stream().map(c -> "Att " + c).toList();
        long decisionId = minutes.saveDecision(new DecisionDraft(null, null, itemId, null, outcome, proposalTo, answers,
                null, clauses, List.of()));
        for (long recordId : new java.util.LinkedHashSet<>(queries.recordsOf(point.id()))) {
            minutes.addLink(decisionId, recordId, null);
        }
    }

    // ---------------------------------------------------------------- helpers

    private AgendaQueries.MeetingContext openMeeting(long meetingId) {
        AgendaQueries.MeetingContext meeting = queries.meeting(meetingId);
        if (meeting == null) {
            throw new UserFacingException("meeting.error.notFound");
        }
        if (meeting.approved()) {
            throw new UserFacingException("agenda.error.locked");
        }
        return meeting;
    }

    private long meetingOf(Long entryId) {
        Long meetingId = entryId == null ? null : db.select(AGENDA_ENTRY.MEETING_ID).from(AGENDA_ENTRY)
                .where(AGENDA_ENTRY.ID.eq(entryId)).fetchOne(AGENDA_ENTRY.MEETING_ID);
        if (meetingId == null) {
            throw new ConcurrentEditException();
        }
        return meetingId;
    }

    private static String title(AgendaPointDraft draft) {
        return Texts.requireMaxLength(required(draft.title(), "agenda.error.titleRequired"), Texts.SHORT, "agenda.point.title");
    }

    /** The clauses one per line, trimmed, without a leading "Att"; null when there are none. */
    static String proposal(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = AgendaQueries.clauses(text).stream().map(AgendaProposer::withoutAtt)
                .filter(line -> !line.isEmpty()).toList();
        return lines.isEmpty() ? null : Texts.requireMaxLength(String.join("\n", lines), Texts.LONG, "agenda.point.proposal");
    }

    private static String required(String value, String key) {
        String text = Texts.blankToNull(value);
        if (text == null) {
            throw new UserFacingException(key);
        }
        return Objects.requireNonNull(text);
    }
}
