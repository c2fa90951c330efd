package se.samordnaren.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.common.DateFormats;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;

/**
 * The texts inside Vaadin's own components, as a user meets them in Chromium: the date picker's calendar in Swedish
 * with Monday first, Swedish labels on the drawer toggle, the side navigation, grid sort buttons and the upload button;
 * after choosing English in the user menu the page's lang and the calendar are English.
 */
class ComponentTextsIT extends BrowserJourney {

    private static final String USERNAME = "resa.texter";
    private static final String PASSWORD = "resa-losen-2026";
    private static final LocalDate TODAY = LocalDate.now();

    private long applicationId;

    @BeforeEach
    void userAndApplication() {
        data.reset();
        data.insertUser(passwordEncoder, USERNAME, Role.FORBUNDSCHEF, PASSWORD);
        applicationId = db.insertInto(FUNDING_APPLICATION).set(FUNDING_APPLICATION.APPLICANT_NAME, "Lunds kommun")
                .returning(FUNDING_APPLICATION.ID).fetchSingle(FUNDING_APPLICATION.ID);
        db.insertInto(FUNDING_APPLICATION_VERSION).set(FUNDING_APPLICATION_VERSION.APPLICATION_ID, applicationId)
                .set(FUNDING_APPLICATION_VERSION.VERSION_NO, 1).set(FUNDING_APPLICATION_VERSION.RECEIVED_ON, TODAY)
                .set(FUNDING_APPLICATION_VERSION.TITLE, "Steget vidare").execute();
    }

    @Test
    void the_components_speak_swedish_and_switch_to_english_with_the_user() {
        page.navigate(url("/logg"));
        signIn(USERNAME, PASSWORD);
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Ändringslogg"))).isVisible();

        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("vaadin-drawer-toggle")).hasAttribute("aria-label", "Visa eller dölj menyn");
        assertThat(page.locator("vaadin-side-nav-item #i18n").first()).hasText("Visa eller dölj underliggande sidor");

        openCalendar("Från");
        assertThat(visibleMonth(DateFormats.SWEDISH)).isVisible();
        assertThat(weekdays()).containsExactly("mån", "tis", "ons", "tors", "fre", "lör", "sön");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Idag"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt")).click();

        // Sort buttons of a grid: the header text and a Swedish label for screen readers.
        page.navigate(url("/beslut"));
        Locator sorter = page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Datum")).first();
        assertThat(sorter).hasAttribute("aria-label", "Sortera efter Datum");
        assertThat(page.locator("vaadin-grid-sorter[aria-label^='Sort by']")).hasCount(0);

        // The attachment upload (every upload of the application is one; its texts follow the user's language).
        page.navigate(url("/ansokningar/" + applicationId));
        Locator upload = page.locator("vaadin-upload").first();
        assertThat(upload.locator("[slot='add-button']")).hasText("Bifoga filer …");
        assertThat(upload).not().containsText("Upload");

        // English from the user menu: the page is built again, with lang="en" and an English calendar.
        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Språk")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("vaadin-drawer-toggle")).hasAttribute("aria-label", "Show or hide the menu");
        assertThat(page.locator("vaadin-upload [slot='add-button']").first()).hasText("Attach files …");

        page.navigate(url("/logg"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        openCalendar("From");
        assertThat(visibleMonth(Locale.of("en", "SE"))).isVisible();
        assertThat(weekdays()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Today"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))).isVisible();
        // The date itself stays 2021-03-19 in English.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Today")).click();
        assertThat(page.getByLabel("From")).hasValue(DateFormats.iso(TODAY));
    }

    private void openCalendar(String label) {
        page.getByLabel(label).click();
        assertThat(page.locator("vaadin-month-calendar").first()).isAttached();
    }

    /** The month the calendar opens on (today's), e.g. "november 2026". */
    private Locator visibleMonth(Locale locale) {
        String title = DateFormats.monthName(TODAY.getMonthValue(), locale) + " " + TODAY.getYear();
        return page.locator("vaadin-month-calendar [part='month-header']", new Page.LocatorOptions().setHasText(title)).first();
    }

    /** The weekday headings of the calendar, in the order shown. */
    @SuppressWarnings("unchecked")
    private List<String> weekdays() {
        return (List<String>) page.locator("vaadin-month-calendar").first().evaluate(
                "calendar => [...calendar.shadowRoot.querySelectorAll(\"th[part~='weekday']:not([hidden])\")]"
                        + ".map(th => th.textContent.trim())");
    }
}
