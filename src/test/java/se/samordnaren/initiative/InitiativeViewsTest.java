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

        InitiativesView view = navigate(InitiativesView.class);
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

        InitiativeView view = navigate(InitiativeView.class, Map.of(InitiativeView.PARAMETER, String.valueOf(id)));
        String href = "sammantraden/" + decision.meetingId() + "?paragraf=" + decision.paragraph();

        DecidedAtLink header = find(DecidedAtLink.class, view.header).single();
        assertThat(header.getHref()).isEqualTo(href);
        assertThat(header.getText()).isEqualTo("Beslutat: Styrelsen " + data.tag + " 2020-09-25 § 1");

        test(view.tabs).select("Pengar");
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(2);
        var ledger = test(view.ledgerGrid);
        assertThat(ledger.size()).isEqualTo(1);
        Anchor link = (Anchor) ledger.getCellComponent(0, "decision");
        assertThat(link.getHref()).isEqualTo(href);
        assertThat(link.getText()).isEqualTo("Styrelsen " + data.tag + " 2020-09-25 § 1");
        assertThat(ledger.getCellText(0, ledger.getColumnPosition("year"))).isEqualTo("2020");
        assertThat(test(view.yearsGrid).getCellText(0, 1)).isEqualTo("300\u00a0000\u00a0kr");
        assertThat(view.grantButton.isVisible()).isTrue();
    }
}
