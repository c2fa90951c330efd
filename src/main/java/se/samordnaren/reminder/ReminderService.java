package se.samordnaren.reminder;

import com.vaadin.flow.i18n.I18NProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.DateFormats;
import se.samordnaren.decision.FollowUpStatus;
import se.samordnaren.mail.MailPurpose;
import se.samordnaren.mail.MailService;
import se.samordnaren.mail.OutgoingMail;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.signing.SigningService;
import se.samordnaren.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;

import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.APP_USER;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.FOLLOW_UP;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.PERSON;
import static se.samordnaren.db.Tables.REMINDER;

/**
 * Reminders to people of the register, made once each (reminder_once: kind, subject, person) by the daily job
 * ({@link ReminderJob}, as "system:paminnelser"):
 * <ul>
 *     <li>FOLLOW_UP_DUE: an open follow-up or report-back with a responsible person, due (its date, or the date of the
 *     meeting it is to be reported at) on or before the next planned meeting of the body it reports to — or within
 *     {@value #DAYS_AHEAD_WITHOUT_MEETING} days when that body has no meeting planned;</li>
 *     <li>SIGNATURE_OUTSTANDING: minutes sent for signing (meeting.signing_requested_at) more than the association's
 *     signature_reminder_days ago, not yet approved, and the chair or a justerare of the meeting has no signature of
 *     the minutes as they read now.</li>
 * </ul>
 * Whose signature counts is the signing feature's one rule ({@link SigningService#unsignedSignatories}): a signature of
 * the current content (its SHA-256), so a change after a signature asks for it again.
 * Each reminder shows on the start page of the user linked to the person (app_user.person_id) until marked seen, and
 * is e-mailed once to the person's address when mail is configured.
 */
@Service
public class ReminderService {

    static final int DAYS_AHEAD_WITHOUT_MEETING = 14;

    private final DSLContext db;
    private final CurrentUser currentUser;
    private final MailService mail;
    private final SigningService signing;
    private final I18NProvider translations;
    private final String publicUrl;

    ReminderService(DSLContext db, CurrentUser currentUser, MailService mail, SigningService signing,
                    I18NProvider translations,
                    @Value("${samordnaren.public-url:http://localhost:8080}") String publicUrl) {
        this.db = db;
        this.currentUser = currentUser;
        this.mail = mail;
        this.signing = signing;
        this.translations = translations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The signed-in user's reminders not yet seen, the earliest due first; none for an account without a person. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Reminder> mine() {
        return reminders(REMINDER.PERSON_ID.eq(ownPerson()).and(REMINDER.SEEN_AT.isNull()));
    }

