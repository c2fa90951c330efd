package se.samordnaren.meeting;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.ui.ConfirmationDialog;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.testsupport.CardClicks.click;

/**
 * The tools of a § card are plain buttons in its markup with one click listener per card (CardTools): the same tools
 * and names as before for the writers, none for others, and a click on a name the card did not offer does nothing.
 */
class MeetingCardToolsViewTest extends ViewTest {

    @Autowired
    MeetingService meetings;

    @Test
    @WithMockUser(username = "toolsecretary", roles = "SEKRETERARE")
    void a_writers_card_is_markup_with_named_buttons_for_its_tools() {
        long meeting = data.fullMeeting(2);
        MeetingView view = open("sammantraden/" + meeting, MeetingView.class);

        ParagraphCard first = view.cards.getFirst();
        assertThat(first.getElement().getChildCount()).as("the card's content is markup").isZero();
        Element card = rendered(first);
        Minutes.Decision decision = first.paragraph.decision();
        long linkId = decision.links().getFirst().linkId();
        long followUpId = decision.followUps().getFirst().id();
        assertThat(card.select("button[data-action]")).allSatisfy(b -> {
            assertThat(b.attr("type")).isEqualTo("button");
            assertThat(b.hasClass("edit-control")).isTrue();
        }).extracting(b -> b.attr("data-action")).containsExactly("edit", "up", "down", "delete", "attendance-add",
                "decision-edit", "decision-delete", "link-remove-" + linkId, "link-add",
                "followup-edit-" + followUpId, "followup-remove-" + followUpId, "followup-add");
        assertThat(card.select(".paragraph-tools button")).extracting(b -> b.attr("aria-label"))
                .containsExactly("Redigera", "Flytta upp", "Flytta ned", "Ta bort");
        assertThat(card.select("button[data-action=up]").hasAttr("disabled")).as("the first § cannot move up").isTrue();
        assertThat(card.select("button[data-action=down]").hasAttr("disabled")).isFalse();
        assertThat(card.select(".card-tooltips > vaadin-tooltip[for=paragraf-1-edit]").attr("text")).isEqualTo("Redigera");
        assertThat(card.select("button[data-action=link-add]").text()).isEqualTo("Koppla till post");
    }

    @Test
    @WithMockUser(username = "toolsecretary", roles = "SEKRETERARE")
    void a_tool_clicked_runs_the_same_action_as_before() {
        long meeting = data.fullMeeting(3);
        MeetingView view = open("sammantraden/" + meeting, MeetingView.class);

        click(view.cards.getFirst(), "edit");
        assertThat(view.dialog).isInstanceOfSatisfying(ParagraphDialog.class, d -> assertThat(d.isOpened()).isTrue());
        view.dialog.close();

        click(view.cards.getFirst(), "down");
        assertThat(view.cards).extracting(c -> c.paragraph.title()).containsExactly("Ärende 2", "Ärende 1", "Ärende 3");

        Minutes.Condition followUp = view.cards.get(2).paragraph.decision().followUps().getFirst();
        click(view.cards.get(2), "followup-remove-" + followUp.id());
        assertThat(meetings.load(meeting).paragraph(3)).get()
                .satisfies(p -> assertThat(p.decision().followUps()).isEmpty());

        click(view.cards.get(2), "decision-delete");
        assertThat(meetings.load(meeting).paragraph(3)).get().satisfies(p -> assertThat(p.decision()).isNull());
        assertThat(rendered(view.cards.get(2)).select("button[data-action=decision-add]").text()).isEqualTo("Lägg till beslut");

        click(view.cards.get(2), "delete");
        ConfirmationDialog confirm = find(ConfirmationDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
    }

    @Test
    @WithMockUser(username = "toolsecretary", roles = "SEKRETERARE")
    void a_name_the_card_did_not_offer_does_nothing() {
        long meeting = data.fullMeeting(2);
        MeetingView view = open("sammantraden/" + meeting, MeetingView.class);
        Minutes before = meetings.load(meeting);
        long otherFollowUp = view.cards.get(1).paragraph.decision().followUps().getFirst().id();

        // Disabled at the ends, another card's tool, a made-up name, the event without a name.
        click(view.cards.getFirst(), "up");
        click(view.cards.get(1), "down");
        click(view.cards.getFirst(), "followup-remove-" + otherFollowUp);
        click(view.cards.getFirst(), "decision-add");
        click(view.cards.getFirst(), "drop-table");
        click(view.cards.getFirst(), null);

        assertThat(view.dialog).isNull();
        assertThat(find(ConfirmationDialog.class).all()).isEmpty();
        assertThat(meetings.load(meeting)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "toolreader", roles = "STYRELSE")
    void a_readers_card_has_no_tools_and_no_listener_so_a_forged_click_does_nothing() {
        long meeting = data.fullMeeting(2);
        MeetingView view = open("sammantraden/" + meeting, MeetingView.class);
        Minutes before = meetings.load(meeting);

        assertThat(view.cards).allSatisfy(card -> assertThat(rendered(card).select("button, .edit-control")).isEmpty());
        for (String action : new String[]{"edit", "down", "delete", "decision-delete", "decision-edit", "link-add"}) {
            click(view.cards.getFirst(), action);
        }

        assertThat(view.dialog).isNull();
        assertThat(find(ConfirmationDialog.class).all()).isEmpty();
        assertThat(meetings.load(meeting)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "toolchef", roles = "FORBUNDSCHEF")
    void approved_minutes_offer_no_tools_even_to_the_forbundschef() {
        long meeting = data.fullMeeting(2);
        data.approve(meeting);
        MeetingView view = open("sammantraden/" + meeting, MeetingView.class);
        Minutes before = meetings.load(meeting);

        assertThat(view.cards).allSatisfy(card -> assertThat(rendered(card).select("button")).isEmpty());
        click(view.cards.getFirst(), "decision-delete");
        click(view.cards.getFirst(), "edit");

        assertThat(view.dialog).isNull();
        assertThat(meetings.load(meeting)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "toolsecretary", roles = "SEKRETERARE")
    void user_text_in_the_tools_and_the_card_is_escaped() {
        long meeting = data.meeting(data.board(), LocalDate.of(2021, 3, 19));
        long decision = data.paragraphWithDecision(meeting, 1, "Budget <b>2021</b> & \"resten\"", "Att <i>bevilja</i>");
        data.followUp(decision, "Redovisa <script>alert(1)</script>", null, null);
        MeetingView view = open("sammantraden/" + meeting, MeetingView.class);

        ParagraphCard card = view.cards.getFirst();
        String html = card.getElement().getProperty("innerHTML");
        assertThat(html).doesNotContain("<b>", "<i>", "<script>").contains("&lt;b&gt;", "&lt;script&gt;");
        Element rendered = rendered(card);
        assertThat(rendered.select("h2").text()).isEqualTo("§ 1 Budget <b>2021</b> & \"resten\"");
        assertThat(rendered.select(".condition").text()).contains("Redovisa <script>alert(1)</script>");
        assertThat(rendered.select("b, i, script")).isEmpty();
    }
}
