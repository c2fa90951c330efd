package se.samordnaren.association;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEMBER;

/** The members view driven like a user would: through its buttons, fields and grid, against the real database. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class MembersViewTest extends ViewTest {

    @Autowired
    MemberService members;

    private MemberEditor openNewMember(MembersView view) {
        test(view.addButton).click();
        roundTrip(); // the dialog attaches itself to the UI before the response, as in a browser
        return view.editor;
    }

    /** The add dialog with a municipality's name and type filled in. */
    private MemberEditor openNewMunicipality(String name) {
        MemberEditor editor = openNewMember(open("medlemmar", MembersView.class));
        test(editor.name).setValue(name);
        test(editor.type).selectItem("Kommun");
        return editor;
    }

    @Test
    void the_view_speaks_swedish() {
        MembersView view = open("medlemmar", MembersView.class);

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
        MembersView view = open("medlemmar", MembersView.class);
        assertThat(test(view.grid).size()).isZero();

        MemberEditor editor = openNewMember(view);
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.getHeaderTitle()).isEqualTo("Lägg till medlem");
        test(editor.name).setValue("Lunds kommun");
        test(editor.type).selectItem("Kommun");
        test(editor.shortName).setValue("Lund");
        test(editor.organisationNumber).setValue("212000-1124");
        test(editor.municipalShare).setValue("37,5");
        test(editor.population).setValue("127 000");
        assertThat(editor.save()).isTrue();

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
    void an_edited_member_shows_its_share_the_swedish_way() {
        members.save(new Member(null, "Lunds kommun", null, MemberType.MUNICIPALITY, null, new java.math.BigDecimal("37.5"),
                null, null));
        MembersView view = open("medlemmar", MembersView.class);
        view.openEditor(test(view.grid).getRow(0));
        roundTrip();

        assertThat(view.editor.municipalShare.getValue()).isEqualTo("37,5");
    }

    @Test
    void a_share_that_cannot_be_read_is_explained_at_the_field_and_nothing_is_saved() {
        MemberEditor editor = openNewMunicipality("Lunds kommun");

        for (String unreadable : List.of("12,5,5", "abc", "1e2", "12,55555")) {
            test(editor.municipalShare).setValue(unreadable);

            assertThat(editor.save()).as(unreadable).isFalse();

            assertThat(editor.municipalShare.isInvalid()).as(unreadable).isTrue();
            assertThat(editor.municipalShare.getErrorMessage()).as(unreadable)
                    .isEqualTo("Skriv andelen i procent med högst fyra decimaler, till exempel 37,5.");
        }
        test(editor.municipalShare).setValue("0");
        assertThat(editor.save()).isFalse();
        assertThat(editor.municipalShare.getErrorMessage()).isEqualTo("Andelen ska vara större än 0 och högst 100 %.");
        assertThat(editor.isOpened()).isTrue();
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    void a_population_that_cannot_be_read_or_is_too_large_is_explained_at_the_field_and_nothing_is_saved() {
        MemberEditor editor = openNewMunicipality("Lunds kommun");

        for (String unreadable : List.of("12,5,5", "-5", "abc", "1,5")) {
            test(editor.population).setValue(unreadable);

            assertThat(editor.save()).as(unreadable).isFalse();

            assertThat(editor.population.isInvalid()).as(unreadable).isTrue();
            assertThat(editor.population.getErrorMessage()).as(unreadable)
                    .isEqualTo("Skriv antalet invånare som ett heltal, till exempel 127 000.");
        }
        test(editor.population).setValue("30 000 000");
        assertThat(editor.save()).isFalse();
        assertThat(editor.population.getErrorMessage()).isEqualTo("Talet får inte vara större än 20\u00a0000\u00a0000.");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    void an_edited_member_shows_its_population_grouped_and_saves_it_unchanged() {
        members.save(new Member(null, "Lunds kommun", null, MemberType.MUNICIPALITY, null, null, 127000, null));
        MembersView view = open("medlemmar", MembersView.class);
        view.openEditor(test(view.grid).getRow(0));
        roundTrip();
        assertThat(view.editor.population.getValue()).isEqualTo("127 000");

        assertThat(view.editor.save()).isTrue();

        assertThat(members.list().getFirst().population()).isEqualTo(127000);
    }

    @Test
    void a_name_longer_than_the_register_takes_is_explained_at_the_field() {
        MemberEditor editor = openNewMunicipality("K".repeat(10_000));

        assertThat(editor.save()).isFalse();

        assertThat(editor.name.getErrorMessage()).isEqualTo("Namn får vara högst 300 tecken.");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    void an_invalid_organisation_number_is_explained_in_swedish_and_the_dialog_keeps_what_was_typed() {
        MemberEditor editor = openNewMunicipality("Lunds kommun");
        test(editor.organisationNumber).setValue("2120001124");

        assertThat(editor.save()).isFalse();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.organisationNumber.isInvalid()).isTrue();
        assertThat(editor.organisationNumber.getErrorMessage())
                .isEqualTo("Organisationsnumret 2120001124 ska skrivas som tio siffror med bindestreck, till exempel 222000-1234.");
        assertThat(editor.name.getValue()).isEqualTo("Lunds kommun");
        assertThat(editor.organisationNumber.getValue()).isEqualTo("2120001124");
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    void a_refusal_from_the_service_is_shown_in_swedish_and_the_dialog_stays_open() {
        data.insertMember("Försäkringskassan", "FORSAKRINGSKASSAN", null);
        MembersView view = open("medlemmar", MembersView.class);
        MemberEditor editor = openNewMember(view);
        test(editor.name).setValue("Försäkringskassan Syd");
        test(editor.type).selectItem("Försäkringskassan");

        assertThat(editor.save()).isFalse();

        assertThat(editor.isOpened()).isTrue();
        assertThat(lastNotification()).isEqualTo("Förbundet kan bara ha en Försäkringskassan och en Arbetsförmedlingen.");
        assertThat(editor.name.getValue()).isEqualTo("Försäkringskassan Syd");
        assertThat(db.fetchCount(MEMBER)).isEqualTo(1);
    }

    @Test
    void a_save_over_somebody_elses_change_is_refused_and_overwrites_nothing() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        MembersView view = open("medlemmar", MembersView.class);
        test(view.grid).doubleClickRow(0);
        roundTrip();
        MemberEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.getHeaderTitle()).isEqualTo("Ändra medlem");
        assertThat(editor.name.getValue()).isEqualTo("Lunds kommun");

        // Somebody else saves the same member while the dialog is open.
        Member current = members.list().getFirst();
        members.save(new Member(current.id(), current.name(), "Lund", current.type(), null, null, 127000, current.version()));

        test(editor.shortName).setValue("LK");
        test(editor.population).setValue("1");
        assertThat(editor.save()).isFalse();

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
        MembersView view = open("medlemmar", MembersView.class);

        view.delete(test(view.grid).getRow(0));

        assertThat(lastNotification()).isEqualTo("Medlemmen Lunds kommun har tagits bort.");
        assertThat(test(view.grid).size()).isZero();
        assertThat(db.fetchCount(MEMBER)).isZero();
    }

    @Test
    void a_member_in_use_stays_and_the_reason_is_shown() {
        long lund = data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        data.personOf("Anna Berg", lund);
        MembersView view = open("medlemmar", MembersView.class);

        view.delete(test(view.grid).getRow(0));

        assertThat(lastNotification()).isEqualTo("Medlemmen används i registret (personer, insatser eller medel) och kan inte tas bort.");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void a_board_member_sees_the_members_but_no_add_button_and_cannot_open_the_editor() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        MembersView view = open("medlemmar", MembersView.class);

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