    /** Marks one of the signed-in user's own reminders as seen; it no longer shows. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markSeen(long reminderId, int version) {
        ConcurrentEditException.requireUpdated(db.update(REMINDER)
                .set(REMINDER.SEEN_AT, DSL.currentOffsetDateTime())
                .set(REMINDER.VERSION, REMINDER.VERSION.plus(1))
                .where(REMINDER.ID.eq(reminderId).and(REMINDER.VERSION.eq(version))
                        .and(REMINDER.PERSON_ID.eq(ownPerson())))
                .execute());
    }

    private Field<Long> ownPerson() {
        return DSL.field(DSL.select(APP_USER.PERSON_ID).from(APP_USER)
                .where(APP_USER.USERNAME.eq(currentUser.requireUsername())));
    }

    /** Reminders with what they are about, in one statement. */
    private List<Reminder> reminders(org.jooq.Condition where) {
        var followUpMeeting = MEETING.as("follow_up_meeting");
        var followUpBody = BODY.as("follow_up_body");
        var signingMeeting = MEETING.as("signing_meeting");
        var signingBody = BODY.as("signing_body");
        Field<String> subject = DSL.coalesce(FOLLOW_UP.DESCRIPTION, signingBody.NAME);
        Field<LocalDate> meetingDate = DSL.coalesce(signingMeeting.MEETING_DATE, followUpMeeting.MEETING_DATE);
        Field<Long> meetingId = DSL.coalesce(signingMeeting.ID, followUpMeeting.ID);
        return db.select(REMINDER.ID, REMINDER.VERSION, REMINDER.KIND, REMINDER.SUBJECT_ID, REMINDER.DUE_ON, subject,
                        meetingDate, meetingId)
                .from(REMINDER)
                .leftJoin(FOLLOW_UP).on(REMINDER.KIND.eq(ReminderKind.FOLLOW_UP_DUE).and(FOLLOW_UP.ID.eq(REMINDER.SUBJECT_ID)))
                .leftJoin(DECISION).on(DECISION.ID.eq(FOLLOW_UP.DECISION_ID))
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .leftJoin(followUpMeeting).on(followUpMeeting.ID.eq(AGENDA_ITEM.MEETING_ID))
                .leftJoin(followUpBody).on(followUpBody.ID.eq(followUpMeeting.BODY_ID))
                .leftJoin(signingMeeting).on(REMINDER.KIND.ne(ReminderKind.FOLLOW_UP_DUE).and(signingMeeting.ID.eq(REMINDER.SUBJECT_ID)))
                .leftJoin(signingBody).on(signingBody.ID.eq(signingMeeting.BODY_ID))
                .where(where)
                .orderBy(REMINDER.DUE_ON.asc().nullsLast(), REMINDER.ID)
                .fetch(r -> new Reminder(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? "" : r.value6(), r.value7(),
                        r.value3() == ReminderKind.FOLLOW_UP_DUE ? "uppfoljning"
                                : r.value8() == null ? "" : "sammantraden/" + r.value8()));
    }

    /** What one run made and mailed. */
    record Run(int followUps, int signatures, int mailed) {
    }

    /** The daily job's work, as "system:paminnelser": make what is due today (once), then mail the new ones. */
    Run run(LocalDate today) {
        int followUps = remindFollowUps(today);
        int signatures = remindSignatures(today);
        int mailed = mailUnsent();
        return new Run(followUps, signatures, mailed);
    }

