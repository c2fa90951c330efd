package se.samordnaren.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.DECISION_CLAUSE;
import static se.samordnaren.db.Tables.MEETING;

/**
 * Issue 11 items 1 and 3 in headless Chromium: the secretary plans an AU meeting, proposes its agenda (the prepared
 * application is on it with its proposal), edits a point and turns the agenda into the minutes' paragraphs.
 */
class AgendaJourneyIT extends BrowserJourney {

    private static final String USERNAME = "agenda.sekreterare";
    private static final String PASSWORD = "agenda-losen-2026";

    @BeforeEach
    void signInUserAndBodies() {
        data.reset();
        data.insertUser(passwordEncoder, USERNAME, Role.SEKRETERARE, PASSWORD);
        data.board();
        data.workingCommittee();
        long app = data.application("Folkuniversitetet, Lund", "Språkstöd i arbetsträning", Map.of(2022, 520_000L));
        data.prepared(app, "APPROVE", LocalDate.now().minusDays(20));
    }

    @Test
    void the_secretary_plans_a_meeting_proposes_the_agenda_edits_a_point_and_makes_the_minutes() {
        LocalDate meetingDate = LocalDate.now().plusDays(7);
        page.navigate(url("/sammantraden"));
        signIn(USERNAME, PASSWORD);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planera sammanträde")).click();
        Locator plan = dialog("Planera sammanträde");
        Locator body = plan.getByLabel("Organ");
        body.fill(data.workingCommitteeName());
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(data.workingCommitteeName())).first().click();
        Locator date = plan.getByLabel("Datum");
        date.fill(meetingDate.toString());
        date.press("Enter");
        plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        page.waitForURL(Pattern.compile(".*/sammantraden/\\d+.*"));
        long meetingId = db.select(MEETING.ID).from(MEETING).fetchSingle(MEETING.ID);

        // From the meeting to its agenda, proposed from what is due.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Föredragningslista")).click();
        page.waitForURL(Pattern.compile(".*/sammantraden/" + meetingId + "/foredragningslista"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Föreslå dagordning")).click();
        assertThat(page.locator("#punkt-5 h2")).hasText("5. Ansökan om medel: Språkstöd i arbetsträning (Folkuniversitetet, Lund)");
        assertThat(page.locator("#punkt-5 .decision-clauses li"))
                .hasText("Att bevilja Folkuniversitetet, Lund 520\u00a0000\u00a0kr för 2022 för ”Språkstöd i arbetsträning”");
        assertThat(page.locator("#punkt-5")).containsText("Ansökan Språkstöd i arbetsträning.pdf");

        // The secretary names the justerare in point 2.
        page.locator("#punkt-2").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Redigera")).click();
        Locator edit = dialog("Redigera punkt 2");
        Locator proposal = edit.getByLabel("Förslag till beslut");
        assertThat(proposal).isVisible();
        proposal.fill("utse Maria Bergkvist att jämte ordföranden justera protokollet");
        edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("#punkt-2 .decision-clauses li")).hasText("Att utse Maria Bergkvist att jämte ordföranden justera protokollet");

        // The meeting is held: the agenda becomes the minutes.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mötet hållet – gör protokoll")).click();
        assertThat(page.getByText("Gör protokoll av dagordningen?")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gör protokoll").setExact(true)).click();
        assertThat(page.locator("#punkt-5")).containsText("Blev § 5");
        page.locator("#punkt-5").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Blev .*§ 5"))).click();
        page.waitForURL(Pattern.compile(".*/sammantraden/" + meetingId + "\\?paragraf=5"));
        assertThat(page.locator("#paragraf-5 .decision-clauses li"))
                .hasText("Att bevilja Folkuniversitetet, Lund 520\u00a0000\u00a0kr för 2022 för ”Språkstöd i arbetsträning”");

        assertThat(db.fetchCount(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID.eq(meetingId))).isEqualTo(9);
        assertThat(db.fetchValues(DECISION_CLAUSE.TEXT)).contains("Att utse Maria Bergkvist att jämte ordföranden justera protokollet");
        assertThat(db.select(MEETING.STATUS).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchSingle(MEETING.STATUS))
                .isEqualTo(se.samordnaren.meeting.MeetingStatus.HELD);
    }
}
