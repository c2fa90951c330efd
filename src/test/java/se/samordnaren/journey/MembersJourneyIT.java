package se.samordnaren.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * A real user's first steps in headless Chromium: log in on the Swedish login page, open Medlemmar, add a member,
 * see it listed. Runs in failsafe (verify) against the application on a random port and its embedded PostgreSQL.
 */
class MembersJourneyIT extends BrowserJourney {

    private static final String USERNAME = "resa.chef";
    private static final String PASSWORD = "resa-losen-2026";

    @BeforeEach
    void signInUser() {
        data.reset();
        data.insertUser(passwordEncoder, USERNAME, Role.FORBUNDSCHEF, PASSWORD);
    }

    @Test
    void forbundschef_logs_in_opens_medlemmar_adds_a_member_and_sees_it_listed() {
        page.navigate(url("/medlemmar"));

        // Not signed in: the Swedish login page.
        signIn(USERNAME, PASSWORD);

        // Signed in: the shell with the navigation; open Medlemmar from it.
        Locator nav = page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Medlemmar"));
        nav.first().click();
        assertThat(page).hasTitle("Medlemmar");
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Medlemmar"))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till medlem")).click();
        // The dialog's host element has no box of its own; its fields are what the user sees.
        dialog("Lägg till medlem");
        Locator name = page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true));
        assertThat(name).isVisible();
        name.fill("Lunds kommun");
        page.getByLabel("Organisationsnummer").fill("212000-1124");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();

        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Lunds kommun"))).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("212000-1124"))).isVisible();
        assertThat(db.fetchValues(db.select(MEMBER.NAME).from(MEMBER))).containsExactly("Lunds kommun");
    }

    @Test
    void numbers_typed_the_wrong_way_are_explained_at_their_fields_and_nothing_is_saved() {
        page.navigate(url("/medlemmar"));
        signIn(USERNAME, PASSWORD);
        assertThat(page).hasTitle("Medlemmar");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till medlem")).click();
        Locator dialog = dialog("Lägg till medlem");
        dialog.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill("Eslövs kommun");
        // Typed key by key, as a user does: a number input of the browser would have turned this into 1255.
        dialog.getByLabel("Andel av kommunernas del").pressSequentially("12,5,5");
        dialog.getByLabel("Invånare").pressSequentially("12,5,5");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();

        assertThat(dialog.getByText("Skriv andelen i procent med högst fyra decimaler, till exempel 37,5.")).isVisible();
        assertThat(dialog.getByText("Skriv antalet invånare som ett heltal, till exempel 127 000.")).isVisible();
        assertThat(dialog.getByLabel("Invånare")).hasValue("12,5,5");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }
}