    @Transactional
    int remindFollowUps(LocalDate today) {
        var decided = MEETING.as("decided_at");
        var dueMeeting = MEETING.as("due_meeting");
        var next = MEETING.as("next_meeting");
        Field<LocalDate> dueOn = DSL.coalesce(FOLLOW_UP.DUE_DATE, dueMeeting.MEETING_DATE);
        Field<Long> reportsTo = DSL.coalesce(dueMeeting.BODY_ID, decided.BODY_ID);
        Field<LocalDate> nextMeeting = DSL.field(DSL.select(DSL.min(next.MEETING_DATE)).from(next)
                .where(next.BODY_ID.eq(reportsTo).and(next.STATUS.eq(MeetingStatus.PLANNED))
                        .and(next.MEETING_DATE.ge(today))));
        Field<LocalDate> horizon = DSL.coalesce(nextMeeting, DSL.val(today.plusDays(DAYS_AHEAD_WITHOUT_MEETING)));
        return db.insertInto(REMINDER, REMINDER.KIND, REMINDER.SUBJECT_ID, REMINDER.PERSON_ID, REMINDER.DUE_ON)
                .select(DSL.select(DSL.val(ReminderKind.FOLLOW_UP_DUE, REMINDER.KIND), FOLLOW_UP.ID,
                                FOLLOW_UP.RESPONSIBLE_PERSON_ID, dueOn)
                        .from(FOLLOW_UP)
                        .join(DECISION).on(DECISION.ID.eq(FOLLOW_UP.DECISION_ID))
                        .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                        .join(decided).on(decided.ID.eq(AGENDA_ITEM.MEETING_ID))
                        .leftJoin(dueMeeting).on(dueMeeting.ID.eq(FOLLOW_UP.DUE_MEETING_ID))
                        .where(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN))
                        .and(FOLLOW_UP.RESPONSIBLE_PERSON_ID.isNotNull())
                        .and(dueOn.isNotNull())
                        .and(dueOn.le(horizon)))
                .onConflictDoNothing()
                .execute();
    }

    /**
     * Minutes sent for signing the association's days ago and not approved: each signatory whose signature they
     * still wait for is reminded. Whose signature counts is the signing feature's rule
     * ({@link SigningService#unsignedSignatories}: a signature of the content as it reads now), asked per meeting —
     * the content hash is computed from the minutes, not in SQL; the meetings out for justering are a handful.
     */
    @Transactional
    int remindSignatures(LocalDate today) {
        Field<Integer> days = DSL.field(DSL.select(ASSOCIATION.SIGNATURE_REMINDER_DAYS).from(ASSOCIATION)
                .where(ASSOCIATION.ID.eq(1)));
        Field<LocalDate> requestedOn = DSL.field("({0} at time zone 'Europe/Stockholm')::date", LocalDate.class,
                MEETING.SIGNING_REQUESTED_AT);
        Field<LocalDate> dueOn = DSL.localDateAdd(requestedOn, days);
        var due = db.select(MEETING.ID, dueOn).from(MEETING)
                .where(MEETING.SIGNING_REQUESTED_AT.isNotNull())
                .and(MEETING.APPROVED_AT.isNull())
                .and(dueOn.le(today))
                .orderBy(MEETING.ID)
                .fetch();
        int made = 0;
        for (var meeting : due) {
            for (long person : signing.unsignedSignatories(meeting.value1())) {
                made += db.insertInto(REMINDER, REMINDER.KIND, REMINDER.SUBJECT_ID, REMINDER.PERSON_ID, REMINDER.DUE_ON)
                        .values(ReminderKind.SIGNATURE_OUTSTANDING, meeting.value1(), person, meeting.value2())
                        .onConflictDoNothing()
                        .execute();
            }
        }
        return made;
    }

    /**
     * Mails every unseen reminder not yet mailed to its person's address (when mail is configured and the person has
     * one), each once: emailed_at claims the reminder before it is sent (so two nodes never both mail it) and is given
     * back when the SMTP server did not accept the message, which leaves the reminder for the next run.
     */
    int mailUnsent() {
        if (!mail.isConfigured()) {
            return 0;
        }
        var unsent = db.select(REMINDER.ID, PERSON.EMAIL).from(REMINDER).join(PERSON).on(PERSON.ID.eq(REMINDER.PERSON_ID))
                .where(REMINDER.EMAILED_AT.isNull().and(REMINDER.SEEN_AT.isNull()))
                .and(PERSON.EMAIL.isNotNull().and(DSL.trim(PERSON.EMAIL).ne("")))
                .fetchMap(REMINDER.ID, PERSON.EMAIL);
        if (unsent.isEmpty()) {
            return 0;
        }
        int mailed = 0;
        for (Reminder r : reminders(REMINDER.ID.in(unsent.keySet()))) {
            String subject = text("reminder.mail.subject." + r.kind().name(), r.subject(), date(r.meetingDate()));
            String body = text("reminder.mail.text." + r.kind().name(), r.subject(), date(r.meetingDate()), date(r.dueOn()),
                    publicUrl + "/" + r.href());
            Long meetingId = r.kind() == ReminderKind.FOLLOW_UP_DUE ? null : r.subjectId();
            // Claimed before it is sent, so that two nodes running the job at once never both mail it; given back
            // for the next run when the SMTP server did not take it.
            if (db.update(REMINDER).set(REMINDER.EMAILED_AT, DSL.currentOffsetDateTime())
                    .where(REMINDER.ID.eq(r.id()).and(REMINDER.EMAILED_AT.isNull())).execute() == 0) {
                continue;
            }
            if (mail.send(new OutgoingMail(List.of(unsent.get(r.id()).strip()), subject, body, List.of(),
                    MailPurpose.REMINDER, meetingId)) > 0) {
                mailed++;
            } else {
                db.update(REMINDER).setNull(REMINDER.EMAILED_AT).where(REMINDER.ID.eq(r.id())).execute();
            }
        }
        return mailed;
    }

    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, DateFormats.SWEDISH, arguments);
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : DateFormats.iso(date);
    }
}
