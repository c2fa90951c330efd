package se.samordnaren.agenda;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.ui.ConfirmationDialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.testsupport.CardClicks.click;

/**
 * The tools of an agenda point are plain buttons in its markup with one click listener per card (ui.CardTools), as on
 * the § of the minutes: the same tools, labels and order as the Vaadin buttons they replace for the writers, none for
 * readers, and a click on a name the card did not offer (disabled, made up, another kind of card's) does nothing.
 */
class AgendaCardToolsViewTest extends ViewTest {

    static final LocalDate JUNE = LocalDate.of(2021, 6, 11);
    static final String PATH = "/foredragningslista";

    @Autowired
    AgendaService agenda;
    @Autowired
    MeetingService meetings;

    @Test
    @WithMockUser(username = "agendatoolsecretary", roles = "SEKRETERARE")
    void a_writers_point_is_markup_with_named_buttons_for_its_tools() {
        long june = data.meeting(data.board(), JUNE);
        agenda.propose(june);
        AgendaView view = open("sammantraden/" + june + PATH, AgendaView.class);

        AgendaPointCard first = view.cards.getFirst();
        assertThat(first.getElement().getChildCount()).as("the card's content is markup").isZero();
        Element card = rendered(first);
        assertThat(card.select(".paragraph-top > .paragraph-tools > button[data-action]")).allSatisfy(b -> {
            assertThat(b.attr("type")).isEqualTo("button");
            assertThat(b.hasClass("edit-control")).isTrue();
            assertThat(b.hasClass("card-tool-icon")).isTrue();
        }).extracting(b -> b.attr("data-action"))
                .containsExactly("edit", "papers", "not-reached", "up", "down", "delete");
        assertThat(card.select("button[data-action]")).hasSize(6);
        assertThat(card.select(".paragraph-tools button")).extracting(b -> b.attr("aria-label")).containsExactly(
                "Redigera", "Handlingar", "Markera: denna punkt hanns inte med", "Flytta upp", "Flytta ned", "Ta bort");
        assertThat(card.select(".paragraph-tools vaadin-icon")).extracting(i -> i.attr("icon")).containsExactly(
                "vaadin:edit", "vaadin:paperclip", "vaadin:hourglass", "vaadin:arrow-up", "vaadin:arrow-down",
                "vaadin:trash");
        assertThat(card.select("button[data-action=up]").hasAttr("disabled")).as("the first point cannot move up").isTrue();
        assertThat(card.select("button[data-action=down]").hasAttr("disabled")).isFalse();
        assertThat(rendered(view.cards.getLast()).select("button[data-action=down]").hasAttr("disabled"))
                .as("the last point cannot move down").isTrue();
        assertThat(card.select(".card-tooltips > vaadin-tooltip")).extracting(t -> t.attr("for"))
                .containsExactlyInAnyOrder("punkt-1-edit", "punkt-1-papers", "punkt-1-not-reached", "punkt-1-up",
                        "punkt-1-down", "punkt-1-delete");
        assertThat(card.select("vaadin-tooltip[for=punkt-1-papers]").attr("text")).isEqualTo("Handlingar");
    }

