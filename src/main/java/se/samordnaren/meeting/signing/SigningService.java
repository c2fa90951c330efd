package se.samordnaren.meeting.signing;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.mail.MailPurpose;
import se.samordnaren.mail.MailService;
import se.samordnaren.mail.OutgoingMail;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.meeting.MinutesApproved;
import se.samordnaren.meeting.SignatureMethod;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.samordnaren.db.Tables.APP_USER;
import static se.samordnaren.db.Tables.ATTACHMENT;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_ATTENDANCE;
import static se.samordnaren.db.Tables.MINUTES_RETURN;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;
import static se.samordnaren.db.Tables.PERSON;

/**
 * Justering by the signatories (issue 11 item 4). The signatories of a meeting are its chair and its justerare
 * (meeting_attendance.is_chair / is_approver). The secretary marks held minutes ready ({@link #request}); each
 * signatory whose person is linked to a user account sees the task on the start page ({@link #myTasks}) and gets an
 * e-mail when mail is configured; they read the minutes and sign ({@link #sign}: the password typed again, through a
 * {@link SigningMethod}) or send them back with a comment ({@link #returnMinutes}, which ends the request). A signature
 * records the SHA-256 of the minutes' canonical text ({@link MinutesContent}); only signatures of the content as it
 * reads now count, so a change after a signature asks for that signature again. When the last signatory has signed
 * the current content the minutes are approved in the same transaction, as by the förbundschef's approval: the
 * database takes the copies and locks the minutes, and {@link MinutesApproved} stores the protocol PDF, which ends with
 * the signature page. Minutes signed on paper are recorded with {@link #recordPaperSigning}.
 */
@Service
public class SigningService {

    /** Signatures are given, and their offset read, in Swedish time. */
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Locale SWEDISH = Locale.of("sv", "SE");

    private final DSLContext db;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Map<SignatureMethod, SigningMethod> methods;
    private final MailService mail;
    private final AttachmentService attachments;
    private final ApplicationEventPublisher events;
    private final I18NProvider translations;
    private final String publicUrl;

