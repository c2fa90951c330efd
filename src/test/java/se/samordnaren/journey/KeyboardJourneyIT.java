package se.samordnaren.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samordnaren.bookkeeping.BookkeepingImportService;
import se.samordnaren.demo.DemoDataset;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.INITIATIVE;

/**
 * The main flow with the keyboard only (no click, no mouse): sign in, skip to the content, open an insats from the
 * list with Enter, switch its tabs with the arrow keys, open a dialog and close it with Escape (the focus returns to
 * the button), open it again, change the name and save. Every step moves the focus by Tab, as a keyboard user does.
 */
class KeyboardJourneyIT extends BrowserJourney {

    private static final String USERNAME = "tangent.chef";
    private static final String PASSWORD = "tangent-losen-2026";
    /** How many Tab presses a step may take before the journey counts the target as unreachable. */
    private static final int MAX_TABS = 120;

    @Autowired
    BookkeepingImportService imports;

    @BeforeEach
    void demoAssociation() {
        data.reset();
        DemoDataset.load(db, imports);
        data.insertUser(passwordEncoder, USERNAME, Role.FORBUNDSCHEF, PASSWORD);
    }

    @AfterEach
    void leaveNoDemoDataBehind() {
        data.reset();
    }

    @Test
    void forbundschef_signs_in_opens_an_insats_switches_tabs_opens_and_closes_a_dialog_and_saves_with_the_keyboard_only() {
        page.navigate(url("/insatser"));
        assertThat(page).hasTitle("Logga in – Samordnaren");

        // Sign in: Tab to the fields, type, Enter submits.
        tabTo("the user name field", f -> f.label().equals("Användarnamn"));
        page.keyboard().type(USERNAME);
        tabTo("the password field", f -> f.label().equals("Lösenord"));
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page).hasTitle("Insatser");

        // The first Tab reaches the skip link; Enter moves the focus to the view's H1, past the header and navigation.
        page.keyboard().press("Tab");
        assertThat(page.locator("a.skip-link")).isFocused();
        assertThat(page.locator("a.skip-link")).isVisible();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content h1")).isFocused();

        // Into the list: Tab reaches a row's cell, Enter opens that insats.
        String first = page.locator("vaadin-grid vaadin-grid-cell-content a").first().textContent().trim();
        tabTo("a row of the insats list", f -> f.tag().equals("td") && f.part().contains("body-cell"));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText(first);
        assertThat(page).hasTitle(first + " – Insatser");

        // Tabs: Tab to the selected tab, the arrow keys move to "Pengar", Enter selects it and shows its panel.
        tabTo("the selected tab", f -> f.tag().equals("vaadin-tab") && f.label().startsWith("Översikt"));
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        var money = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Pengar"));
        assertThat(money).isFocused();
        page.keyboard().press("Enter");
        assertThat(money).hasAttribute("aria-selected", "true");
        assertThat(page.getByRole(AriaRole.TABPANEL)).containsText("Beviljade medel per år");

        // A dialog: Enter on "Redigera" opens it, Escape closes it and the focus is back on the button.
        tabTo("the edit button", f -> f.tag().equals("vaadin-button") && f.label().equals("Redigera"));
        page.keyboard().press("Enter");
        dialog("Ändra insats");
        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redigera"))).isFocused();

        // Again, change the name and save with Enter on Spara.
        page.keyboard().press("Enter");
        dialog("Ändra insats");
        tabTo("the name field", f -> f.label().equals("Namn"));
        page.keyboard().press("Control+A");
        page.keyboard().type(first + " (ändrad)");
        tabTo("the save button", f -> f.tag().equals("vaadin-button") && f.label().equals("Spara"));
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.locator("h1")).hasText(first + " (ändrad)");
        assertThat(db.fetchValues(INITIATIVE.NAME)).contains(first + " (ändrad)").doesNotContain(first);
    }

    /** The focused element, looked up through the shadow roots: its tag, its name as a user hears it, its part. */
    record Focus(String tag, String label, String part) {
    }

    private Focus focus() {
        @SuppressWarnings("unchecked")
        List<String> f = (List<String>) page.evaluate("""
                () => {
                  let e = document.activeElement;
                  while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                  if (!e) return ['', '', ''];
                  // A field's input: its label is the host's label (Vaadin links them with aria-labelledby).
                  let label = e.getAttribute('aria-label') || '';
                  const ids = e.getAttribute('aria-labelledby');
                  if (!label && ids) label = ids.split(' ').map(id => document.getElementById(id)).filter(x => x)
                      .map(x => x.textContent.trim()).join(' ');
                  if (!label) label = (e.textContent || '').trim();
                  return [e.tagName.toLowerCase(), label.replace(/\\s+/g, ' ').slice(0, 80), e.getAttribute('part') || ''];
                }""");
        return new Focus(f.get(0), f.get(1), f.get(2));
    }

    /** Presses Tab until the focus is on the element the test wants (fails, listing the way, if it never is). */
    private void tabTo(String what, Predicate<Focus> wanted) {
        List<Focus> way = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            Focus now = focus();
            if (wanted.test(now)) {
                return;
            }
            way.add(now);
        }
        throw new AssertionError("Tab never reached " + what + "; the focus went " + way);
    }
}
