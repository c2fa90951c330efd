package se.samordnaren.meeting;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Roles;

import java.util.List;
import java.util.Objects;

import static se.samordnaren.db.Tables.*;

/**
 * The minutes' content: every § (numbered by the database), who was present at a § when it differs from the header,
 * the decision of a § with its "Att …" clauses and references, and what the decision touched (links). FORBUNDSCHEF
 * and SEKRETERARE write until the minutes are approved; everyone signed in reads. Reads are in {@link MinutesQueries}.
 */
@Service
public class MinutesService {

    private final DSLContext db;
    private final MinutesQueries queries;
    private final ApprovalGuard guard;

    MinutesService(DSLContext db, MinutesQueries queries, ApprovalGuard guard) {
        this.db = db;
        this.queries = queries;
        this.guard = guard;
    }

    // ---------------------------------------------------------------- reads

    /**
     * One page of the decisions of other meetings, for "answers proposal" (proposals only) and "corrects", filtered on
     * the label ("Styrelsen 2021-03-19 § 5 Title"): every word of the filter must occur in it, any case.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Choice> decisionChoices(long meetingId, boolean proposalsOnly, String filter, PageRequest page) {
        return queries.decisionChoices(meetingId, proposalsOnly, filter, page);
    }

    /** The picker choice for one decision, or null if it is gone. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Choice decisionChoice(long decisionId) {
        return queries.decisionChoice(decisionId);
    }

    /** The kinds of record a decision can link to, as codes ("MEETING", "PERSON" …). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> linkKinds() {
        return queries.linkKinds();
    }

    /** One page of linkable records whose label contains every word of the text (any kind when {@code kind} is null). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LinkableOption> searchLinkable(String text, String kind, PageRequest page) {
        return queries.searchLinkable(text, kind, page);
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

    // ---------------------------------------------------------------- paragraphs

    /** Adds a § at the end, numbered by the database (next_paragraph_number) under the association's rule. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long addParagraph(ParagraphDraft p) {
        guard.requireOpen(p.meetingId());
        Paragraph text = Paragraph.of(p);
        return db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, p.meetingId())
                .set(AGENDA_ITEM.NUMBER, DSL.function("next_paragraph_number", SQLDataType.INTEGER, DSL.val(p.meetingId())))
                .set(AGENDA_ITEM.TITLE, text.title())
                .set(AGENDA_ITEM.KIND, text.kind())
                .set(AGENDA_ITEM.BODY_TEXT, text.bodyText())
                .set(AGENDA_ITEM.CASE_NUMBER, text.caseNumber())
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
    }

    /**
     * Adds a § with the number it already has (imported minutes, where the numbers are the protocol's own and may run
     * on across the year); the database refuses a number used twice (agenda_item_number_unique, _per_year).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long addNumberedParagraph(long meetingId, int number, ParagraphDraft p) {
        guard.requireOpen(meetingId);
        if (number < 1) {
            throw new UserFacingException("meeting.error.numberPositive");
        }
        Paragraph text = Paragraph.of(p);
        return db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, meetingId)
                .set(AGENDA_ITEM.NUMBER, number)
                .set(AGENDA_ITEM.TITLE, text.title())
                .set(AGENDA_ITEM.KIND, text.kind())
                .set(AGENDA_ITEM.BODY_TEXT, text.bodyText())
                .set(AGENDA_ITEM.CASE_NUMBER, text.caseNumber())
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void updateParagraph(ParagraphDraft p) {
        guard.requireOpen(guard.meetingOfItem(p.id()));
        Paragraph text = Paragraph.of(p);
        ConcurrentEditException.requireUpdated(db.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.TITLE, text.title())
                .set(AGENDA_ITEM.KIND, text.kind())
                .set(AGENDA_ITEM.BODY_TEXT, text.bodyText())
                .set(AGENDA_ITEM.CASE_NUMBER, text.caseNumber())
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(p.id()).and(AGENDA_ITEM.VERSION.eq(p.version())))
                .execute());
    }

    /** What a § says, checked and cleaned as stored. */
    private record Paragraph(String title, ItemKind kind, String bodyText, String caseNumber) {
        static Paragraph of(ParagraphDraft p) {
            String title = Texts.requireMaxLength(required(p.title(), "meeting.error.titleRequired"), Texts.SHORT,
                    "meeting.paragraph.title");
            return new Paragraph(title, p.kind() == null ? ItemKind.INFORMATION : p.kind(),
                    Texts.requireMaxLength(Texts.blankToNull(p.bodyText()), Texts.LONG, "meeting.paragraph.bodyText"),
                    Texts.requireMaxLength(Texts.blankToNull(p.caseNumber()), Texts.SHORT, "meeting.paragraph.caseNumber"));
        }
    }

