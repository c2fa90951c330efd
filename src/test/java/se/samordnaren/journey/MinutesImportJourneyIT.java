package se.samordnaren.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.MEETING;

/**
 * The import of old minutes in headless Chromium: a förbundschef pastes the text of Lund's board minutes of
 * 2021-03-19, reviews them, saves them as approved minutes and lands on the meeting; pasting the same text again is
 * refused. Runs in failsafe (verify) on an emptied database, so the board meeting of that day is not in the register.
 */
class MinutesImportJourneyIT extends BrowserJourney {

    private static final String USERNAME = "import.chef";
    private static final String PASSWORD = "import-losen-2026";
    private static final String BODY_NAME = "Styrelsen";
    private static final String MINUTES = "/minutes/lund-styrelse-2021-03-19.txt";

    @BeforeEach
    void signInUserAndBoard() {
        data.reset();
        data.insertUser(passwordEncoder, USERNAME, Role.FORBUNDSCHEF, PASSWORD);
        data.body(BODY_NAME);
    }

    @Test
    void forbundschef_pastes_old_minutes_reviews_and_saves_them_and_the_same_text_is_refused_the_second_time() {
        String text = minutes();
        page.navigate(url("/import/protokoll"));
        signIn(USERNAME, PASSWORD);
        assertThat(page).hasTitle("Importera protokoll");

        // Paste and read.
        pasteAndRead(text);

        // The review: the board is mapped, the § titles of the file are shown.
        Locator review = page.locator(".import-review");
        assertThat(review.locator("h2")).hasText("Granska: " + pastedFileName());
        assertThat(review.getByText("Paragrafer (15)")).isVisible();
        assertThat(review.getByLabel("Organ", new Locator.GetByLabelOptions().setExact(true))).hasValue(BODY_NAME);
        assertThat(review.getByLabel("Rubrik", new Locator.GetByLabelOptions().setExact(true)).first()).hasValue("Sammanträdet öppnas");
        assertThat(review.getByLabel("Rubrik", new Locator.GetByLabelOptions().setExact(true)).nth(5)).hasValue("Årsredovisning för 2020");
        assertThat(review.locator(".import-doubt").filter(new Locator.FilterOptions().setHasText("finns redan"))).hasCount(0);

        // Save: the meeting opens, imported and approved, with its §§.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som justerat protokoll")).click();
        page.waitForURL(Pattern.compile(".*/sammantraden/\\d+.*"));
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText(BODY_NAME))).isVisible();
        assertThat(page.locator("#paragraf-1 h2")).hasText("§ 1 Sammanträdet öppnas");
        assertThat(page.locator("#paragraf-6 h2")).hasText("§ 6 Årsredovisning för 2020");
        assertThat(page.locator("#paragraf-15 h2")).hasText("§ 15 Sammanträdet avslutas");
        assertThat(page.locator(".minutes-imported")).containsText("Importerat");
        assertThat(page.locator(".minutes-header")).containsText("Importerat");
        long meetingId = db.select(MEETING.ID).from(MEETING).fetchSingle(MEETING.ID);
        assertThat(page.url()).contains("/sammantraden/" + meetingId);
        assertThat(db.select(MEETING.STATUS).from(MEETING).fetchSingle(MEETING.STATUS))
                .isEqualTo(se.samordnaren.meeting.MeetingStatus.APPROVED);
        assertThat(db.fetchCount(AGENDA_ITEM)).isEqualTo(15);

        // The same text again: named on the review, refused on saving.
        page.navigate(url("/import/protokoll"));
        assertThat(page).hasTitle("Importera protokoll");
        pasteAndRead(text);
        assertThat(page.locator(".import-review .import-doubt").filter(new Locator.FilterOptions().setHasText("finns redan")))
                .containsText("Sammanträdet finns redan i registret");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som justerat protokoll")).click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("importeras inte två gånger")))
                .containsText("Sammanträdet finns redan i registret");
        assertThat(page.url()).contains("/import/protokoll");
        assertThat(db.fetchCount(MEETING)).isEqualTo(1);
        assertThat(db.fetchCount(AGENDA_ITEM)).isEqualTo(15);
    }

    private void pasteAndRead(String text) {
        Locator pasted = page.getByLabel("Eller klistra in protokollets text");
        pasted.fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in texten")).click();
        assertThat(page.locator(".import-review")).isVisible();
    }

    private static String pastedFileName() {
        return se.samordnaren.minutesimport.MinutesImportService.PASTED_FILE_NAME;
    }

    private static String minutes() {
        try (InputStream in = MinutesImportJourneyIT.class.getResourceAsStream(MINUTES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
