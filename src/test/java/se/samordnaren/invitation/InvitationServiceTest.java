package se.samordnaren.invitation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.mail.MailPurpose;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.people.AppointmentRole;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.testsupport.TestMail;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_INVITATION;
import static se.samordnaren.db.Tables.SENT_MAIL;

@WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
class InvitationServiceTest extends DatabaseTest {

    static final LocalDate DATE = LocalDate.of(2021, 6, 11);

    @Autowired
    InvitationService invitations;

    long board;
    long meeting;
    long amaPaper;

    @BeforeEach
    void lundsBoardMeeting() {
        board = data.body("Styrelsen");
        long chair = data.invitee("Göran Wallén", "goran.wallen@example.se");
        long member = data.invitee("Annika Sundell", "annika.sundell@example.se");
        long memberWithoutAddress = data.person("Caterina Holmström");
        long substitute = data.invitee("Thomas Eng", "thomas.eng@example.se");
        long former = data.invitee("Tidigare Ledamot", "tidigare@example.se");
        long secretary = data.invitee("Bengt Selander", "bengt.selander@example.se");
        data.appointment(chair, board, AppointmentRole.CHAIR, null, LocalDate.of(2019, 1, 1), null);
        data.appointment(chair, board, AppointmentRole.MEMBER, null, LocalDate.of(2019, 1, 1), null);
        data.appointment(member, board, AppointmentRole.MEMBER, null, LocalDate.of(2019, 1, 1), null);
        data.appointment(memberWithoutAddress, board, AppointmentRole.MEMBER, null, LocalDate.of(2019, 1, 1), null);
        data.appointment(substitute, board, AppointmentRole.SUBSTITUTE, null, LocalDate.of(2019, 1, 1), null);
        data.appointment(former, board, AppointmentRole.MEMBER, null, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));
        data.appointment(secretary, board, AppointmentRole.SECRETARY, null, LocalDate.of(2019, 1, 1), null);
        meeting = data.meeting(board, DATE, "Kommunhuset Kristallen, Lund", MeetingStatus.PLANNED);
        db.update(MEETING).set(MEETING.START_TIME, LocalTime.of(9, 0)).set(MEETING.END_TIME, LocalTime.of(12, 0))
                .where(MEETING.ID.eq(meeting)).execute();
        data.kallelsePoint(meeting, 1, "Mötets öppnande", null, null);
        long ama = data.kallelsePoint(meeting, 2, "Återrapport AMA", "Återremitterad vid § 9 den 19 mars 2021.",
                "godkänna återrapporten\nlägga rapporten till handlingarna");
        amaPaper = data.kallelsePaper(ama, "AMA-rapport 2021.pdf");
        data.kallelsePaper(ama, "Budget AMA.pdf");
    }

    @Test
    void the_kallelse_prints_body_date_time_place_agenda_proposals_papers_and_who_is_called() throws IOException {
        var revision = invitations.produce(meeting, null);

        assertThat(revision.revision()).isEqualTo(1);
        String text = text(invitations.pdf(meeting, null).orElseThrow().content());
        assertThat(text).contains("KALLELSE", "Kallelse till sammanträde med Styrelsen", "fredagen den 11 juni 2021",
                "kl. 09.00–12.00", "Kommunhuset Kristallen, Lund", "Föredragningslista", "1. Mötets öppnande",
                "2. Återrapport AMA", "Förslag till beslut:", "Att godkänna återrapporten",
                "Att lägga rapporten till handlingarna", "AMA-rapport 2021.pdf", "Budget AMA.pdf", "till punkt 2",
                "Göran Wallén, ordförande", "Annika Sundell", "Caterina Holmström", "Thomas Eng", "Sida 1 av");
        assertThat(text).doesNotContain("Reviderad kallelse", "Tidigare Ledamot", "Bengt Selander");
        assertThat(text.indexOf("Göran Wallén")).isEqualTo(text.lastIndexOf("Göran Wallén"));
    }

    @Test
    void a_digital_meeting_prints_its_link() throws IOException {
        db.update(MEETING).set(MEETING.IS_DIGITAL, true).set(MEETING.LOCATION, "https://teams.example.se/styrelsen")
                .where(MEETING.ID.eq(meeting)).execute();

        invitations.produce(meeting, null);

        assertThat(text(invitations.pdf(meeting, 1).orElseThrow().content()))
                .contains("Länk (digitalt möte)", "https://teams.example.se/styrelsen");
    }

    @Test
    void a_later_revision_needs_a_change_note_and_is_marked_with_its_version_and_note() throws IOException {
        invitations.produce(meeting, null);

        assertThatThrownBy(() -> invitations.produce(meeting, "  "))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("invitation.error.changeNoteNeeded");
        var second = invitations.produce(meeting, "Punkt 2 har fått ett nytt förslag till beslut.");

        assertThat(second.revision()).isEqualTo(2);
        String text = text(invitations.pdf(meeting, null).orElseThrow().content());
        assertThat(text).contains("Reviderad kallelse, version 2", "Ändring: Punkt 2 har fått ett nytt förslag till beslut.");
        assertThat(text(invitations.pdf(meeting, 1).orElseThrow().content())).doesNotContain("Reviderad");
        assertThat(invitations.pdf(meeting, null).orElseThrow().filename())
                .isEqualTo("kallelse-styrelsen-2021-06-11-version-2.pdf");
        assertThat(invitations.overview(meeting).orElseThrow().revisions())
                .extracting(InvitationService.Revision::revision).containsExactly(2, 1);
    }

    @Test
    void sending_mails_the_kallelse_to_members_and_substitutes_with_an_address_and_records_it() throws Exception {
        var result = invitations.send(meeting);

        assertThat(result.revision()).isEqualTo(1);
        assertThat(result.sent()).isEqualTo(3);
        assertThat(result.missingEmail()).containsExactly("Caterina Holmström");
        var messages = TestMail.waitFor(3);
        assertThat(TestMail.recipients()).containsExactly("annika.sundell@example.se", "goran.wallen@example.se",
                "thomas.eng@example.se");
        var first = messages.getFirst();
        assertThat(first.getSubject()).isEqualTo("Kallelse: Styrelsen 2021-06-11");
        assertThat(TestMail.text(first)).contains("fredagen den 11 juni 2021", "/kallelse/" + meeting + "/1.pdf",
                "AMA-rapport 2021.pdf", "/bilagor/" + amaPaper);
        var attachments = TestMail.attachments(first);
        assertThat(attachments).extracting(TestMail.Attachment::fileName).containsExactly("kallelse-styrelsen-2021-06-11.pdf");
        assertThat(text(attachments.getFirst().content())).contains("Att godkänna återrapporten");
        var stored = db.selectFrom(MEETING_INVITATION).fetchSingle();
        assertThat(stored.getSentAt()).isNotNull();
        assertThat(stored.getRecipientCount()).isEqualTo(3);
        assertThat(db.fetchCount(SENT_MAIL, SENT_MAIL.PURPOSE.eq(MailPurpose.INVITATION).and(SENT_MAIL.MEETING_ID.eq(meeting))))
                .isEqualTo(3);
    }

    @Test
    void a_sent_revision_goes_out_once_and_a_change_goes_out_as_a_marked_revision() throws Exception {
        invitations.send(meeting);
        TestMail.waitFor(3);
        assertThatThrownBy(() -> invitations.send(meeting))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("invitation.error.alreadySent");
        TestMail.purge();

        invitations.produce(meeting, "Ny tid: kl. 10.00.");
        var result = invitations.send(meeting);

        assertThat(result.revision()).isEqualTo(2);
        var messages = TestMail.waitFor(3);
        assertThat(messages.getFirst().getSubject()).isEqualTo("Reviderad kallelse, version 2: Styrelsen 2021-06-11");
        assertThat(TestMail.text(messages.getFirst())).contains("Ändring: Ny tid: kl. 10.00.");
        var attachment = TestMail.attachments(messages.getFirst()).getFirst();
        assertThat(attachment.fileName()).isEqualTo("kallelse-styrelsen-2021-06-11-version-2.pdf");
        assertThat(text(attachment.content())).contains("Reviderad kallelse, version 2");
        var overview = invitations.overview(meeting).orElseThrow();
        assertThat(overview.revisions()).allSatisfy(r -> assertThat(r.recipientCount()).isEqualTo(3));
    }

    @Test
    void only_a_planned_meeting_gets_a_kallelse() {
        db.update(MEETING).set(MEETING.STATUS, MeetingStatus.HELD).where(MEETING.ID.eq(meeting)).execute();

        assertThatThrownBy(() -> invitations.produce(meeting, null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("invitation.error.notPlanned");
        assertThatThrownBy(() -> invitations.send(meeting))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("invitation.error.notPlanned");
        assertThat(TestMail.received()).isEmpty();
    }

    @Test
    void the_overview_lists_who_is_called_and_who_has_no_address() {
        var overview = invitations.overview(meeting).orElseThrow();

        assertThat(overview.mailConfigured()).isTrue();
        assertThat(overview.mayWrite()).isTrue();
        assertThat(overview.called()).extracting(InvitationService.Called::name)
                .containsExactly("Göran Wallén", "Annika Sundell", "Caterina Holmström", "Thomas Eng");
        assertThat(overview.missingEmail()).containsExactly("Caterina Holmström");
        assertThat(overview.revisions()).isEmpty();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void a_board_member_may_download_but_not_produce_or_send() {
        assertThatThrownBy(() -> invitations.produce(meeting, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.send(meeting)).isInstanceOf(AccessDeniedException.class);
        assertThat(invitations.mayWrite()).isFalse();
        assertThat(invitations.pdf(meeting, null)).isEmpty();
        assertThat(db.fetchCount(MEETING_INVITATION)).isZero();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_director_may_produce_and_send() {
        invitations.produce(meeting, null);

        assertThat(invitations.send(meeting).sent()).isEqualTo(3);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
