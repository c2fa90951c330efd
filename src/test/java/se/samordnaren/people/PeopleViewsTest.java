package se.samordnaren.people;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import se.samordnaren.ui.DecidedAtLink;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.people.PeopleTestData.newBody;
import static se.samordnaren.people.PeopleTestData.newPerson;
import static se.samordnaren.people.PeopleTestData.unique;

@SpringBootTest
@ActiveProfiles("test")
class PeopleViewsTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    BodyService bodies;
    @org.springframework.beans.factory.annotation.Autowired
    PersonService people;

    private Body bodyWithChairAndFormerSubstitute(String chairName, String formerName) {
        Body body = bodies.save(newBody(unique("Organ")));
        Person chair = people.save(newPerson(chairName));
        Person former = people.save(newPerson(formerName));
        people.addAppointment(new NewAppointment(chair.id(), body.id(), AppointmentRole.CHAIR, null,
                LocalDate.of(2019, 4, 1), null, null));
        people.addAppointment(new NewAppointment(former.id(), body.id(), AppointmentRole.SUBSTITUTE, null,
                LocalDate.of(2019, 4, 1), LocalDate.of(2021, 2, 28), null));
        return body;
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void bodiesViewShowsTheCompositionTodayAndOnAPastDate() {
        String chair = unique("Henrik");
        String former = unique("Tomas");
        Body body = bodyWithChairAndFormerSubstitute(chair, former);

        BodiesView view = view(BodiesView.class);
        int row = rowOf(view.grid, body.id());
        test(view.grid).select(row);

        assertThat(view.compositionTitle.getText()).contains(body.name());
        assertThat(test(view.composition).size()).isEqualTo(1);
        assertThat(view.composition.getListDataView().getItems().map(Appointment::personName)).containsExactly(chair);

        test(view.compositionDate).setValue(LocalDate.of(2020, 6, 1));
        assertThat(view.composition.getListDataView().getItems().map(Appointment::personName)).containsExactly(chair, former);
        assertThat(view.compositionNote.getText()).contains("1 juni 2020");
        assertThat(view.addButton.isVisible()).isTrue();
        assertThat(view.addAppointmentButton.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void peopleViewAddsAPersonThroughTheDialog() {
        PeopleView view = view(PeopleView.class);
        test(view.addButton).click();
        roundTrip();
        PeopleView.PersonEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();

        String name = unique("Amira Haddad");
        test(editor.name).setValue(name);
        test(editor.party).setValue("MP");
        test(editor.organisation).setValue("Förbundets kansli");
        test(editor.email).setValue("amira@example.se");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(view.selected).isNotNull();
        assertThat(view.selected.person().fullName()).isEqualTo(name);
        assertThat(view.detailsTitle.getText()).isEqualTo(name + " (mp)");
        test(view.filter).setValue(name);
        assertThat(view.grid.getListDataView().getItems().map(s -> s.person().fullName())).containsExactly(name);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void anInvalidPersonKeepsTheDialogOpen() {
        PeopleView view = view(PeopleView.class);
        test(view.addButton).click();
        roundTrip();
        test(view.editor.name).setValue(unique("Fel"));
        test(view.editor.party).setValue("123");
        test(view.editor.save).click();
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(view.editor.name.getValue()).startsWith("Fel");
    }

    @Test
    @WithMockUser(username = "ledamot", roles = "STYRELSE")
    void aReaderSeesNoEditControls() {
        String chair = unique("Henrik");
        Body body;
        // Data is created as FORBUNDSCHEF through the database-facing service; the reader only looks.
        body = asChef(() -> bodyWithChairAndFormerSubstitute(chair, unique("Tomas")));

        BodiesView bodiesView = view(BodiesView.class);
        assertThat(bodiesView.mayEdit).isFalse();
        assertThat(bodiesView.addButton.isVisible()).isFalse();
        assertThat(bodiesView.addAppointmentButton.isVisible()).isFalse();
        test(bodiesView.grid).select(rowOf(bodiesView.grid, body.id()));
        assertThat(bodiesView.composition.getListDataView().getItems().map(Appointment::personName)).containsExactly(chair);
        assertThat(find(Button.class).from(bodiesView.composition).all()).isEmpty();

        PeopleView peopleView = view(PeopleView.class);
        assertThat(peopleView.addButton.isVisible()).isFalse();
        assertThat(peopleView.editPersonButton.isVisible()).isFalse();
        assertThat(peopleView.addAppointmentButton.isVisible()).isFalse();
        assertThat(peopleView.appointments.getColumns()).hasSize(6);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void endingAnAppointmentFromThePeopleView() {
        Body body = bodies.save(newBody(unique("Organ")));
        Person person = people.save(newPerson(unique("Mikael")));
        people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.MEMBER, null,
                LocalDate.of(2018, 1, 1), null, null));

        PeopleView view = view(PeopleView.class);
        test(view.filter).setValue(person.fullName());
        test(view.grid).select(0);
        Appointment appointment = view.selected.appointments().getFirst();
        view.openEndDialog(appointment);
        roundTrip();
        test(view.endDialog.lastDay).setValue(LocalDate.of(2021, 2, 28));
        test(view.endDialog.confirm).click();

        assertThat(view.selected.appointments().getFirst().validTo()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(find(DecidedAtLink.class).all()).isEmpty();
    }

    /** Views carry @PermitAll, so Spring's method security hands out a proxy; the controls live on the target. */
    private <V extends com.vaadin.flow.component.Component> V view(Class<V> type) {
        return org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(type));
    }

    private static int rowOf(Grid<BodyOverview> grid, long bodyId) {
        var items = grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).body().id() == bodyId) {
                return i;
            }
        }
        throw new AssertionError("body not in grid");
    }

    private static <T> T asChef(java.util.function.Supplier<T> work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var original = context.getAuthentication();
        try {
            context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                    "chef", "x", "ROLE_FORBUNDSCHEF"));
            return work.get();
        } finally {
            context.setAuthentication(original);
        }
    }
}