    @Test
    @WithMockUser(username = "agendatoolsecretary", roles = "SEKRETERARE")
    void a_tool_clicked_runs_the_same_action_as_before() {
        long june = data.meeting(data.board(), JUNE);
        agenda.propose(june);
        AgendaView view = open("sammantraden/" + june + PATH, AgendaView.class);
        List<String> titles = titles(view);

        click(view.cards.get(1), "edit");
        assertThat(view.dialog).isInstanceOfSatisfying(AgendaPointDialog.class, d -> assertThat(d.isOpened()).isTrue());
        view.dialog.close();

        click(view.cards.get(1), "papers");
        assertThat(view.dialog).isInstanceOfSatisfying(AgendaPaperDialog.class, d -> assertThat(d.isOpened()).isTrue());
        view.dialog.close();

        click(view.cards.get(5), "not-reached");
        Element marked = rendered(view.cards.get(5));
        assertThat(marked.text()).contains("Denna punkt hanns inte med");
        assertThat(marked.select("button[data-action=not-reached]").attr("aria-label")).isEqualTo("Ångra: punkten hanns med");
        assertThat(marked.select("button[data-action=not-reached] vaadin-icon").attr("icon")).isEqualTo("vaadin:rotate-left");
        click(view.cards.get(5), "not-reached");
        assertThat(view.cards.get(5).point.notReached()).isFalse();

        click(view.cards.getFirst(), "down");
        assertThat(titles(view)).containsExactlyElementsOf(swapFirstTwo(titles));
        click(view.cards.get(1), "up");
        assertThat(titles(view)).containsExactlyElementsOf(titles);

        click(view.cards.get(2), "delete");
        assertThat(find(ConfirmationDialog.class).single().isOpened()).isTrue();
    }

    @Test
    @WithMockUser(username = "agendatoolsecretary", roles = "SEKRETERARE")
    void a_forged_or_disabled_tool_does_nothing() {
        long june = data.meeting(data.board(), JUNE);
        agenda.propose(june);
        AgendaView view = open("sammantraden/" + june + PATH, AgendaView.class);
        List<AgendaPoint> before = agenda.agenda(june);

        // Disabled at the ends, a tool of the minutes' cards, a made-up name, the event without a name.
        click(view.cards.getFirst(), "up");
        click(view.cards.getLast(), "down");
        click(view.cards.getFirst(), "decision-add");
        click(view.cards.getFirst(), "drop-table");
        click(view.cards.getFirst(), null);

        assertThat(view.dialog).isNull();
        assertThat(find(ConfirmationDialog.class).all()).isEmpty();
        assertThat(agenda.agenda(june)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "agendatoolsecretary", roles = "SEKRETERARE")
    void a_point_that_became_a_paragraph_has_no_not_reached_tool() {
        long june = data.meeting(data.board(), JUNE);
        agenda.propose(june);
        agenda.toMinutes(june, meetings.load(june).header().version());
        AgendaView view = open("sammantraden/" + june + PATH, AgendaView.class);
        List<AgendaPoint> before = agenda.agenda(june);

        assertThat(rendered(view.cards.getFirst()).select("button[data-action]")).extracting(b -> b.attr("data-action"))
                .containsExactly("edit", "papers", "up", "down", "delete");
        click(view.cards.getFirst(), "not-reached");

        assertThat(agenda.agenda(june)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "agendatoolreader", roles = "STYRELSE")
    void a_readers_point_has_no_tools_and_a_forged_click_does_nothing() {
        long june = data.meeting(data.board(), JUNE);
        for (int position = 1; position <= 2; position++) {
            db.execute("insert into agenda_entry (meeting_id, position, title, kind, source) "
                    + "values (?, ?, ?, 'DECISION', 'MANUAL')", june, position, "Punkt " + position);
        }
        AgendaView view = open("sammantraden/" + june + PATH, AgendaView.class);
        List<AgendaPoint> before = agenda.agenda(june);

        assertThat(view.cards).hasSize(2).allSatisfy(card -> assertThat(rendered(card).select("button, .edit-control, "
                + ".paragraph-tools, .card-tooltips")).isEmpty());
        for (String action : new String[]{"edit", "papers", "not-reached", "down", "delete"}) {
            click(view.cards.getFirst(), action);
        }

        assertThat(view.dialog).isNull();
        assertThat(find(ConfirmationDialog.class).all()).isEmpty();
        assertThat(agenda.agenda(june)).usingRecursiveComparison().isEqualTo(before);
    }

    private static List<String> titles(AgendaView view) {
        return view.cards.stream().map(c -> c.point.title()).toList();
    }

    private static List<String> swapFirstTwo(List<String> titles) {
        List<String> swapped = new ArrayList<>(titles);
        Collections.swap(swapped, 0, 1);
        return swapped;
    }
}
