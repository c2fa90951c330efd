package se.samordnaren.invitation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.i18n.I18NProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.agenda.AgendaService;
import se.samordnaren.mail.UnconfiguredMail;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.people.AppointmentRole;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.testsupport.TestMail;
import se.samordnaren.testsupport.ViewTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEETING_INVITATION;

/**
 * The Kallelse button of a planned meeting's view and its dialog, browserless, with the suite's test mail server (and
 * one test without SMTP).
 */
class InvitationDialogTest extends ViewTest {

    @Autowired
    InvitationQueries queries;
    @Autowired
    AgendaService agenda;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    I18NProvider translations;

    long meeting;

    @BeforeEach
    void plannedMeetingWithAnAgenda() {
        long board = data.body("Arbetsutskottet");
        long chair = data.invitee("Göran Wallén", "goran.wallen@example.se");
        long withoutAddress = data.person("Caterina Holmström");
        data.appointment(chair, board, AppointmentRole.CHAIR, null, LocalDate.of(2019, 1, 1), null);
        data.appointment(withoutAddress, board, AppointmentRole.SUBSTITUTE, null, LocalDate.of(2019, 1, 1), null);
        meeting = data.meeting(board, LocalDate.of(2021, 6, 11), "Kristallen", MeetingStatus.PLANNED);
        data.kallelsePoint(meeting, 1, "Ansökan från Vuxenskolan", null, "bevilja ansökan");
    }

    private InvitationDialog openDialog() {
        UI.getCurrent().navigate("sammantraden/" + meeting);
        test(find(Button.class).withClassName("invitation-button").single()).click();
        return find(InvitationDialog.class).single();
    }

    @Test
    @WithMockUser(username = "viewsecretary", roles = "SEKRETERARE")
    void the_secretary_produces_sends_and_then_revises_the_kallelse() {
        InvitationDialog dialog = openDialog();
        assertThat(dialog.overview.revisions()).isEmpty();
        assertThat(dialog.produceButton.getText()).isEqualTo("Skapa kallelse");
        assertThat(dialog.content.getElement().getTextRecursively()).contains("Saknar e-postadress: Caterina Holmström.");

        test(dialog.produceButton).click();
        assertThat(dialog.overview.revisions()).hasSize(1);
        assertThat(find(Anchor.class).withClassName("invitation-download").single().getHref())
                .isEqualTo("/kallelse/" + meeting + "/1.pdf");
        assertThat(dialog.sendButton.getText()).isEqualTo("Skicka kallelse (version 1)");

        test(dialog.sendButton).click();
        assertThat(TestMail.waitFor(1)).extracting(TestMail::recipient).containsExactly("goran.wallen@example.se");
        assertThat(dialog.sendOutcome.getText()).contains("skickades till 1 mottagare", "Saknar e-postadress: Caterina Holmström");
        assertThat(dialog.content.getElement().getTextRecursively()).contains("till 1 mottagare");
        assertThat(dialog.sendButton.isEnabled()).isFalse();

        test(dialog.changeNote).setValue("Ny lokal: Brotorget 1.");
        test(dialog.produceButton).click();
        assertThat(dialog.overview.revisions()).extracting(InvitationService.Revision::revision).containsExactly(2, 1);
        assertThat(dialog.content.getElement().getTextRecursively()).contains("Reviderad kallelse, version 2", "Ny lokal: Brotorget 1.");
        assertThat(dialog.sendButton.isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "viewsecretary", roles = "SEKRETERARE")
    void without_smtp_the_secretary_still_produces_and_downloads_the_pdf_and_is_told_why_it_cannot_be_sent() {
        // The kallelse service as the application builds it with SPRING_MAIL_HOST empty (the suite's context always
        // has the test mail server).
        var withoutSmtp = new InvitationService(db, queries, agenda, UnconfiguredMail.service(db), currentUser,
                translations, "http://localhost:8080");
        UI.getCurrent().navigate("sammantraden/" + meeting);
        InvitationDialog dialog = new InvitationDialog(withoutSmtp, meeting);
        dialog.open();
        roundTrip();

        assertThat(dialog.overview.mailConfigured()).isFalse();
        assertThat(dialog.mailStatus.getText()).isEqualTo("E-post är inte inställd (ingen SMTP-server), så kallelsen "
                + "kan inte skickas härifrån. Ladda ner PDF:en och skicka den på annat sätt.");
        assertThat(dialog.sendButton.isVisible()).as("shown, so the secretary sees what is missing").isTrue();
        assertThat(dialog.sendButton.isEnabled()).isFalse();
        assertThat(dialog.produceButton.isEnabled()).isTrue();

        test(dialog.produceButton).click();

        assertThat(dialog.overview.revisions()).hasSize(1);
        assertThat(find(Anchor.class).withClassName("invitation-download").single().getHref())
                .isEqualTo("/kallelse/" + meeting + "/1.pdf");
        assertThat(dialog.sendButton.isEnabled()).as("still off after producing").isFalse();
        assertThat(dialog.mailStatus.getText()).startsWith("E-post är inte inställd");
        assertThat(TestMail.received()).isEmpty();
    }

    @Test
    @WithMockUser(username = "viewsecretary", roles = "SEKRETERARE")
    void a_revision_without_a_change_note_is_refused_with_everything_kept() {
        InvitationDialog dialog = openDialog();
        test(dialog.produceButton).click();

        test(dialog.produceButton).click();

        assertThat(db.fetchCount(MEETING_INVITATION)).isEqualTo(1);
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @WithMockUser(username = "viewreader", roles = "STYRELSE")
    void a_board_member_sees_the_revisions_but_cannot_produce_or_send() {
        InvitationDialog dialog = openDialog();

        assertThat(dialog.produceButton.isVisible()).isFalse();
        assertThat(dialog.sendButton.isVisible()).isFalse();
        assertThat(dialog.changeNote.isVisible()).isFalse();
        assertThat(dialog.content.getElement().getTextRecursively()).contains("Ingen kallelse är skapad ännu.");
    }

    @Test
    @WithMockUser(username = "viewsecretary", roles = "SEKRETERARE")
    void a_held_meeting_has_no_kallelse_button() {
        db.update(se.samordnaren.db.Tables.MEETING).set(se.samordnaren.db.Tables.MEETING.STATUS, MeetingStatus.HELD)
                .where(se.samordnaren.db.Tables.MEETING.ID.eq(meeting)).execute();

        UI.getCurrent().navigate("sammantraden/" + meeting);

        assertThat(find(Button.class).withClassName("invitation-button").all()).isEmpty();
    }
}
