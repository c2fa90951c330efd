package se.samordnaren.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.testsupport.TestData;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.MEETING;

/** The start page's "Senaste besluten" lists decisions that have been taken, not those prepared for a coming meeting. */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class HomeViewTest extends ViewTest {

    private long body;

    @BeforeEach
    void reset() {
        new TestData(db).reset();
        body = db.insertInto(BODY).set(BODY.NAME, "Styrelsen").set(BODY.BODY_TYPE, se.samordnaren.people.BodyType.BOARD)
                .set(BODY.DECISION_VERB, "Styrelsen beslutade").returning(BODY.ID).fetchSingle(BODY.ID);
    }

    @Test
    void latest_decisions_are_those_of_held_and_approved_meetings_only() {
        decision(meeting(LocalDate.of(2021, 3, 19), "HELD"), "Budget 2021 fastställd");
        decision(meeting(LocalDate.of(2021, 2, 12), "PLANNED"), "Förslag inför nästa möte");
        decision(meeting(LocalDate.of(2099, 6, 11), "PLANNED"), "Förberett för juni");

        openStartPage();
        List<String> texts = find(Span.class).all().stream().map(Span::getText).toList();

        assertThat(texts).contains("Budget 2021 fastställd");
        assertThat(texts).doesNotContain("Förslag inför nästa möte", "Förberett för juni");
    }

    @Test
    void with_only_prepared_decisions_the_page_says_there_are_none_yet() {
        decision(meeting(LocalDate.of(2099, 6, 11), "PLANNED"), "Förberett för juni");

        openStartPage();

        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText).contains("Inga beslut ännu.");
        assertThat(find(Span.class).all()).extracting(Span::getText).doesNotContain("Förberett för juni");
    }

    /** The test's UI opened the start page before the data was there: go elsewhere and back, as a user would. */
    private void openStartPage() {
        UI.getCurrent().navigate("sok");
        navigate(HomeView.class);
    }

    private long meeting(LocalDate date, String status) {
        long id = db.insertInto(MEETING).set(MEETING.BODY_ID, body).set(MEETING.MEETING_DATE, date)
                .set(MEETING.LOCATION, "Kristallen").returning(MEETING.ID).fetchSingle(MEETING.ID);
        db.update(MEETING).set(MEETING.STATUS, se.samordnaren.meeting.MeetingStatus.valueOf(status)).where(MEETING.ID.eq(id)).execute();
        return id;
    }

    private void decision(long meetingId, String title) {
        int number = db.fetchCount(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID.eq(meetingId)) + 1;
        long item = db.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, meetingId).set(AGENDA_ITEM.NUMBER, number)
                .set(AGENDA_ITEM.TITLE, title).set(AGENDA_ITEM.KIND, se.samordnaren.meeting.ItemKind.DECISION)
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
        db.insertInto(DECISION).set(DECISION.ITEM_ID, item).set(DECISION.INTRO, "Styrelsen beslutade")
                .set(DECISION.OUTCOME, se.samordnaren.meeting.DecisionOutcome.APPROVED).execute();
    }
}
