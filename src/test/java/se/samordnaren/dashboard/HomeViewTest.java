package se.samordnaren.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.MeetingStatus;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AGENDA_ITEM;

/**
 * The start page's "Senaste besluten" lists decisions that have been taken, not those prepared for a coming meeting;
 * its open follow-ups are the most urgent few, with a link to all of them.
 */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class HomeViewTest extends ViewTest {

    private long body;

    @BeforeEach
    void board() {
        body = data.body("Styrelsen");
    }

    @Test
    void latest_decisions_are_those_of_held_and_approved_meetings_only() {
        decision(meeting(LocalDate.of(2021, 3, 19), MeetingStatus.HELD), "Budget 2021 fastställd");
        decision(meeting(LocalDate.of(2021, 2, 12), MeetingStatus.PLANNED), "Förslag inför nästa möte");
        decision(meeting(LocalDate.of(2099, 6, 11), MeetingStatus.PLANNED), "Förberett för juni");

        openStartPage();
        List<String> texts = find(Span.class).all().stream().map(Span::getText).toList();

        assertThat(texts).contains("Budget 2021 fastställd");
        assertThat(texts).doesNotContain("Förslag inför nästa möte", "Förberett för juni");
    }

    @Test
    void with_only_prepared_decisions_the_page_says_there_are_none_yet() {
        decision(meeting(LocalDate.of(2099, 6, 11), MeetingStatus.PLANNED), "Förberett för juni");

        openStartPage();

        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText).contains("Inga beslut ännu.");
        assertThat(find(Span.class).all()).extracting(Span::getText).doesNotContain("Förberett för juni");
    }

    @Test
    void the_open_follow_ups_list_the_most_urgent_and_link_to_all_of_them() {
        long decision = data.paragraphWithDecision(meeting(LocalDate.of(2021, 3, 19), MeetingStatus.HELD), 1, "Uppdrag",
                "Att återrapportera");
        int open = HomeView.FOLLOW_UPS_SHOWN + 2;
        for (int n = 1; n <= open; n++) {
            data.followUp(decision, "Uppföljning " + n, null, LocalDate.of(2021, 6, n));
        }

        openStartPage();

        assertThat(find(Span.class).all()).extracting(Span::getText)
                .contains("Uppföljning 1", "Uppföljning " + HomeView.FOLLOW_UPS_SHOWN)
                .doesNotContain("Uppföljning " + open);
        assertThat(find(Anchor.class).all()).filteredOn(a -> a.hasClassName("home-list-more")).singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("uppfoljning"))
                .satisfies(a -> assertThat(a.getText()).isEqualTo("Alla " + open + " öppna uppföljningar"));
    }

    @Test
    void with_no_more_open_follow_ups_than_listed_there_is_no_link_to_more() {
        long decision = data.paragraphWithDecision(meeting(LocalDate.of(2021, 3, 19), MeetingStatus.HELD), 1, "Uppdrag",
                "Att återrapportera");
        data.followUp(decision, "Den enda", null, LocalDate.of(2021, 6, 1));

        openStartPage();

        assertThat(find(Span.class).all()).extracting(Span::getText).contains("Den enda");
        assertThat(find(Anchor.class).all()).noneMatch(a -> a.hasClassName("home-list-more"));
    }

    /** The test's UI opened the start page before the data was there: go elsewhere and back, as a user would. */
    private void openStartPage() {
        UI.getCurrent().navigate("sok");
        navigate(HomeView.class);
    }

    private long meeting(LocalDate date, MeetingStatus status) {
        return data.meeting(body, date, "Kristallen", status);
    }

    private void decision(long meetingId, String title) {
        int number = db.fetchCount(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID.eq(meetingId)) + 1;
        data.paragraphWithDecision(meetingId, number, title, DecisionOutcome.APPROVED);
    }
}