    /** Deletes a § (with its decision) and closes the gap in the numbering of this meeting. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void deleteParagraph(long itemId, int version) {
        Long meetingId = guard.meetingOfItem(itemId);
        guard.requireOpen(meetingId);
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
    }

    /** Swaps a § with the one before ({@code up}) or after it: numbers and order change together. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void moveParagraph(long itemId, int version, boolean up) {
        Long meetingId = guard.meetingOfItem(itemId);
        guard.requireOpen(meetingId);
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
        db.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.NUMBER, DSL.when(AGENDA_ITEM.ID.eq(itemId), neighbour.getNumber()).otherwise(item.getNumber()))
                .set(AGENDA_ITEM.POSITION, DSL.when(AGENDA_ITEM.ID.eq(itemId), neighbour.getPosition()).otherwise(item.getPosition()))
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.in(itemId, neighbour.getId()))
                .execute();
    }

    /**
     * Presence for one § when it differs from the header, e.g. not present "jäv, deltog inte i beslutet" or present
     * "anlände 9.40". One entry per person and §.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long addItemAttendance(long itemId, Long personId, boolean present, String note) {
        guard.requireOpen(guard.meetingOfItem(itemId));
        if (personId == null) {
            throw new UserFacingException("meeting.error.personRequired");
        }
        return db.insertInto(AGENDA_ITEM_ATTENDANCE)
                .set(AGENDA_ITEM_ATTENDANCE.ITEM_ID, itemId)
                .set(AGENDA_ITEM_ATTENDANCE.PERSON_ID, personId)
                .set(AGENDA_ITEM_ATTENDANCE.PRESENT, present)
                .set(AGENDA_ITEM_ATTENDANCE.NOTE, Texts.requireMaxLength(Texts.blankToNull(note), Texts.SHORT,
                        "meeting.itemAttendance.note"))
                .returning(AGENDA_ITEM_ATTENDANCE.ID).fetchSingle(AGENDA_ITEM_ATTENDANCE.ID);
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void removeItemAttendance(long entryId, int version) {
        Long itemId = db.select(AGENDA_ITEM_ATTENDANCE.ITEM_ID).from(AGENDA_ITEM_ATTENDANCE)
                .where(AGENDA_ITEM_ATTENDANCE.ID.eq(entryId)).fetchOne(AGENDA_ITEM_ATTENDANCE.ITEM_ID);
        if (itemId == null) {
            throw new ConcurrentEditException();
        }
        guard.requireOpen(guard.meetingOfItem(itemId));
        ConcurrentEditException.requireUpdated(db.deleteFrom(AGENDA_ITEM_ATTENDANCE)
                .where(AGENDA_ITEM_ATTENDANCE.ID.eq(entryId).and(AGENDA_ITEM_ATTENDANCE.VERSION.eq(version))).execute());
    }

    // ---------------------------------------------------------------- decisions

    /** Saves the decision of a § with its clauses and references (replaced as a whole). Returns the decision id. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long saveDecision(DecisionDraft d) {
        guard.requireOpen(guard.meetingOfItem(d.itemId()));
        if (d.outcome() == null) {
            throw new UserFacingException("meeting.error.outcomeRequired");
        }
        boolean proposal = d.outcome() == DecisionOutcome.PROPOSAL;
        if (proposal && d.proposalToBodyId() == null) {
            throw new UserFacingException("meeting.error.proposalTarget");
        }
        Long proposalTo = proposal ? d.proposalToBodyId() : null;
        String intro = Texts.requireMaxLength(Texts.blankToNull(d.intro()), Texts.SHORT, "meeting.decision.intro");
        List<String> clauses = lines(d.clauses(), Texts.LONG, "meeting.decision.clauses");
        List<String> references = lines(d.references(), Texts.SHORT, "meeting.decision.references");
        long id;
        if (d.id() == null) {
            id = db.insertInto(DECISION)
                    .set(DECISION.ITEM_ID, d.itemId())
                    .set(DECISION.INTRO, intro)
                    .set(DECISION.OUTCOME, d.outcome())
                    .set(DECISION.PROPOSAL_TO_BODY_ID, proposalTo)
                    .set(DECISION.ANSWERS_PROPOSAL_ID, d.answersProposalId())
                    .set(DECISION.CORRECTS_DECISION_ID, d.correctsDecisionId())
                    .returning(DECISION.ID).fetchSingle(DECISION.ID);
        } else {
            id = d.id();
            var verb = DSL.field(DSL.select(BODY.DECISION_VERB).from(AGENDA_ITEM)
                    .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID)).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                    .where(AGENDA_ITEM.ID.eq(d.itemId())));
            ConcurrentEditException.requireUpdated(db.update(DECISION)
                    .set(DECISION.INTRO, intro == null ? verb : DSL.val(intro))
                    .set(DECISION.OUTCOME, d.outcome())
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
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void deleteDecision(long decisionId, int version) {
        guard.requireOpen(guard.meetingOfDecision(decisionId));
        ConcurrentEditException.requireUpdated(db.deleteFrom(DECISION)
                .where(DECISION.ID.eq(decisionId).and(DECISION.VERSION.eq(version))).execute());
    }

    /**
     * Links a decision to a record it touched (its linkable_record id), with an optional note. Other features call this
     * when their own action is decided by a §, e.g. an application granted by the board, or a budget the ekonom marks
     * as decided at a § of minutes still open (so the ekonom may add a link too).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE, Roles.EKONOM})
    public void addLink(long decisionId, long recordId, String note) {
        guard.requireOpen(guard.meetingOfDecision(decisionId));
        db.insertInto(DECISION_LINK)
                .set(DECISION_LINK.DECISION_ID, decisionId)
                .set(DECISION_LINK.RECORD_ID, recordId)
                .set(DECISION_LINK.NOTE, Texts.requireMaxLength(Texts.blankToNull(note), Texts.SHORT, "meeting.link.note"))
                .execute();
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE, Roles.EKONOM})
    public void removeLink(long linkId) {
        Long decisionId = db.select(DECISION_LINK.DECISION_ID).from(DECISION_LINK).where(DECISION_LINK.ID.eq(linkId))
                .fetchOne(DECISION_LINK.DECISION_ID);
        if (decisionId == null) {
            throw new ConcurrentEditException();
        }
        guard.requireOpen(guard.meetingOfDecision(decisionId));
        db.deleteFrom(DECISION_LINK).where(DECISION_LINK.ID.eq(linkId)).execute();
    }

    // ---------------------------------------------------------------- helpers

    private static String required(String value, String key) {
        String text = Texts.blankToNull(value);
        if (text == null) {
            throw new UserFacingException(key);
        }
        return text;
    }

    /** The non-blank lines, trimmed, each at most {@code max} characters. */
    private static List<String> lines(List<String> values, int max, String fieldKey) {
        return values == null ? List.of() : values.stream().map(Texts::blankToNull).filter(Objects::nonNull)
                .map(line -> Texts.requireMaxLength(line, max, fieldKey)).toList();
    }
}