    SigningService(DSLContext db, MeetingService meetings, CurrentUser currentUser, List<SigningMethod> methods,
                   MailService mail, AttachmentService attachments, ApplicationEventPublisher events,
                   I18NProvider translations, @Value("${samordnaren.public-url:http://localhost:8080}") String publicUrl) {
        this.db = db;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.methods = methods.stream().collect(Collectors.toMap(SigningMethod::kind, m -> m));
        this.mail = mail;
        this.attachments = attachments;
        this.events = events;
        this.translations = translations;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    // ---------------------------------------------------------------- reads

    /** Where the justering of the minutes stands, for everyone signed in (the minutes are readable by all of them). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SigningStatus status(long meetingId) {
        return status(meetings.load(meetingId));
    }

    /** As {@link #status(long)} for minutes the caller has just read (the meeting view): one more statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SigningStatus status(Minutes minutes) {
        long meetingId = minutes.header().id();
        String hash = MinutesContent.sha256(minutes);
        Record r = db.select(MEETING.SIGNING_REQUESTED_AT, APP_USER.FULL_NAME,
                        multiset(select(MINUTES_SIGNATURE.SIGNER_NAME, MINUTES_SIGNATURE.SIGNER_TITLE, MINUTES_SIGNATURE.SIGNED_AT,
                                MINUTES_SIGNATURE.SIGNED_AT_OFFSET_MINUTES, MINUTES_SIGNATURE.METHOD, MINUTES_SIGNATURE.METHOD_DETAIL,
                                MINUTES_SIGNATURE.CONTENT_SHA256, MINUTES_SIGNATURE.PERSON_ID)
                                .from(MINUTES_SIGNATURE).where(MINUTES_SIGNATURE.MEETING_ID.eq(MEETING.ID))
                                .orderBy(MINUTES_SIGNATURE.SIGNED_AT, MINUTES_SIGNATURE.ID))
                                .convertFrom(rows -> rows.map(s -> new SigningStatus.Signature(s.value1(), s.value2(),
                                        atOffset(s.value3(), s.value4()), s.value5(), s.value6(), s.value7(), s.value8(),
                                        hash.equals(s.value7())))).as("signatures"),
                        multiset(select(PERSON.FULL_NAME, MINUTES_RETURN.COMMENT, MINUTES_RETURN.RETURNED_AT)
                                .from(MINUTES_RETURN).join(PERSON).on(PERSON.ID.eq(MINUTES_RETURN.PERSON_ID))
                                .where(MINUTES_RETURN.MEETING_ID.eq(MEETING.ID))
                                .orderBy(MINUTES_RETURN.RETURNED_AT.desc(), MINUTES_RETURN.ID.desc()))
                                .convertFrom(rows -> rows.map(x -> new SigningStatus.Returned(x.value1(), x.value2(), x.value3())))
                                .as("returns"),
                        multiset(select(APP_USER.as("linked").PERSON_ID).from(APP_USER.as("linked"))
                                .where(APP_USER.as("linked").PERSON_ID.in(select(MEETING_ATTENDANCE.PERSON_ID).from(MEETING_ATTENDANCE)
                                        .where(MEETING_ATTENDANCE.MEETING_ID.eq(MEETING.ID))))
                                .and(APP_USER.as("linked").ENABLED))
                                .convertFrom(rows -> Set.copyOf(rows.getValues(0, Long.class))).as("linked"),
                        DSL.field(select(ATTACHMENT.ID).from(ATTACHMENT).where(ATTACHMENT.SIGNED_MINUTES_MEETING_ID.eq(MEETING.ID))
                                .orderBy(ATTACHMENT.ID.desc()).limit(1)).as("scan_id"),
                        DSL.field(select(ATTACHMENT.FILE_NAME).from(ATTACHMENT).where(ATTACHMENT.SIGNED_MINUTES_MEETING_ID.eq(MEETING.ID))
                                .orderBy(ATTACHMENT.ID.desc()).limit(1)).as("scan_name"),
                        DSL.field(select(APP_USER.as("me").PERSON_ID).from(APP_USER.as("me"))
                                .where(APP_USER.as("me").USERNAME.eq(currentUser.username().orElse("")))).as("me"))
                .from(MEETING).leftJoin(APP_USER).on(APP_USER.ID.eq(MEETING.SIGNING_REQUESTED_BY))
                .where(MEETING.ID.eq(meetingId))
                .fetchSingle();
        @SuppressWarnings("unchecked")
        List<SigningStatus.Signature> signatures = (List<SigningStatus.Signature>) r.get("signatures");
        @SuppressWarnings("unchecked")
        List<SigningStatus.Returned> returns = (List<SigningStatus.Returned>) r.get("returns");
        @SuppressWarnings("unchecked")
        Set<Long> linked = (Set<Long>) r.get("linked");
        List<SigningStatus.Signatory> signatories = signatories(minutes).stream()
                .map(a -> new SigningStatus.Signatory(a.personId(), a.name(), a.chair(), linked.contains(a.personId()),
                        signatures.stream().filter(s -> s.current() && Objects.equals(s.personId(), a.personId()))
                                .findFirst().orElse(null)))
                .toList();
        Minutes.Header h = minutes.header();
        boolean writer = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
        boolean held = h.status() == MeetingStatus.HELD;
        OffsetDateTime requestedAt = r.get(MEETING.SIGNING_REQUESTED_AT);
        return new SigningStatus(meetingId, h.version(), held, minutes.approved(), !minutes.paragraphs().isEmpty(),
                requestedAt, r.get(APP_USER.FULL_NAME), hash, signatories, returns, signatures,
                r.get("scan_id", Long.class), r.get("scan_name", String.class), r.get("me", Long.class),
                writer && held && !minutes.approved() && requestedAt == null && !signatories.isEmpty(),
                currentUser.hasAnyRole(Role.FORBUNDSCHEF) && held && !minutes.approved() && !signatories.isEmpty());
    }

    /** The minutes waiting for the signed-in user's signature: requested, not approved, this content not yet signed. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SigningTask> myTasks() {
        // The user's person looked up inside the statement: one round trip for the start page, tasks or not.
        var person = MEETING_ATTENDANCE.PERSON_ID;
        var requested = db.select(MEETING.ID, BODY.NAME, MEETING.MEETING_DATE, MEETING.SIGNING_REQUESTED_AT, person)
                .from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .join(MEETING_ATTENDANCE).on(MEETING_ATTENDANCE.MEETING_ID.eq(MEETING.ID))
                .where(MEETING.SIGNING_REQUESTED_AT.isNotNull().and(MEETING.APPROVED_AT.isNull()))
                .and(person.eq(select(APP_USER.PERSON_ID).from(APP_USER)
                        .where(APP_USER.USERNAME.eq(currentUser.username().orElse(""))).asField()))
                .and(MEETING_ATTENDANCE.IS_CHAIR.isTrue().or(MEETING_ATTENDANCE.IS_APPROVER.isTrue()))
                .orderBy(MEETING.SIGNING_REQUESTED_AT, MEETING.ID)
                .fetch();
        // Whether this content is signed needs its hash: one read of the minutes per requested meeting (a handful).
        return requested.stream()
                .filter(r -> !signedCurrent(r.value1(), r.value5(), MinutesContent.sha256(meetings.load(r.value1()))))
                .map(r -> new SigningTask(r.value1(), r.value2(), r.value3(), r.value4()))
                .toList();
    }

    /**
     * The signatories (person ids, chair first) whose signature the minutes still wait for: those without a signature
     * of the content as it reads now. The same rule as for signing and approval, so that whoever asks (the reminders)
     * never counts a signature of an older content.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> unsignedSignatories(long meetingId) {
        Minutes minutes = meetings.load(meetingId);
        return unsigned(minutes, MinutesContent.sha256(minutes));
    }

    // ---------------------------------------------------------------- the request

    /**
     * The secretary marks held minutes ready for justering: the signatories see the task, and those linked to an
     * account with an e-mail address get a message when mail is configured. Answers how many messages went out.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public int request(long meetingId, int version) {
        Minutes minutes = meetings.load(meetingId);
        requireOpen(minutes);
        if (minutes.header().status() != MeetingStatus.HELD) {
            throw new UserFacingException("signing.error.notHeld");
        }
        if (minutes.paragraphs().isEmpty()) {
            throw new UserFacingException("signing.error.noParagraphs");
        }
        List<Minutes.Attendee> signatories = signatories(minutes);
        if (signatories.isEmpty()) {
            throw new UserFacingException("signing.error.noSignatories");
        }
        ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.SIGNING_REQUESTED_AT, DSL.currentOffsetDateTime())
                .set(MEETING.SIGNING_REQUESTED_BY, DSL.field(select(APP_USER.ID).from(APP_USER)
                        .where(APP_USER.USERNAME.eq(currentUser.requireUsername()))))
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.VERSION.eq(version)).and(MEETING.SIGNING_REQUESTED_AT.isNull()))
                .execute());
        if (!mail.isConfigured()) {
            return 0;
        }
        List<String> recipients = db.select(DSL.coalesce(APP_USER.EMAIL, PERSON.EMAIL)).from(APP_USER)
                .join(PERSON).on(PERSON.ID.eq(APP_USER.PERSON_ID))
                .where(APP_USER.PERSON_ID.in(signatories.stream().map(Minutes.Attendee::personId).toList()))
                .and(APP_USER.ENABLED)
                .and(DSL.coalesce(APP_USER.EMAIL, PERSON.EMAIL).isNotNull())
                .fetch(0, String.class);
        if (recipients.isEmpty()) {
            return 0;
        }
        Minutes.Header h = minutes.header();
        String date = se.samordnaren.common.DateFormats.iso(h.date());
        return mail.send(new OutgoingMail(recipients, sv("signing.mail.subject", h.bodyName(), date),
                sv("signing.mail.text", h.bodyName(), date, publicUrl + "/sammantraden/" + meetingId), List.of(),
                MailPurpose.SIGNING_REQUESTED, meetingId));
    }

    // ---------------------------------------------------------------- signing

    /** What a signature led to: the minutes approved by it (the last one), or still waiting for others. */
    public record Outcome(boolean approved) {
    }

    /**
     * The signed-in user signs the minutes as they read now, for the person their account is linked to, with the
     * password typed again. A wrong password writes nothing (and counts as a failed sign-in); so does a user who is
     * not a signatory, or who already signed this content. The last signature approves the minutes.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Outcome sign(long meetingId, String password) {
        return sign(meetingId, SignatureMethod.PASSWORD, password);
    }

    /** As {@link #sign(long, String)} with the given signing method (the extension point: {@link SigningMethod}). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Outcome sign(long meetingId, SignatureMethod method, String secret) {
        SigningMethod signing = methods.get(method);
        if (signing == null) {
            throw new UserFacingException("signing.error.method");
        }
        lockRequested(meetingId);
        Minutes minutes = meetings.load(meetingId);
        SigningMethod.Signer signer = signer();
        Minutes.Attendee signatory = signatory(minutes, signer.personId());
        String hash = MinutesContent.sha256(minutes);
        if (signedCurrent(meetingId, signer.personId(), hash)) {
            throw new UserFacingException("signing.error.alreadySigned");
        }
        String detail = signing.confirm(signer, hash, secret);
        OffsetDateTime now = OffsetDateTime.now(SWEDEN);
        db.insertInto(MINUTES_SIGNATURE)
                .set(MINUTES_SIGNATURE.MEETING_ID, meetingId)
                .set(MINUTES_SIGNATURE.SIGNER_NAME, signatory.name())
                .set(MINUTES_SIGNATURE.SIGNER_TITLE, title(signatory))
                .set(MINUTES_SIGNATURE.PERSON_ID, signer.personId())
                .set(MINUTES_SIGNATURE.SIGNED_AT, now)
                .set(MINUTES_SIGNATURE.SIGNED_AT_OFFSET_MINUTES, now.getOffset().getTotalSeconds() / 60)
                .set(MINUTES_SIGNATURE.METHOD, method)
                .set(MINUTES_SIGNATURE.METHOD_DETAIL, Texts.requireMaxLength(detail, Texts.SHORT, "signing.methodDetail"))
                .set(MINUTES_SIGNATURE.CONTENT_SHA256, hash)
                .set(MINUTES_SIGNATURE.SIGNED_BY_USER_ID, signer.userId())
                .execute();
        boolean everyone = unsigned(minutes, hash).isEmpty();
        if (everyone) {
            approve(meetingId, now.toLocalDate(), sv("signing.approvalPlace"), signer.userId());
        }
        return new Outcome(everyone);
    }

    /**
     * A signatory sends the minutes back with a comment instead of signing: the request ends, the secretary reads the
     * comment in the meeting view, corrects the minutes and asks again.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void returnMinutes(long meetingId, String comment) {
        String text = Texts.requireMaxLength(Texts.blankToNull(comment), Texts.LONG, "signing.return.comment");
        if (text == null) {
            throw new UserFacingException("signing.error.commentRequired");
        }
        lockRequested(meetingId);
        Minutes minutes = meetings.load(meetingId);
        SigningMethod.Signer signer = signer();
        signatory(minutes, signer.personId());
        db.insertInto(MINUTES_RETURN)
                .set(MINUTES_RETURN.MEETING_ID, meetingId)
                .set(MINUTES_RETURN.PERSON_ID, signer.personId())
                .set(MINUTES_RETURN.RETURNED_BY, signer.userId())
                .set(MINUTES_RETURN.COMMENT, text)
                .execute();
        db.update(MEETING)
                .setNull(MEETING.SIGNING_REQUESTED_AT)
                .setNull(MEETING.SIGNING_REQUESTED_BY)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId))
                .execute();
    }

    // ---------------------------------------------------------------- paper

    /**
     * Minutes signed on paper: every signatory with the day they signed (PAPER signatures, with the hash of the
     * content as it reads now), the scanned signed protocol kept with the meeting, and the minutes approved as of the
     * last signature's day. Only the förbundschef approves.
     */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public void recordPaperSigning(long meetingId, int version, Collection<PaperSignature> signed, String scanFileName,
                                   byte[] scan, String approvalPlace) {
        Minutes minutes = meetings.load(meetingId);
        requireOpen(minutes);
        if (minutes.header().version() != version) {
            throw new ConcurrentEditException();
        }
        if (minutes.header().status() != MeetingStatus.HELD) {
            throw new UserFacingException("signing.error.notHeld");
        }
        List<Minutes.Attendee> signatories = signatories(minutes);
        if (signatories.isEmpty()) {
            throw new UserFacingException("signing.error.noSignatories");
        }
        Map<Long, LocalDate> days = new HashMap<>();
        for (PaperSignature s : signed == null ? List.<PaperSignature>of() : signed) {
            if (s.signedOn() != null) {
                days.put(s.personId(), s.signedOn());
            }
        }
        LocalDate today = LocalDate.now(SWEDEN);
        for (Minutes.Attendee a : signatories) {
            LocalDate day = days.get(a.personId());
            if (day == null) {
                throw new UserFacingException("signing.error.paperDateRequired", a.name());
            }
            if (day.isBefore(minutes.header().date()) || day.isAfter(today)) {
                throw new UserFacingException("signing.error.paperDate", a.name());
            }
        }
        if (scan == null || scan.length == 0) {
            throw new UserFacingException("signing.error.scanRequired");
        }
        String place = Texts.requireMaxLength(Texts.blankToNull(approvalPlace), Texts.SHORT, "meeting.approval.place");
        attachments.addSignedMinutes(meetingId, scanFileName, scan);
        String hash = MinutesContent.sha256(minutes);
        String detail = Texts.requireMaxLength(sv("signing.paperDetail", scanFileName == null ? "" : scanFileName.trim()),
                Texts.SHORT, "signing.methodDetail");
        LocalDate last = null;
        for (Minutes.Attendee a : signatories) {
            LocalDate day = days.get(a.personId());
            last = last == null || day.isAfter(last) ? day : last;
            OffsetDateTime at = day.atStartOfDay(SWEDEN).toOffsetDateTime();
            db.insertInto(MINUTES_SIGNATURE)
                    .set(MINUTES_SIGNATURE.MEETING_ID, meetingId)
                    .set(MINUTES_SIGNATURE.SIGNER_NAME, a.name())
                    .set(MINUTES_SIGNATURE.SIGNER_TITLE, title(a))
                    .set(MINUTES_SIGNATURE.PERSON_ID, a.personId())
                    .set(MINUTES_SIGNATURE.SIGNED_AT, at)
                    .set(MINUTES_SIGNATURE.SIGNED_AT_OFFSET_MINUTES, at.getOffset().getTotalSeconds() / 60)
                    .set(MINUTES_SIGNATURE.METHOD, SignatureMethod.PAPER)
                    .set(MINUTES_SIGNATURE.METHOD_DETAIL, detail)
                    .set(MINUTES_SIGNATURE.CONTENT_SHA256, hash)
                    .onConflictDoNothing()
                    .execute();
        }
        approve(meetingId, last, place, db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.USERNAME.eq(currentUser.requireUsername())).fetchSingle(APP_USER.ID));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The approval, as MeetingService.approve makes it: in this statement the database copies the names onto the
     * minutes and from it on locks them; then {@link MinutesApproved} has the protocol PDF rendered and stored in this
     * transaction. The request ends with it.
     */
    private void approve(long meetingId, LocalDate approvalDate, String place, long approverUserId) {
        ConcurrentEditException.requireUpdated(db.update(MEETING)
                .set(MEETING.APPROVAL_DATE, approvalDate)
                .set(MEETING.APPROVAL_PLACE, place)
                .set(MEETING.APPROVED_AT, DSL.currentOffsetDateTime())
                .set(MEETING.APPROVED_BY, approverUserId)
                .setNull(MEETING.SIGNING_REQUESTED_AT)
                .setNull(MEETING.SIGNING_REQUESTED_BY)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.APPROVED_AT.isNull()))
                .execute());
        events.publishEvent(new MinutesApproved(meetingId));
    }

    /** Locks the meeting's row for this transaction (two last signatures at once: one approves) and checks the request. */
    private void lockRequested(long meetingId) {
        Record row = db.select(MEETING.APPROVED_AT, MEETING.SIGNING_REQUESTED_AT).from(MEETING)
                .where(MEETING.ID.eq(meetingId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new UserFacingException("meeting.error.notFound"));
        if (row.get(MEETING.APPROVED_AT) != null) {
            throw new UserFacingException("meeting.error.locked");
        }
        if (row.get(MEETING.SIGNING_REQUESTED_AT) == null) {
            throw new UserFacingException("signing.error.notRequested");
        }
    }

    private SigningMethod.Signer signer() {
        String username = currentUser.requireUsername();
        return db.select(APP_USER.ID, APP_USER.PERSON_ID, APP_USER.PASSWORD_HASH).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> r.value2() == null ? null : new SigningMethod.Signer(r.value1(), username, r.value2(), r.value3()))
                .orElseThrow(() -> new UserFacingException("signing.error.noPerson"));
    }

    /** The signer's line among the minutes' signatories, or the clear refusal. */
    private static Minutes.Attendee signatory(Minutes minutes, long personId) {
        return signatories(minutes).stream().filter(a -> a.personId() == personId).findFirst()
                .orElseThrow(() -> new UserFacingException("signing.error.notSignatory"));
    }

    /** The chair first, then the justerare, in the protocol's order. */
    static List<Minutes.Attendee> signatories(Minutes minutes) {
        List<Minutes.Attendee> list = new ArrayList<>(minutes.attendees().stream().filter(Minutes.Attendee::chair).toList());
        minutes.attendees().stream().filter(a -> a.approver() && !a.chair()).forEach(list::add);
        return list;
    }

    private boolean signedCurrent(long meetingId, long personId, String hash) {
        return db.fetchExists(MINUTES_SIGNATURE, MINUTES_SIGNATURE.MEETING_ID.eq(meetingId)
                .and(MINUTES_SIGNATURE.PERSON_ID.eq(personId)).and(counts(hash)));
    }

    /** The signatories without a signature that counts, in one statement. */
    private List<Long> unsigned(Minutes minutes, String hash) {
        Set<Long> signed = Set.copyOf(db.select(MINUTES_SIGNATURE.PERSON_ID).from(MINUTES_SIGNATURE)
                .where(MINUTES_SIGNATURE.MEETING_ID.eq(minutes.header().id()).and(MINUTES_SIGNATURE.PERSON_ID.isNotNull()))
                .and(counts(hash))
                .fetch(MINUTES_SIGNATURE.PERSON_ID));
        return signatories(minutes).stream().map(Minutes.Attendee::personId).filter(p -> !signed.contains(p))
                .distinct().toList();
    }

    /**
     * What counts as a signature: one of the content as it reads now (its hash). A change after a signature leaves
     * that signature in the record but no longer counting; a signature without a hash (imported) never counts here.
     */
    private static org.jooq.Condition counts(String hash) {
        return MINUTES_SIGNATURE.CONTENT_SHA256.eq(hash);
    }

    private String title(Minutes.Attendee a) {
        return sv(a.chair() ? "signing.title.chair" : "signing.title.approver");
    }

    private static void requireOpen(Minutes minutes) {
        if (minutes.approved()) {
            throw new UserFacingException("meeting.error.locked");
        }
    }

    /** Texts written into the record or sent are Swedish, whatever the user's language. */
    private String sv(String key, Object... args) {
        return translations.getTranslation(key, SWEDISH, args);
    }

    static OffsetDateTime atOffset(OffsetDateTime moment, Integer offsetMinutes) {
        return moment.withOffsetSameInstant(ZoneOffset.ofTotalSeconds((offsetMinutes == null ? 0 : offsetMinutes) * 60));
    }
}
