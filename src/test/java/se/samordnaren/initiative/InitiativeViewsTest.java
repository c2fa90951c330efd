package se.samordnaren.initiative;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.ui.DecidedAtLink;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Browserless tests of the insats list and detail views, driven like a user. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@ViewPackages(classes = InitiativesView.class)
class InitiativeViewsTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_status_filter_shows_the_right_rows() {
        var data = new InitiativeTestData(db);
        long running = data.initiative("Pågående", "RUNNING", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        long idea = data.initiative("Idén", "IDEA", null, null);

        InitiativesView view = AopTestUtils.getUltimateTargetObject(navigate(InitiativesView.class));
        assertThat(view.addButton.isVisible()).isFalse();
        test(view.text).setValue(data.tag);
        assertThat(view.current.rows()).extracting(InitiativeRow::id).containsExactlyInAnyOrder(running, idea);

        test(view.status).selectItem("Pågår");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).id()).isEqualTo(running);

        test(view.status).selectItem("Idé");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).id()).isEqualTo(idea);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_money_tab_shows_the_grant_with_its_paragraph_link() {
        var data = new InitiativeTestData(db);
        long id = data.initiative("En väg in", "RUNNING", LocalDate.of(2020, 10, 1), LocalDate.of(2021, 12, 31));
        var decision = data.decision(LocalDate.of(2020, 9, 25), "GRANTED");
        data.grant(id, 2020, 300_000, decision.id());

        // Views with @RolesAllowed are Spring beans behind a method-security proxy: drive the real instance.
        InitiativeView view = AopTestUtils.getUltimateTargetObject(
                navigate(InitiativeView.class, Map.of(InitiativeView.PARAMETER, String.valueOf(id))));
        String href = "sammantraden/" + decision.meetingId() + "?paragraf=" + decision.paragraph();

        DecidedAtLink header = find(DecidedAtLink.class, view.header).single();
        assertThat(header.getHref()).isEqualTo(href);
        assertThat(header.getText()).isEqualTo("Beslutat: Styrelsen " + data.tag + " 2020-09-25 § 1");

        test(view.tabs).select("Pengar");
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(2);
        // The TabSheet attaches a tab's content on the client's round trip; read the grid's data and renderer directly.
        var ledgerRows = view.ledgerGrid.getListDataView().getItems().toList();
        assertThat(ledgerRows).hasSize(1);
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Pengar");
        @SuppressWarnings("unchecked")
        var renderer = (com.vaadin.flow.data.renderer.ComponentRenderer<?, InitiativeDetail.LedgerRow>)
                view.ledgerGrid.getColumnByKey("decision").getRenderer();
        Anchor link = (Anchor) renderer.createComponent(ledgerRows.getFirst());
        assertThat(link.getHref()).isEqualTo(href);
        assertThat(link.getText()).isEqualTo("Styrelsen " + data.tag + " 2020-09-25 § 1");
        assertThat(ledgerRows.getFirst().year()).isEqualTo(2020);
        assertThat(view.yearsGrid.getListDataView().getItems().toList()).singleElement()
                .satisfies(y -> assertThat(y.grantedTotal()).isEqualByComparingTo("300000"));
        assertThat(view.yearsGrid.getColumnByKey("granted").getFooterText()).isEqualTo("300\u00a0000\u00a0kr");
        assertThat(view.grantButton.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_contact_person_is_picked_from_the_people_register_and_shown_on_the_overview() {
        var data = new InitiativeTestData(db);
        long id = data.initiative("Kontaktad", "IDEA", null, null);
        data.person("Anna Berg", "Vuxenskolan Skåne");
        data.person("Bertil Ek", "Folkhögskolan");
        InitiativeView view = navigate(InitiativeView.class, Map.of(InitiativeView.PARAMETER, String.valueOf(id)));

        test(view.editButton).click();
        roundTrip();
        InitiativeEditor editor = (InitiativeEditor) view.openDialog;
        assertThat(editor.contactPerson.getLabel()).isEqualTo("Kontaktperson (personregistret)");
        var picker = test(editor.contactPerson);
        picker.setFilter("Anna Berg " + data.tag);
        assertThat(picker.getSuggestions()).containsExactly("Anna Berg " + data.tag + ", Vuxenskolan Skåne");
        picker.selectItem("Anna Berg " + data.tag + ", Vuxenskolan Skåne");
        test(editor.contact).setValue("070-123 45 67");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(view.detail.contactPerson()).isEqualTo("Anna Berg " + data.tag);
        String overview = view.tabs.getComponent(view.tabs.getTabAt(0)).getElement().getTextRecursively();
        assertThat(overview).contains("Kontaktperson", "Anna Berg " + data.tag + ", 070-123 45 67");

        test(view.editButton).click();
        roundTrip();
        InitiativeEditor reopened = (InitiativeEditor) view.openDialog;
        assertThat(reopened.contactPerson.getValue()).isNotNull();
        assertThat(reopened.contactPerson.getValue().fullName()).isEqualTo("Anna Berg " + data.tag);
    }
}
