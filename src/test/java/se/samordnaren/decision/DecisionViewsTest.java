package se.samordnaren.decision;

import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.meeting.DecisionOutcome;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision register, the search and the follow-up list as a user drives them. */
class DecisionViewsTest extends ViewTest {


    /** Method security (class-level @PermitAll) proxies the view bean; the controls live on the target. */
    private static <T> T view(T navigated) {
        return AopTestUtils.getUltimateTargetObject(navigated);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void decision_register_filters_and_links_to_the_paragraph() {
        long body = data.body(data.name("Vyorgan"));
        long meeting = data.heldMeeting(body, LocalDate.of(2018, 4, 20), "Kristallen");
        data.decision(data.item(meeting, 3, "Budget " + data.tag, null), DecisionOutcome.APPROVED, "Att fastställa budgeten");
        data.decision(data.item(meeting, 4, "Ansökan " + data.tag, null), DecisionOutcome.REJECTED, "Att avslå ansökan");

        DecisionRegisterView view = view(navigate(DecisionRegisterView.class));
        test(view.body).selectItem("Vyorgan " + data.tag);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.count.getText()).isEqualTo("2 beslut");

        test(view.outcome).selectItem("Avslag");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("Ansökan " + data.tag);
        // The link and the badge are templates (ui.CellRenderers) filled from the row's values.
        DecisionRegisterService.Row row = test(view.grid).getRow(0);
        assertThat(templateValue(view.grid, "paragraph", row, "href")).isEqualTo("sammantraden/" + meeting + "?paragraf=4");
        assertThat(templateValue(view.grid, "paragraph", row, "text")).isEqualTo("§ 4");
        assertThat(templateValue(view.grid, "paragraph", row, "title")).isEqualTo("Vyorgan " + data.tag + " 2018-04-20 § 4");
        assertThat(templateValue(view.grid, "outcome", row, "text")).isEqualTo("Avslag");
        assertThat(templateValue(view.grid, "outcome", row, "tone")).isEqualTo("badge-error");

        test(view.outcome).selectItem("Beviljat");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void search_shows_hits_as_text_and_swedish_empty_state() {
        long meeting = data.heldMeeting(data.body(data.name("Sökvy")), LocalDate.of(2021, 3, 19), "Skype");
        data.item(meeting, 5, "Fortsatta medel " + data.word, "Styrelsen beslöt att bevilja fortsatta medel <script>x</script> " + data.word);

        SearchView view = view(navigate(SearchView.class));
        test(view.query).setValue("beviljade " + data.word);
        test(view.searchButton).click();

        assertThat(view.summary.getText()).isEqualTo("1 träff");
        org.jsoup.nodes.Element shown = rendered(view.results);
        assertThat(shown.select("a")).hasSize(1);
        org.jsoup.nodes.Element title = shown.selectFirst("a");
        assertThat(title.attr("href")).isEqualTo("sammantraden/" + meeting + "?paragraf=5");
        assertThat(title.text()).isEqualTo("§ 5 Fortsatta medel " + data.word);
        // The matches are marked in the title too.
        assertThat(title.select("em").eachText()).containsExactly(data.word);
        assertThat(shown.select("em").eachText()).contains("bevilja");
        // The paragraph's own markup never becomes an element of the page.
        assertThat(shown.select("script")).isEmpty();
        assertThat(shown.select(".search-snippet").text()).contains("bevilja fortsatta medel");
        assertThat(find(Html.class, view.results).all()).isEmpty();

        test(view.query).setValue("återremiss " + data.word);
        test(view.searchButton).click();
        assertThat(view.results.getComponentCount()).isZero();
        assertThat(view.summary.getText()).startsWith("Inga träffar för ”återremiss " + data.word + "”.");
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void search_shows_a_page_at_a_time_and_says_when_only_the_newest_hits_are_ranked() {
        long body = data.body(data.name("Sökvybred"));
        long oldest = data.heldMeeting(body, LocalDate.of(2019, 2, 15), "Skype");
        ManyHits.paragraphs(db, oldest, 1, 51, data.word);

        SearchView view = view(navigate(SearchView.class));
        test(view.query).setValue(data.word);
        test(view.searchButton).click();
        assertThat(view.summary.getText()).isEqualTo("51 träffar");
        assertThat(view.results.getComponentCount()).isEqualTo(50);
        assertThat(view.more.getText()).isEqualTo("Visa fler träffar (1 till)");
        test(view.more).click();
        assertThat(view.results.getComponentCount()).isEqualTo(51);
        assertThat(view.more.isVisible()).isFalse();

        for (int k = 0; k < 19; k++) {
            ManyHits.paragraphs(db, data.heldMeeting(body, LocalDate.of(2020, 1, 10).plusMonths(k), "Skype"), 1, 50, data.word);
        }
        test(view.searchButton).click();
        assertThat(view.summary.getText()).isEqualTo("Fler än 1\u00a0000 träffar. Här visas de 200 senaste, de som passar bäst "
                + "först. Förfina sökningen för att hitta äldre: lägg till ett ord, sök en ”fras” eller uteslut ett ord med minus.");
        assertThat(view.results.getComponentCount()).isEqualTo(50);
        assertThat(view.more.getText()).isEqualTo("Visa fler träffar (150 till)");
        test(view.more).click();
        test(view.more).click();
        test(view.more).click();
        assertThat(view.results.getComponentCount()).isEqualTo(200);
        assertThat(view.more.isVisible()).isFalse();
        // None of the 51 § of 2019 is among the 200 newest.
        assertThat(rendered(view.results).select("a").eachAttr("href"))
                .hasSize(200).noneMatch(href -> href.startsWith("sammantraden/" + oldest + "?"));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void follow_ups_show_overdue_and_close_with_a_later_paragraph() {
        long body = data.body(data.name("Uppföljningsvy"));
        long responsible = data.person(data.name("Vyansvarig"));
        long deciding = data.heldMeeting(body, LocalDate.of(2020, 9, 25), "Kristallen");
        long decision = data.decision(data.item(deciding, 5, "En väg in", null), DecisionOutcome.GRANTED, "Att bevilja medel");
        data.followUp(decision, "Återrapportera " + data.tag, responsible, LocalDate.of(2021, 3, 19));
        long later = data.heldMeeting(body, LocalDate.of(2021, 3, 19), "Skype");
        data.item(later, 7, "Återrapport", null);

        FollowUpsView view = view(navigate(FollowUpsView.class));
        test(view.responsible).selectItem("Vyansvarig " + data.tag);
        assertThat(test(view.grid).size()).isEqualTo(1);
        FollowUpService.Row overdue = test(view.grid).getRow(0);
        assertThat(templateValue(view.grid, "status", overdue, "text")).isEqualTo("Försenad");
        assertThat(templateValue(view.grid, "status", overdue, "tone")).isEqualTo("badge-error");
        assertThat(templateValue(view.grid, "decidedAt", overdue, "text")).isEqualTo("Uppföljningsvy " + data.tag + " 2020-09-25 § 5");
        assertThat(templateValue(view.grid, "actions", overdue, "closeText")).isEqualTo("Stäng");
        assertThat(templateValue(view.grid, "actions", overdue, "open")).isEqualTo(true);

        view.closeClicked(overdue); // what the row's Stäng button calls
        roundTrip();
        CloseFollowUpDialog dialog = view.closeDialog;
        test(dialog.meeting).selectItem("Uppföljningsvy " + data.tag + " 2021-03-19");
        test(dialog.item).selectItem("§ 7 Återrapport");
        dialog.note.setValue("Klart");
        assertThat(dialog.save()).isTrue();

        assertThat(test(view.grid).size()).isZero();
        test(view.show).selectItem("Stängda");
        assertThat(test(view.grid).size()).isEqualTo(1);
        FollowUpService.Row closed = test(view.grid).getRow(0);
        assertThat(closed.closedBy().number()).isEqualTo(7);
        assertThat(templateValue(view.grid, "closedBy", closed, "href")).isEqualTo(closed.closedBy().href());
        assertThat(templateValue(view.grid, "closedBy", closed, "note")).isEqualTo("Klart");
        assertThat(templateValue(view.grid, "status", closed, "text")).isEqualTo("Stängd");
        assertThat(templateValue(view.grid, "actions", closed, "open")).isEqualTo(false);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_sees_no_close_button() {
        FollowUpsView view = view(navigate(FollowUpsView.class));
        assertThat(view.grid.getColumns()).hasSize(6);
        assertThat(view.grid.getColumnByKey("actions")).isNull();
    }
}
