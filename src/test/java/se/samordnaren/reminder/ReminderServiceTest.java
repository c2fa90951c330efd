package se.samordnaren.reminder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.signing.MinutesContent;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.REMINDER;

/** Reminders for follow-ups due before the next meeting and for signatures outstanding: made once, shown until seen. */
@WithMockUser(username = "justerare", roles = "STYRELSE")
class ReminderServiceTest extends DatabaseTest {

    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderJob job;
    @Autowired
    MeetingService meetings;

    long board;
    long responsible;
    long chair;
    long justerare;
    long signingMeeting;

    @BeforeEach
    void boardWithFollowUpsAndMinutesToSign() {
        board = data.body(data.name("Styrelsen"));
        responsible = data.person(data.name("Rut Ansvarig"));
        chair = data.person(data.name("Olle Ordförande"));
        justerare = data.person(data.name("Jenny Justerare"));
        data.ensureUser("justerare", Role.STYRELSE);
        data.linkUser("justerare", justerare);
        data.ensureUser("ansvarig", Role.SEKRETERARE);
        data.linkUser("ansvarig", responsible);

        long decided = data.heldMeeting(board, LocalDate.of(2021, 1, 15), "Kristallen");
        long decision = data.decision(data.item(decided, 1, "Uppdrag till kansliet", null), se.samordnaren.meeting.DecisionOutcome.APPROVED, "Att ge kansliet i uppdrag");
        data.meeting(board, LocalDate.of(2021, 3, 19), "Kristallen", MeetingStatus.PLANNED);
        data.followUp(decision, "Rapportera om AMA-analysen", responsible, LocalDate.of(2021, 3, 1));
        data.followUp(decision, "Rapportera om IRIS efter sommaren", responsible, LocalDate.of(2021, 5, 1));
        data.followUp(decision, "Ingen ansvarig", null, LocalDate.of(2021, 3, 1));

        signingMeeting = data.heldMeeting(board, LocalDate.of(2021, 2, 12), "Kristallen");
        data.attend(signingMeeting, chair, AttendanceRole.DECISION_MAKER, "Lunds kommun", true, false, 1);
        data.attend(signingMeeting, justerare, AttendanceRole.DECISION_MAKER, "Region Skåne", false, true, 2);
        data.signingRequested(signingMeeting, OffsetDateTime.of(2021, 2, 15, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
    }

    @Test
    void a_follow_up_due_before_the_bodys_next_meeting_reminds_its_responsible_person_once() {
        long before = data.maxAuditId();
        ReminderService.Run first = job.run(LocalDate.of(2021, 2, 16));
        ReminderService.Run second = job.run(LocalDate.of(2021, 2, 17));

        assertThat(first.followUps()).isEqualTo(1);
        assertThat(second.followUps()).as("once, not every day").isZero();
        assertThat(db.fetchCount(REMINDER, REMINDER.KIND.eq(ReminderKind.FOLLOW_UP_DUE))).isEqualTo(1);
        var reminder = db.selectFrom(REMINDER).where(REMINDER.KIND.eq(ReminderKind.FOLLOW_UP_DUE)).fetchSingle();
        assertThat(reminder.getPersonId()).isEqualTo(responsible);
        assertThat(reminder.getDueOn()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(db.fetchValues(db.select(AUDIT_LOG.USERNAME).from(AUDIT_LOG).where(AUDIT_LOG.TABLE_NAME.eq("reminder"))
                .and(AUDIT_LOG.ID.gt(before))
                .and(AUDIT_LOG.ROW_KEY.eq(String.valueOf(reminder.getId()))))).containsExactly("system:paminnelser");
    }

    @Test
    void without_a_planned_meeting_a_follow_up_is_reminded_two_weeks_ahead() {
        long other = data.body(data.name("Beredningsgruppen"));
        long decided = data.heldMeeting(other, LocalDate.of(2021, 1, 20), "Kristallen");
        long decision = data.decision(data.item(decided, 1, "Uppdrag", null), se.samordnaren.meeting.DecisionOutcome.APPROVED, "Att utreda");
        long soon = data.followUp(decision, "Snart", responsible, LocalDate.of(2021, 6, 10));
        long later = data.followUp(decision, "Senare", responsible, LocalDate.of(2021, 6, 30));

        job.run(LocalDate.of(2021, 6, 1));

        assertThat(db.fetchValues(db.select(REMINDER.SUBJECT_ID).from(REMINDER).where(REMINDER.KIND.eq(ReminderKind.FOLLOW_UP_DUE))))
                .contains(soon).doesNotContain(later);
    }

    @Test
    void a_signatory_without_a_signature_of_the_current_content_is_reminded_after_the_associations_days() {
        // The justerare signed after the request, then a § was added: that signature is of an older content and no
        // longer counts (the signing rule). The chair signed the content as it reads now.
        data.signedOnPaper(signingMeeting, justerare, "Jenny", OffsetDateTime.of(2021, 2, 15, 14, 0, 0, 0, ZoneOffset.ofHours(1)),
                contentHash());
        data.item(signingMeeting, 1, "Sammanträdet öppnas", "Rättad efter justerarens underskrift.");
        data.signedOnPaper(signingMeeting, chair, "Olle", OffsetDateTime.of(2021, 2, 16, 9, 0, 0, 0, ZoneOffset.ofHours(1)),
                contentHash());

        assertThat(job.run(LocalDate.of(2021, 2, 17)).signatures()).as("two days after the request").isZero();
        assertThat(job.run(LocalDate.of(2021, 2, 18)).signatures()).isEqualTo(1);
        assertThat(job.run(LocalDate.of(2021, 2, 19)).signatures()).as("once").isZero();

        var reminder = db.selectFrom(REMINDER).where(REMINDER.KIND.eq(ReminderKind.SIGNATURE_OUTSTANDING)).fetchSingle();
        assertThat(reminder.getPersonId()).as("the justerare, whose signature is of the older content").isEqualTo(justerare);
        assertThat(reminder.getSubjectId()).isEqualTo(signingMeeting);
        assertThat(reminder.getDueOn()).isEqualTo(LocalDate.of(2021, 2, 18));
    }

    @Test
    void a_signature_of_the_current_content_counts_whenever_given_and_one_without_a_hash_never() {
        // Signed before a return and a new request of the same content: the signing service refuses a second
        // signature of it, so the reminder must not ask for one. A signature without a hash (imported) is not one of
        // this content.
        String hash = contentHash();
        data.signedOnPaper(signingMeeting, chair, "Olle", OffsetDateTime.of(2021, 2, 14, 9, 0, 0, 0, ZoneOffset.ofHours(1)), hash);
        data.signedOnPaper(signingMeeting, justerare, "Jenny", OffsetDateTime.of(2021, 2, 16, 9, 0, 0, 0, ZoneOffset.ofHours(1)));

        assertThat(job.run(LocalDate.of(2021, 2, 18)).signatures()).isEqualTo(1);
        assertThat(db.fetchValues(db.select(REMINDER.PERSON_ID).from(REMINDER)
                .where(REMINDER.KIND.eq(ReminderKind.SIGNATURE_OUTSTANDING)))).containsExactly(justerare);
    }

    /** The SHA-256 of the signing meeting's minutes as they read now (what a signature of them records). */
    private String contentHash() {
        return MinutesContent.sha256(meetings.load(signingMeeting));
    }

    @Test
    void the_linked_user_sees_their_reminders_until_marked_seen_and_nobody_else_can_mark_them() {
        job.run(LocalDate.of(2021, 2, 18));

        var mine = reminders.mine();
        assertThat(mine).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReminderKind.SIGNATURE_OUTSTANDING);
            assertThat(r.subject()).isEqualTo(data.name("Styrelsen"));
            assertThat(r.meetingDate()).isEqualTo(LocalDate.of(2021, 2, 12));
            assertThat(r.href()).isEqualTo("sammantraden/" + signingMeeting);
        });
        long followUpReminder = db.select(REMINDER.ID).from(REMINDER).where(REMINDER.KIND.eq(ReminderKind.FOLLOW_UP_DUE)).fetchSingle().value1();
        assertThatThrownBy(() -> reminders.markSeen(followUpReminder, 1)).as("another person's reminder")
                .isInstanceOf(ConcurrentEditException.class);

        reminders.markSeen(mine.getFirst().id(), mine.getFirst().version());

        assertThat(reminders.mine()).isEmpty();
        assertThat(job.run(LocalDate.of(2021, 2, 19)).signatures()).as("seen is not made again").isZero();
    }

    @Test
    @WithMockUser(username = "utan-person", roles = "FORBUNDSCHEF")
    void an_account_without_a_person_has_no_reminders() {
        data.ensureUser("utan-person", Role.FORBUNDSCHEF);
        job.run(LocalDate.of(2021, 2, 18));

        assertThat(reminders.mine()).isEmpty();
    }

    @Test
    void with_mail_configured_each_reminder_is_mailed_once() {
        data.email(justerare, "jenny@example.se");

        assertThat(job.run(LocalDate.of(2021, 2, 18)).mailed()).isEqualTo(1);
        assertThat(se.samordnaren.testsupport.TestMail.recipients()).containsExactly("jenny@example.se");
        assertThat(db.fetchCount(REMINDER, REMINDER.EMAILED_AT.isNotNull())).isEqualTo(1);

        assertThat(job.run(LocalDate.of(2021, 2, 19)).mailed()).as("mailed once, not every day").isZero();
        assertThat(se.samordnaren.testsupport.TestMail.received()).hasSize(1);
    }
}
