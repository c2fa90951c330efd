package se.samordnaren.meeting.pdf;

import com.vaadin.flow.i18n.I18NProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.AsApproved;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MinutesApproved;
import se.samordnaren.meeting.signing.MinutesContent;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.AGENDA_ITEM_ATTENDANCE;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_CLAUSE;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_ATTENDANCE;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;
import static se.samordnaren.db.Tables.PERSON;

/**
 * The minutes (protokoll) and extracts (protokollsutdrag) as PDF, laid out as Swedish public bodies print them. The
 * protocol of approved minutes is rendered once, when they are approved, and stored with its SHA-256
 * ({@link ApprovedMinutesArchive}); every request then gets exactly those bytes. Drafts and extracts are rendered on
 * request, approved ones from the names as approved ({@link AsApproved}).
 */
@Service
public class MinutesPdfService {

    private final DSLContext db;
    private final PdfTexts texts;
    private final ApprovedMinutesArchive archive;
    private final MeetingService meetings;
    private final String publicUrl;

    MinutesPdfService(DSLContext db, I18NProvider translations, ApprovedMinutesArchive archive, MeetingService meetings,
                      @Value("${samordnaren.public-url:http://localhost:8080}") String publicUrl) {
        this.db = db;
        this.texts = new PdfTexts(translations);
        this.archive = archive;
        this.meetings = meetings;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A PDF to send; {@code sha256} (hex) is set for the stored protocol of approved minutes, null otherwise. */
    public record Pdf(String filename, byte[] content, String sha256) {
    }

    /**
     * The whole protocol. Everyone signed in may read minutes. Approved minutes: the stored PDF; minutes approved before
     * PDFs were stored (or approved by SQL, like the demo's) get theirs rendered from the names as approved and stored
     * on this first request. Drafts: rendered now, marked "UTKAST – ej justerat".
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Pdf minutes(long meetingId) {
        Optional<ApprovedMinutesArchive.Stored> stored = archive.find(meetingId);
        if (stored.isPresent()) {
            return protocol(stored.get());
        }
        MinutesDocument minutes = load(meetingId).orElseThrow(() -> new UserFacingException("minutesPdf.error.notFound"));
        byte[] pdf = new MinutesPdfRenderer(minutes, texts, signaturePage(meetingId)).protocol();
        if (minutes.approved()) {
            return protocol(archive.store(meetingId, pdf));
        }
        return new Pdf(protocolFilename(minutes.bodyName(), minutes.meetingDate()), pdf, null);
    }

    /**
     * Justering, in the approving transaction ({@link MinutesApproved} from MeetingService.approve, which only the
     * förbundschef may call, or from meeting.signing when the last signatory signs, who may be any signed-in user):
     * the protocol as approved is rendered once, with its signature page, and stored. Should it fail, the approval is
     * rolled back with it. Only inside the approving transaction, and only for approved minutes.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("isAuthenticated()")
    public void approved(MinutesApproved event) {
        MinutesDocument minutes = load(event.meetingId()).filter(MinutesDocument::approved).orElseThrow();
        archive.store(event.meetingId(), new MinutesPdfRenderer(minutes, texts, signaturePage(event.meetingId())).protocol());
    }

    /**
     * The signature page: the signatures of the minutes as they read (the content hash of meeting.signing), imported
     * ones (no hash) too, in the order they were given.
     */
    private SignaturePage signaturePage(long meetingId) {
        String hash = MinutesContent.sha256(meetings.load(meetingId));
        List<SignaturePage.Line> lines = db.select(MINUTES_SIGNATURE.SIGNER_NAME, MINUTES_SIGNATURE.SIGNER_TITLE,
                        MINUTES_SIGNATURE.SIGNED_AT, MINUTES_SIGNATURE.SIGNED_AT_OFFSET_MINUTES, MINUTES_SIGNATURE.METHOD,
                        MINUTES_SIGNATURE.METHOD_DETAIL)
                .from(MINUTES_SIGNATURE)
                .where(MINUTES_SIGNATURE.MEETING_ID.eq(meetingId))
                .and(MINUTES_SIGNATURE.CONTENT_SHA256.isNull().or(MINUTES_SIGNATURE.CONTENT_SHA256.eq(hash)))
                .orderBy(MINUTES_SIGNATURE.SIGNED_AT, MINUTES_SIGNATURE.ID)
                .fetch(r -> new SignaturePage.Line(r.value1(), r.value2(),
                        r.value3().withOffsetSameInstant(java.time.ZoneOffset.ofTotalSeconds(r.value4() * 60)), r.value5(), r.value6()));
        return new SignaturePage(hash, lines, publicUrl + "/verifiera");
    }

    /** A protokollsutdrag with only the chosen paragraphs (numbers as printed). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Pdf extract(long meetingId, Collection<Integer> paragraphNumbers) {
        MinutesDocument minutes = load(meetingId).orElseThrow(() -> new UserFacingException("minutesPdf.error.notFound"));
        Set<Integer> wanted = new TreeSet<>(paragraphNumbers == null ? List.of() : paragraphNumbers);
        List<MinutesDocument.Item> chosen = minutes.items().stream().filter(i -> wanted.contains(i.number())).toList();
        if (chosen.isEmpty() || chosen.size() != wanted.size()) {
            throw new UserFacingException("minutesPdf.error.noSuchParagraph");
        }
        byte[] pdf = new MinutesPdfRenderer(minutes, texts).extract(chosen);
        String numbers = String.join("-", chosen.stream().map(i -> String.valueOf(i.number())).toList());
        return new Pdf(texts.get("file.extract") + "-" + slug(minutes.bodyName()) + "-" + minutes.meetingDate() + "-p" + numbers + ".pdf",
                pdf, null);
    }

    private Pdf protocol(ApprovedMinutesArchive.Stored stored) {
        return new Pdf(protocolFilename(stored.bodyName(), stored.meetingDate()), stored.content(), stored.sha256());
    }

    private String protocolFilename(String bodyName, LocalDate meetingDate) {
        return texts.get("file.protocol") + "-" + slug(bodyName) + "-" + meetingDate + ".pdf";
    }

    /** Everything the protocol prints, in one statement; names {@link AsApproved} (as approved, or live for drafts). */
    Optional<MinutesDocument> load(long meetingId) {
        Field<String> attendeeName = AsApproved.shown(MEETING, MEETING_ATTENDANCE.NAME_AS_APPROVED, PERSON.FULL_NAME);
        Field<String> presentName = AsApproved.shown(MEETING, AGENDA_ITEM_ATTENDANCE.NAME_AS_APPROVED, PERSON.FULL_NAME);
        return db.select(
                        MEETING.ID,
                        AsApproved.associationName(MEETING),
                        AsApproved.bodyName(MEETING, BODY), AsApproved.decisionVerb(MEETING, BODY),
                        AsApproved.paragraphPrefix(MEETING, BODY),
                        MEETING.MEETING_DATE, MEETING.START_TIME, MEETING.END_TIME, MEETING.LOCATION, MEETING.IS_DIGITAL,
                        MEETING.APPROVED_AT.isNotNull().as("approved"),
                        MEETING.APPROVAL_DATE, MEETING.APPROVAL_PLACE, MEETING.NOTICE_POSTED_ON, MEETING.NOTICE_REMOVED_ON,
                        MEETING.MINUTES_STORAGE_PLACE,
                        multiset(select(attendeeName,
                                        AsApproved.shown(MEETING, MEETING_ATTENDANCE.PARTY_AS_APPROVED, PERSON.PARTY),
                                        MEETING_ATTENDANCE.ATTENDANCE_ROLE,
                                        MEETING_ATTENDANCE.CAPACITY, MEETING_ATTENDANCE.IS_CHAIR, MEETING_ATTENDANCE.IS_APPROVER,
                                        MEETING_ATTENDANCE.ONLY_ITEMS)
                                .from(MEETING_ATTENDANCE).join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDANCE.PERSON_ID))
                                .where(MEETING_ATTENDANCE.MEETING_ID.eq(MEETING.ID))
                                .orderBy(MEETING_ATTENDANCE.SORT_ORDER, attendeeName))
                                .convertFrom(r -> r.map(Records.mapping(MinutesDocument.Attendee::new))),
                        multiset(select(AGENDA_ITEM.NUMBER, AGENDA_ITEM.TITLE, AGENDA_ITEM.BODY_TEXT, AGENDA_ITEM.CASE_NUMBER,
                                        DECISION.INTRO, DECISION.OUTCOME,
                                        multiset(select(DECISION_CLAUSE.TEXT).from(DECISION_CLAUSE)
                                                .where(DECISION_CLAUSE.DECISION_ID.eq(DECISION.ID))
                                                .orderBy(DECISION_CLAUSE.POSITION))
                                                .convertFrom(r -> r.getValues(DECISION_CLAUSE.TEXT)),
                                        multiset(select(presentName,
                                                        AsApproved.shown(MEETING, AGENDA_ITEM_ATTENDANCE.PARTY_AS_APPROVED, PERSON.PARTY),
                                                        AGENDA_ITEM_ATTENDANCE.PRESENT, AGENDA_ITEM_ATTENDANCE.NOTE)
                                                .from(AGENDA_ITEM_ATTENDANCE).join(PERSON).on(PERSON.ID.eq(AGENDA_ITEM_ATTENDANCE.PERSON_ID))
                                                .where(AGENDA_ITEM_ATTENDANCE.ITEM_ID.eq(AGENDA_ITEM.ID))
                                                .orderBy(presentName))
                                                .convertFrom(r -> r.map(Records.mapping(MinutesDocument.Presence::new))))
                                .from(AGENDA_ITEM).leftJoin(DECISION).on(DECISION.ITEM_ID.eq(AGENDA_ITEM.ID))
                                .where(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID))
                                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.NUMBER))
                                .convertFrom(r -> r.map(Records.mapping(MinutesDocument.Item::new))))
                .from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(MEETING.ID.eq(meetingId))
                .fetchOptional(Records.mapping(MinutesDocument::new));
    }

    /** "Styrelsen" → "styrelsen", "Ägarsamrådet" → "agarsamradet". */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
