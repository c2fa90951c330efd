package se.samordnaren.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.testsupport.ViewTest;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.testsupport.CardClicks.click;

/** The agenda view reached from the meeting view: proposing, editing a point, papers, standing items, minutes. */
class AgendaViewTest extends ViewTest {

    static final LocalDate JUNE = LocalDate.of(2021, 6, 11);

    @Autowired
    AgendaService agenda;
    @Autowired
    MeetingService meetings;

    @Test
    @WithMockUser(username = "agendaviewsecretary", roles = "SEKRETERARE")
    void the_secretary_proposes_the_agenda_edits_a_point_and_turns_it_into_minutes() {
        long june = data.meeting(data.board(), JUNE);
        AgendaView view = open("sammantraden/" + june + "/foredragningslista", AgendaView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Ingen föredragningslista ännu. Välj Föreslå dagordning så hämtas de stående punkterna och allt som väntar på sammanträdet.");
        assertThat(view.minutesButton.isVisible()).isFalse();

        test(view.proposeButton).click();
        assertThat(view.cards).hasSize(8);
        assertThat(rendered(view.cards.get(2)).text()).contains("Förslag till beslut:", "Att godkänna dagordningen");

        AgendaPointDialog dialog = view.openPointDialog(view.cards.get(1).point);
        roundTrip();
        test(dialog.proposal).setValue("utse Johan Ekdahl att jämte ordföranden justera protokollet");
        assertThat(dialog.save()).isTrue();
        assertThat(view.cards.get(1).point.proposalClauses()).containsExactly("utse Johan Ekdahl att jämte ordföranden justera protokollet");

        click(view.cards.get(5), "not-reached");
        assertThat(rendered(view.cards.get(5)).text()).contains("Denna punkt hanns inte med");

        assertThat(view.minutesButton.isVisible()).isTrue();
        view.toMinutes();
        assertThat(meetings.load(june).header().status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meetings.load(june).paragraphs()).hasSize(7);
        assertThat(rendered(view.cards.get(1)).text()).contains("Blev § 2");
        assertThat(view.minutesButton.isVisible()).isFalse();
        assertThat(meetings.load(june).paragraphs().get(1).decision().clauses().getFirst().text())
                .isEqualTo("Att utse Johan Ekdahl att jämte ordföranden justera protokollet");
    }

    @Test
    @WithMockUser(username = "agendaviewreader", roles = "STYRELSE")
    void a_reader_sees_the_points_and_papers_but_no_edit_controls() {
        long june = data.meeting(data.board(), JUNE);
        long app = data.application("Stiftelsen Gröna steg", "Gröna steg", Map.of(2022, 450_000L));
        data.prepared(app, "REJECT", LocalDate.of(2021, 5, 12));
        data.committeeProposal(app, data.heldMeeting(data.workingCommittee(), LocalDate.of(2021, 5, 28), "Teams"), 2, "REJECT");
        db.execute("insert into agenda_entry (meeting_id, position, title, kind, source, application_id, proposal) "
                + "values (?, 1, 'Ansökan Gröna steg', 'DECISION', 'APPLICATION', ?, 'avslå ansökan')", june, app);
        db.execute("insert into agenda_entry_paper (entry_id, attachment_id) select e.id, a.id from agenda_entry e, attachment a "
                + "where e.meeting_id = ? and a.file_name = 'Ansökan Gröna steg.pdf'", june);

        AgendaView view = open("sammantraden/" + june + "/foredragningslista", AgendaView.class);

        assertThat(view.cards).singleElement().satisfies(card -> assertThat(rendered(card).text())
                .contains("1. Ansökan Gröna steg", "Ansökan", "Att avslå ansökan", "Handlingar", "Ansökan Gröna steg.pdf"));
        // The card is markup (StaticMarkup): its paper is a link in it, not an Anchor component.
        assertThat(rendered(view.cards.getFirst()).select(".agenda-papers a")).extracting(a -> a.attr("href"))
                .singleElement().matches(href -> href.matches("/bilagor/\\d+"));
        assertThat(find(Button.class).withClassName("edit-control").all()).isEmpty();
        assertThat(view.cards).allSatisfy(card -> assertThat(rendered(card).select("button, .edit-control")).isEmpty());
        assertThat(view.proposeButton.isVisible()).isFalse();
        assertThat(view.templateButton.isVisible()).isFalse();
        assertThat(view.minutesButton.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "agendaviewchef", roles = "FORBUNDSCHEF")
    void the_standing_items_are_edited_in_their_dialog_and_used_by_the_next_proposal() {
        long june = data.meeting(data.board(), JUNE);
        AgendaView view = open("sammantraden/" + june + "/foredragningslista", AgendaView.class);

        AgendaTemplateDialog dialog = view.openTemplateDialog();
        roundTrip();
        assertThat(dialog.rows).hasSize(8);
        test(dialog.rows.getFirst().title).setValue("Sammanträdet öppnas");
        test(dialog.addRow).click();
        roundTrip();
        test(dialog.rows.getLast().title).setValue("Nästa sammanträde");
        assertThat(dialog.save()).isTrue();

        assertThat(agenda.template(data.board())).extracting(AgendaTemplateItem::title).first().isEqualTo("Sammanträdet öppnas");
        test(view.proposeButton).click();
        assertThat(view.cards).extracting(c -> c.point.title()).startsWith("Sammanträdet öppnas").endsWith("Nästa sammanträde");
    }

    @Test
    @WithMockUser(username = "agendaviewsecretary", roles = "SEKRETERARE")
    void a_paper_from_the_register_is_added_to_a_point() {
        long june = data.meeting(data.board(), JUNE);
        data.application("Folkuniversitetet, Lund", "Språkstöd", Map.of(2022, 520_000L));
        agenda.addPoint(new AgendaPointDraft(null, null, june, "Språkstöd", se.samordnaren.meeting.ItemKind.DECISION, null, null, null));
        AgendaView view = open("sammantraden/" + june + "/foredragningslista", AgendaView.class);

        AgendaPaperDialog dialog = view.openPaperDialog(view.cards.getFirst().point);
        roundTrip();
        dialog.existing.setValue(agenda.paperChoices("Språkstöd").getFirst());
        assertThat(dialog.addSelected()).isTrue();

        assertThat(dialog.current.getElement().getTextRecursively()).contains("Ansökan Språkstöd.pdf");
        assertThat(view.cards.getFirst().point.papers()).extracting(AgendaPoint.AgendaPaper::fileName).containsExactly("Ansökan Språkstöd.pdf");
    }

    @Test
    @WithMockUser(username = "agendaviewsecretary", roles = "SEKRETERARE")
    void the_meeting_view_links_to_its_agenda() {
        long june = data.meeting(data.board(), JUNE);
        navigate("sammantraden/" + june, com.vaadin.flow.component.Component.class);

        assertThat(find(Anchor.class).all()).filteredOn(a -> a.getText().equals("Föredragningslista"))
                .singleElement().extracting(Anchor::getHref).isEqualTo("sammantraden/" + june + "/foredragningslista");
    }
}
