package se.samordnaren.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.APPOINTMENT;
import static se.samordnaren.db.Tables.PERSON;

@WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
class PersonServiceTest extends DatabaseTest {

    @Autowired
    PersonService people;
    @Autowired
    BodyService bodies;

    @Test
    void ending_an_appointment_keeps_it_in_the_history_and_a_stale_end_is_refused() {
        Body body = bodies.save(data.newBody("Styrelsen"));
        Person person = people.save(data.newPerson("Sofia Ahl"));
        Appointment appointment = people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.MEMBER,
                null, LocalDate.of(2019, 4, 1), null, "Ledamot"));
        assertThat(appointment.validTo()).isNull();

        Appointment ended = people.endAppointment(appointment, LocalDate.of(2021, 2, 28));
        assertThat(ended.validTo()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(ended.version()).isEqualTo(appointment.version() + 1);
        assertThat(people.details(person.id()).orElseThrow().appointments())
                .singleElement().satisfies(a -> assertThat(a.validTo()).isEqualTo(LocalDate.of(2021, 2, 28)));

        assertThatThrownBy(() -> people.endAppointment(appointment, LocalDate.of(2022, 1, 1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> people.endAppointment(ended, LocalDate.of(2019, 3, 1)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.period");
    }

    @Test
    void an_overlapping_appointment_is_refused_with_a_swedish_message_naming_the_holder() {
        Body body = bodies.save(data.newBody("Beredningsgruppen"));
        Person person = people.save(data.newPerson("Linnea Ek"));
        people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.MEMBER, null,
                LocalDate.of(2017, 1, 1), LocalDate.of(2020, 6, 30), null));

        assertThatThrownBy(() -> people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.MEMBER,
                null, LocalDate.of(2020, 6, 30), null, null)))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("people.error.overlap");
                    assertThat(((UserFacingException) e).arguments()).containsExactly(person.fullName());
                });
        // Returning the day after the old appointment ended is a new row, and fine.
        people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.MEMBER, null,
                LocalDate.of(2021, 3, 1), null, null));
        assertThat(people.details(person.id()).orElseThrow().appointments()).hasSize(2)
                .first().satisfies(a -> assertThat(a.validFrom()).isEqualTo(LocalDate.of(2021, 3, 1)));
    }

    @Test
    void a_body_has_one_chair_at_a_time() {
        Body body = bodies.save(data.newBody("Arbetsutskottet"));
        Person first = people.save(data.newPerson("Henrik Åkesson"));
        Person second = people.save(data.newPerson("Karin Lund"));
        Appointment chair = people.addAppointment(new NewAppointment(first.id(), body.id(), AppointmentRole.CHAIR, null,
                LocalDate.of(2019, 4, 1), null, null));

        assertThatThrownBy(() -> people.addAppointment(new NewAppointment(second.id(), body.id(), AppointmentRole.CHAIR,
                null, LocalDate.of(2021, 1, 1), null, null)))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("people.error.chairTaken");
                    assertThat(((UserFacingException) e).arguments()).containsExactly(first.fullName());
                });
        assertThat(db.fetchCount(APPOINTMENT, APPOINTMENT.BODY_ID.eq(body.id()))).isEqualTo(1);

        // A change of chair: the old appointment ends, the new one starts the next day.
        people.endAppointment(chair, LocalDate.of(2020, 12, 31));
        people.addAppointment(new NewAppointment(second.id(), body.id(), AppointmentRole.CHAIR, null,
                LocalDate.of(2021, 1, 1), null, null));
        assertThat(bodies.composition(body.id(), LocalDate.of(2020, 12, 31))).extracting(Appointment::personName)
                .containsExactly(first.fullName());
        assertThat(bodies.composition(body.id(), LocalDate.of(2021, 1, 1))).extracting(Appointment::personName)
                .containsExactly(second.fullName());
        // A vice chair alongside the chair is fine.
        people.addAppointment(new NewAppointment(first.id(), body.id(), AppointmentRole.VICE_CHAIR, null,
                LocalDate.of(2021, 1, 1), null, null));
    }

    @Test
    void moving_an_end_date_into_the_next_chairs_time_is_refused_naming_the_next_chair() {
        Body body = bodies.save(data.newBody("Arbetsutskottet"));
        Person first = people.save(data.newPerson("Henrik Åkesson"));
        Person second = people.save(data.newPerson("Karin Lund"));
        Appointment old = people.addAppointment(new NewAppointment(first.id(), body.id(), AppointmentRole.CHAIR, null,
                LocalDate.of(2019, 4, 1), LocalDate.of(2020, 12, 31), null));
        people.addAppointment(new NewAppointment(second.id(), body.id(), AppointmentRole.CHAIR, null,
                LocalDate.of(2021, 1, 1), null, null));

        assertThatThrownBy(() -> people.endAppointment(old, LocalDate.of(2021, 6, 30)))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("people.error.chairTaken");
                    assertThat(((UserFacingException) e).arguments()).containsExactly(second.fullName());
                });
    }

    @Test
    void the_database_refuses_a_second_chair_by_a_named_rule_even_without_the_service() {
        Body body = bodies.save(data.newBody("Arbetsutskottet"));
        Person first = people.save(data.newPerson("Henrik Åkesson"));
        Person second = people.save(data.newPerson("Karin Lund"));
        people.addAppointment(new NewAppointment(first.id(), body.id(), AppointmentRole.CHAIR, null,
                LocalDate.of(2019, 4, 1), null, null));

        assertThatThrownBy(() -> db.insertInto(APPOINTMENT).set(APPOINTMENT.PERSON_ID, second.id())
                .set(APPOINTMENT.BODY_ID, body.id()).set(APPOINTMENT.ROLE, AppointmentRole.CHAIR)
                .set(APPOINTMENT.VALID_FROM, LocalDate.of(2021, 1, 1)).execute())
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.refused.chairTaken");
    }

    @Test
    void a_stale_person_save_is_refused_and_fields_are_checked() {
        Person person = people.save(data.newPerson("Johan Ek"));
        Person saved = people.save(new Person(person.id(), person.fullName(), "L", null, null, "Region", "johan@example.se",
                "046-12 34 56", person.version()));
        assertThat(saved.party()).isEqualTo("l");
        assertThat(saved.version()).isEqualTo(person.version() + 1);

        assertThatThrownBy(() -> people.save(new Person(person.id(), "Gammalt namn", null, null, null, null, null, null,
                person.version()))).isInstanceOf(ConcurrentEditException.class);
        assertThat(people.find(person.id()).orElseThrow().fullName()).isEqualTo(person.fullName());

        assertThatThrownBy(() -> people.save(new Person(null, "X", null, null, null, null, "inte-en-adress", null, null)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.email");
    }

    @Test
    void a_name_of_ten_thousand_characters_is_refused_with_a_message_and_the_database_refuses_it_too() {
        assertThatThrownBy(() -> people.save(data.newPerson("A".repeat(10_000))))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.text.tooLong");
                    assertThat(((UserFacingException) e).arguments()[1]).isEqualTo(300);
                });
        assertThatThrownBy(() -> db.insertInto(PERSON).set(PERSON.FULL_NAME, "A".repeat(10_000)).execute())
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.database.tooLong");
        assertThat(db.fetchCount(PERSON)).isZero();
    }

    @Test
    void filters_by_name_and_organisation() {
        Person person = people.save(new Person(null, "Anna Berg", null, null, null, "Konsultbyrån AB", null, null, null));
        people.save(data.newPerson("Bertil Ek"));

        assertThat(people.list("KONSULTBYRÅN", PageRequest.first(50))).extracting(s -> s.person().id())
                .containsExactly(person.id());
        assertThat(people.list("na ber", PageRequest.first(50))).extracting(s -> s.person().id())
                .containsExactly(person.id());
        assertThat(people.search("Konsultbyrån", PageRequest.first(10))).extracting(Person::id).containsExactly(person.id());
    }

    @Test
    void the_list_comes_a_page_at_a_time_in_the_order_asked_for_and_an_unknown_sort_is_ignored() {
        for (int i = 0; i < 12; i++) {
            people.save(new Person(null, String.format("Person %02d", i), null, null, null,
                    "Organisation " + (char) ('L' - i), null, null, null));
        }

        assertThat(people.list("", PageRequest.of(5, 3))).extracting(s -> s.person().fullName())
                .containsExactly("Person 05", "Person 06", "Person 07");
        assertThat(people.list("", new PageRequest(0, 2, List.of(new PageRequest.Sort("organisation", false)))))
                .extracting(s -> s.person().fullName()).containsExactly("Person 11", "Person 10");
        assertThat(people.list("", new PageRequest(0, 2, List.of(new PageRequest.Sort("full_name; drop table person", true)))))
                .extracting(s -> s.person().fullName()).containsExactly("Person 00", "Person 01");
    }

    @Test
    void an_appointment_shows_where_it_was_decided_and_cannot_be_deleted_nor_its_person() {
        Body body = bodies.save(new Body(null, "Arbetsutskottet", null, BodyType.WORKING_COMMITTEE,
                "Arbetsutskottet beslutade", "AU", null));
        Person person = people.save(data.newPerson("Ulrika Berg"));
        Appointment appointment = people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.SUBSTITUTE,
                null, LocalDate.of(2021, 3, 1), null, null));
        long meetingId = decidedAt(body, 2, db.select(APPOINTMENT.RECORD_ID).from(APPOINTMENT)
                .where(APPOINTMENT.ID.eq(appointment.id())).fetchSingle(APPOINTMENT.RECORD_ID));

        Appointment read = people.details(person.id()).orElseThrow().appointments().getFirst();
        assertThat(read.decidedAt()).containsExactly(new DecidedAt(
                new ParagraphRef(meetingId, "Arbetsutskottet", "AU", LocalDate.of(2021, 3, 19), 2), "Utsedd"));
        assertThat(read.decidedAt().getFirst().paragraph().label()).isEqualTo("Arbetsutskottet 2021-03-19 AU § 2");
        assertThat(bodies.composition(body.id(), LocalDate.of(2021, 3, 19)).getFirst().decidedAt()).hasSize(1);

        assertThatThrownBy(() -> people.deleteAppointment(read))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.appointmentDecided");
        assertThatThrownBy(() -> people.delete(people.find(person.id()).orElseThrow()))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.personInUse");
        assertThat(db.fetchCount(APPOINTMENT)).isEqualTo(1);
    }

    @Test
    void a_person_a_decision_links_to_cannot_be_deleted_and_one_nobody_refers_to_can() {
        Body body = bodies.save(data.newBody("Styrelsen"));
        Person linked = people.save(data.newPerson("Eva Strand"));
        Person free = people.save(data.newPerson("Olof Lind"));
        decidedAt(body, 1, data.personRecord(linked.id()));

        assertThatThrownBy(() -> people.delete(linked))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.personInUse");
        people.delete(free);

        assertThat(people.find(linked.id())).isPresent();
        assertThat(people.find(free.id())).isEmpty();
    }

    /** § {@code number} of the body's meeting on 2021-03-19 decides about the record ("Utsedd"); the meeting's id. */
    private long decidedAt(Body body, int number, long recordId) {
        long meetingId = data.meeting(body.id(), LocalDate.of(2021, 3, 19));
        long decisionId = data.paragraphWithDecision(meetingId, number, "Val", se.samordnaren.meeting.DecisionOutcome.APPROVED);
        data.link(decisionId, recordId, "Utsedd");
        return meetingId;
    }
}
