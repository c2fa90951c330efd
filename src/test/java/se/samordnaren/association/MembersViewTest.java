package se.samordnaren.association;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEMBER;

/** The members view driven like a user would: through its buttons, fields and grid, against the real database. */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class MembersViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;
    @Autowired
    MemberService members;
    TestData data;

    @BeforeEach
    void reset() {
        data = new TestData(db);
        data.reset();
    }

    @Test
    void the_view_speaks_swedish() {
        MembersView view = navigate(MembersView.class);

        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Namn");
        assertThat(test(view.grid).getHeaderCell(1)).isEqualTo("Typ");
        assertThat(test(view.grid).getHeaderCell(4)).isEqualTo("Andel av kommunernas del");
        assertThat(view.addButton.getText()).isEqualTo("Lägg till medlem");
        assertThat(view.getPageTitle()).isEqualTo("Medlemmar");
        roundTrip(); // the grid counts its rows when the response is written; only then is the empty text shown
        assertThat(view.grid.getEmptyStateText()).startsWith("Inga medlemmar ännu.");
    }

    @Test
    void a_new_member_is_added_through_the_editor_and_listed_in_the_grid() {
        MembersView view = navigate(MembersView.class);
        assertThat(test(view.grid).size()).isZero();

        test(view.addButton).click();
        roundTrip(); // the dialog attaches itself to the UI before the response, as in a browser
        MembersView.MemberEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.getHeaderTitle()).isEqualTo("Lägg till medlem");
        test(editor.name).setValue("Lunds kommun");
        test(editor.type).selectItem("Kommun");
        test(editor.shortName).setValue("Lund");
        test(editor.organisationNumber).setValue("212000-1124");
        test(editor.municipalShare).setValue(new BigDecimal("37.5"));
        test(editor.population).setValue(127000);
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Medlemmen Lunds kommun har sparats.");
        assertThat(test(view.grid).size()).isEqualTo(1);
        roundTrip();
        assertThat(view.grid.getEmptyStateText()).as("no 'Inga medlemmar' text while a member is listed").isNull();
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Lunds kommun");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Kommun");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("212000-1124");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("37,5\u00a0%");
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("127\u00a0000");
        assertThat(db.fetchValue(db.select(MEMBER.MUNICIPAL_SHARE).from(MEMBER).where(MEMBER.NAME.eq("Lunds kommun"))))
                .isEqualByComparingTo("37.5");
    }

    @Test
    void an_invalid_organisation_number_is_explained_in_swedish_and_the_dialog_keeps_what_was_typed() {
        MembersView view = navigate(MembersView.class);
        test(view.addButton).click();
        roundTrip(); // the dialog attaches itself to the UI before the response, as in a browser
        MembersView.MemberEditor editor = view.editor;
        test(editor.name).setValue("Lunds kommun");
        test(editor.type).selectItem("Kommun");
        test(editor.organisationNumber).setValue("2120001124");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.organisationNumber.isInvalid()).isTrue();
        assertThat(editor.organisationNumber.getErrorMessage())
                .contains("ska skrivas som tio siffror med bindestreck, till exempel 222000-1234");
        assertThat(lastNotification()).isEqualTo("Kontrollera de markerade fälten och spara igen.");
        assertThat(editor.name.getValue()).isEqualTo("Lunds kommun");
        assertThat(editor.organisationNumber.getValue()).isEqualTo("2120001124");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    void a_refusal_from_the_service_is_shown_in_swedish_and_the_dialog_stays_open() {
        data.insertMember("Försäkringskassan", "FORSAKRINGSKASSAN", null);
        MembersView view = navigate(MembersView.class);
        test(view.addButton).click();
        roundTrip(); // the dialog attaches itself to the UI before the response, as in a browser
        MembersView.MemberEditor editor = view.editor;
        test(editor.name).setValue("Försäkringskassan Syd");
        test(editor.type).selectItem("Försäkringskassan");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(lastNotification()).isEqualTo("Förbundet kan bara ha en Försäkringskassan och en Arbetsförmedlingen.");
        assertThat(editor.name.getValue()).isEqualTo("Försäkringskassan Syd");
        assertThat(db.fetchCount(MEMBER)).isEqualTo(1);
    }

    @Test
    void a_save_over_somebody_elses_change_is_refused_and_overwrites_nothing() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        MembersView view = navigate(MembersView.class);
        test(view.grid).doubleClickRow(0);
        roundTrip();
        MembersView.MemberEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.getHeaderTitle()).isEqualTo("Ändra medlem");
        assertThat(editor.name.getValue()).isEqualTo("Lunds kommun");

        // Somebody else saves the same member while the dialog is open.
        Member current = members.list().getFirst();
        members.save(new Member(current.id(), current.name(), "Lund", current.type(), null, null, 127000, current.version()));

        test(editor.shortName).setValue("LK");
        test(editor.population).setValue(1);
        test(editor.save).click();

        assertThat(lastNotification()).startsWith("Någon annan har ändrat uppgifterna sedan du öppnade dem. Ingenting har skrivits över.");
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.shortName.getValue()).isEqualTo("LK");
        Member stored = members.list().getFirst();
        assertThat(stored.shortName()).isEqualTo("Lund");
        assertThat(stored.population()).isEqualTo(127000);
    }

    @Test
    void a_member_is_deleted_after_confirmation() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        MembersView view = navigate(MembersView.class);

        view.delete(test(view.grid).getRow(0));

        assertThat(lastNotification()).isEqualTo("Medlemmen Lunds kommun har tagits bort.");
        assertThat(test(view.grid).size()).isZero();
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void a_board_member_sees_the_members_but_no_add_button_and_cannot_open_the_editor() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        MembersView view = navigate(MembersView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.addButton.isVisible()).isFalse();
        assertThat(test(view.addButton).isUsable()).isFalse();
        test(view.grid).doubleClickRow(0);
        assertThat(view.editor).isNull();
    }

    private String lastNotification() {
        List<Notification> notifications = find(Notification.class).all();
        assertThat(notifications).isNotEmpty();
        return test(notifications.getLast()).getText();
    }
}
