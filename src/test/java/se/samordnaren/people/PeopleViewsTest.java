package se.samordnaren.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.ui.DecidedAtLink;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.APPOINTMENT;
import static se.samordnaren.db.Tables.PERSON;

/** The bodies and people views driven like a user would, against the real database. */
class PeopleViewsTest extends ViewTest {

    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;

    private Body bodyWithChairAndFormerSubstitute(String chairName, String formerName) {
        Body body = bodies.save(data.newBody("Styrelsen"));
        Person chair = people.save(data.newPerson(chairName));
        Person former = people.save(data.newPerson(formerName));
        people.addAppointment(new NewAppointment(chair.id(), body.id(), AppointmentRole.CHAIR, null,
                LocalDate.of(2019, 4, 1), null, null));
        people.addAppointment(new NewAppointment(former.id(), body.id(), AppointmentRole.SUBSTITUTE, null,
                LocalDate.of(2019, 4, 1), LocalDate.of(2021, 2, 28), null));
        return body;
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_bodies_view_shows_the_composition_today_and_on_a_past_date() {
        Body body = bodyWithChairAndFormerSubstitute("Henrik Åkesson", "Tomas Ek");

        BodiesView view = open("organ", BodiesView.class);
        test(view.grid).select(rowOf(view.grid, body.id()));

        assertThat(view.composition.title.getText()).contains(body.name());
        assertThat(test(view.composition.composition).size()).isEqualTo(1);
        assertThat(names(view.composition.composition)).containsExactly("Henrik Åkesson");

        test(view.composition.date).setValue(LocalDate.of(2020, 6, 1));
        assertThat(names(view.composition.composition)).containsExactly("Henrik Åkesson", "Tomas Ek");
        assertThat(view.composition.note.getText()).contains("1 juni 2020");
        assertThat(view.addButton.isVisible()).isTrue();
        assertThat(view.composition.addAppointmentButton.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_body_is_added_through_the_dialog_and_chosen() {
        BodiesView view = open("organ", BodiesView.class);
        test(view.addButton).click();
        roundTrip();
        BodyEditor editor = view.editor;
        test(editor.name).setValue("Arbetsutskottet");
        test(editor.type).selectItem("Arbetsutskott");
        test(editor.decisionVerb).setValue("Arbetsutskottet beslutade");
        test(editor.paragraphPrefix).setValue("AU");

        assertThat(editor.save()).isTrue();

        assertThat(lastNotification()).isEqualTo("Organet Arbetsutskottet har sparats.");
        assertThat(view.composition.body.name()).isEqualTo("Arbetsutskottet");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("AU §");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_body_name_another_body_has_is_refused_and_the_dialog_keeps_what_was_typed() {
        bodies.save(data.newBody("Styrelsen"));
        BodiesView view = open("organ", BodiesView.class);
        test(view.addButton).click();
        roundTrip();
        BodyEditor editor = view.editor;
        test(editor.name).setValue("Styrelsen");
        test(editor.type).selectItem("Styrelse");
        test(editor.decisionVerb).setValue("Styrelsen beslutade");

        assertThat(editor.save()).isFalse();

        assertThat(editor.isOpened()).isTrue();
        assertThat(lastNotification()).isEqualTo("Det finns redan ett organ med det namnet. Välj ett annat namn.");
        assertThat(editor.name.getValue()).isEqualTo("Styrelsen");
        assertThat(bodies.list()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_people_view_adds_a_person_through_the_dialog() {
        PeopleView view = open("personer", PeopleView.class);
        test(view.addButton).click();
        roundTrip();
        PersonEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();

        test(editor.name).setValue("Amira Haddad");
        test(editor.party).setValue("MP");
        test(editor.organisation).setValue("Förbundets kansli");
        test(editor.email).setValue("amira@example.se");
        assertThat(editor.save()).isTrue();

        assertThat(editor.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Amira Haddad har sparats.");
        assertThat(view.details.shown.person().fullName()).isEqualTo("Amira Haddad");
        assertThat(view.details.title.getText()).isEqualTo("Amira Haddad (mp)");
        test(view.filter).setValue("amira");
        assertThat(view.grid.getGenericDataView().getItems().map(s -> s.person().fullName())).containsExactly("Amira Haddad");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void an_invalid_party_keeps_the_dialog_open_with_the_message_at_the_field() {
        PeopleView view = open("personer", PeopleView.class);
        test(view.addButton).click();
        roundTrip();
        test(view.editor.name).setValue("Fel Felsson");
        test(view.editor.party).setValue("123");

        assertThat(view.editor.save()).isFalse();

        assertThat(view.editor.isOpened()).isTrue();
        assertThat(view.editor.party.getErrorMessage()).contains("(inte 123)");
        assertThat(view.editor.name.getValue()).isEqualTo("Fel Felsson");
        assertThat(db.fetchCount(PERSON)).isZero();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_name_longer_than_the_register_takes_is_refused_at_the_field_and_nothing_is_saved() {
        PeopleView view = open("personer", PeopleView.class);
        test(view.addButton).click();
        roundTrip();
        test(view.editor.name).setValue("A".repeat(10_000));

        assertThat(view.editor.save()).isFalse();

        assertThat(view.editor.name.isInvalid()).isTrue();
        assertThat(view.editor.name.getErrorMessage()).isEqualTo("Namn får vara högst 300 tecken.");
        assertThat(db.fetchCount(PERSON)).isZero();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_people_list_is_filtered_in_the_database() {
        for (int i = 0; i < 60; i++) {
            people.save(new Person(null, String.format("Person %02d", i), null, null, null,
                    i % 2 == 0 ? "Jämna" : "Udda", null, null, null));
        }
        PeopleView view = open("personer", PeopleView.class);
        assertThat(view.grid.getGenericDataView().getItems()).hasSize(60);

        test(view.filter).setValue("udda");

        assertThat(view.grid.getGenericDataView().getItems()).hasSize(30)
                .allSatisfy(s -> assertThat(s.person().organisation()).isEqualTo("Udda"));
    }

    @Test
    @WithMockUser(username = "ledamot", roles = "STYRELSE")
    void a_reader_sees_no_edit_controls() {
        Body body = asChef(() -> bodyWithChairAndFormerSubstitute("Henrik Åkesson", "Tomas Ek"));

        BodiesView bodiesView = open("organ", BodiesView.class);
        assertThat(bodiesView.mayEdit).isFalse();
        assertThat(bodiesView.addButton.isVisible()).isFalse();
        assertThat(bodiesView.composition.addAppointmentButton.isVisible()).isFalse();
        test(bodiesView.grid).select(rowOf(bodiesView.grid, body.id()));
        assertThat(names(bodiesView.composition.composition)).containsExactly("Henrik Åkesson");
        assertThat(find(Button.class).from(bodiesView.composition.composition).all()).isEmpty();

        PeopleView peopleView = open("personer", PeopleView.class);
        assertThat(peopleView.addButton.isVisible()).isFalse();
        assertThat(peopleView.details.editButton.isVisible()).isFalse();
        assertThat(peopleView.details.addAppointmentButton.isVisible()).isFalse();
        assertThat(peopleView.details.appointments.getColumns()).hasSize(6);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void ending_an_appointment_from_the_people_view() {
        Body body = bodies.save(data.newBody("Beredningsgruppen"));
        Person person = people.save(data.newPerson("Mikael Berg"));
        people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.MEMBER, null,
                LocalDate.of(2018, 1, 1), null, null));

        PeopleView view = open("personer", PeopleView.class);
        test(view.filter).setValue("Mikael");
        test(view.grid).select(0);
        Appointment appointment = view.details.shown.appointments().getFirst();
        view.details.openEndDialog(appointment);
        roundTrip();
        test(view.details.endDialog.lastDay).setValue(LocalDate.of(2021, 2, 28));
        assertThat(view.details.endDialog.save()).isTrue();

        assertThat(lastNotification()).isEqualTo("Uppdraget har avslutats den 2021-02-28.");
        assertThat(view.details.shown.appointments().getFirst().validTo()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(find(DecidedAtLink.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_last_day_before_the_first_is_refused_at_the_field_and_the_appointment_runs_on() {
        Body body = bodies.save(data.newBody("Beredningsgruppen"));
        Person person = people.save(data.newPerson("Mikael Berg"));
        Appointment running = people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.MEMBER,
                null, LocalDate.of(2018, 1, 1), null, null));

        PeopleView view = open("personer", PeopleView.class);
        view.details.show(person.id());
        view.details.openEndDialog(running);
        roundTrip();
        view.details.endDialog.lastDay.setValue(LocalDate.of(2017, 12, 31)); // typed; the tester refuses it

        assertThat(view.details.endDialog.save()).isFalse();

        assertThat(view.details.endDialog.lastDay.isInvalid()).isTrue();
        assertThat(view.details.endDialog.lastDay.getErrorMessage()).isEqualTo("Datumet får inte vara före 2018-01-01.");
        assertThat(db.select(APPOINTMENT.VALID_TO).from(APPOINTMENT).where(APPOINTMENT.ID.eq(running.id()))
                .fetchSingle().value1()).isNull();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_second_chair_is_refused_with_the_holders_name_and_the_dialog_stays_open() {
        Body body = bodyWithChairAndFormerSubstitute("Henrik Åkesson", "Tomas Ek");
        Person karin = people.save(data.newPerson("Karin Lund"));

        BodiesView view = open("organ", BodiesView.class);
        test(view.grid).select(rowOf(view.grid, body.id()));
        view.composition.openAppointmentEditor();
        roundTrip();
        AppointmentEditor editor = view.composition.appointmentEditor;
        editor.person.setValue(karin);
        test(editor.role).selectItem("Ordförande");
        test(editor.validFrom).setValue(LocalDate.of(2021, 1, 1));

        assertThat(editor.save()).isFalse();

        assertThat(editor.isOpened()).isTrue();
        assertThat(lastNotification()).startsWith("Organet har redan en ordförande under den tiden: Henrik Åkesson.");
        assertThat(db.fetchCount(APPOINTMENT)).isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_person_with_appointments_is_not_deleted_and_the_reason_is_shown() {
        Body body = bodies.save(data.newBody("Styrelsen"));
        Person person = people.save(data.newPerson("Sofia Ahl"));
        people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.MEMBER, null,
                LocalDate.of(2019, 4, 1), null, null));
        PeopleView view = open("personer", PeopleView.class);
        view.details.show(person.id());

        view.details.delete(person);

        assertThat(lastNotification()).isEqualTo("Personen har uppdrag eller förekommer i protokoll och kan inte tas bort.");
        assertThat(people.find(person.id())).isPresent();
    }

    private String lastNotification() {
        List<Notification> notifications = find(Notification.class).all();
        assertThat(notifications).isNotEmpty();
        return test(notifications.getLast()).getText();
    }

    private static List<String> names(Grid<Appointment> grid) {
        return grid.getListDataView().getItems().map(Appointment::personName).toList();
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

    private static <T> T asChef(Supplier<T> work) {
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
