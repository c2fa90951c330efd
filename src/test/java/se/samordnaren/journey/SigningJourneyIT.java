package se.samordnaren.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;

/**
 * Issue 11 item 4 in the browser: the secretary sends the minutes for justering, the chair and the justerare each sign
 * with their password in their own browser, and the minutes lock.
 */
class SigningJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "justera-losen-2026";

    private long meeting;

    @BeforeEach
    void heldMinutes() {
        data.reset();
        long board = data.body("Styrelsen");
        meeting = data.heldMeeting(board, LocalDate.of(2021, 3, 19), "Kommunhuset Kristallen");
        long chair = data.person("Henrik Åkesson", "s");
        long approver = data.person("Johan Ekdahl");
        data.attend(meeting, chair, AttendanceRole.DECISION_MAKER, "Lunds kommun", true, false, 1);
        data.attend(meeting, approver, AttendanceRole.DECISION_MAKER, "Region Skåne", false, true, 2);
        data.paragraphWithDecision(meeting, 1, "Budget 2021", "Att fastställa budgeten");
        data.insertUser(passwordEncoder, "sekr", Role.SEKRETERARE, PASSWORD);
        data.signatoryUser(passwordEncoder, "ordf", Role.STYRELSE, PASSWORD, chair);
        data.signatoryUser(passwordEncoder, "just", Role.STYRELSE, PASSWORD, approver);
    }

    private void sign(Page on, String username) {
        on.navigate(url("/"));
        signIn(on, username, PASSWORD);
        on.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Styrelsen 2021-03-19").setExact(true)).click();
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Justera protokollet")).click();
        var dialog = on.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Lösenord", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Skriv under")).click();
        assertThat(on.getByText("Din underskrift är registrerad.", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
    }

    @Test
    void the_chair_and_the_justerare_sign_in_their_own_browsers_and_the_minutes_lock() {
        page.navigate(url("/sammantraden/" + meeting));
        signIn("sekr", PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka på justering")).click();
        assertThat(page.getByText("Skickat på justering")).isVisible();

        sign(pageInAnotherBrowser(), "ordf");
        Page justerare = pageInAnotherBrowser();
        sign(justerare, "just");

        assertThat(justerare.getByText("Protokollet är justerat. Underskrifterna finns sist")).isVisible();
        assertThat(db.select(MEETING.STATUS).from(MEETING).where(MEETING.ID.eq(meeting)).fetchSingle().value1())
                .isEqualTo(MeetingStatus.APPROVED);
        assertThat(db.fetchCount(MINUTES_SIGNATURE, MINUTES_SIGNATURE.MEETING_ID.eq(meeting))).isEqualTo(2);
    }
}
