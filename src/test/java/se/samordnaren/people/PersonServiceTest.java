package se.samordnaren.people;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.APPOINTMENT;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.people.PeopleTestData.newBody;
import static se.samordnaren.people.PeopleTestData.newPerson;
import static se.samordnaren.people.PeopleTestData.unique;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
class PersonServiceTest {

    @Autowired
    PersonService people;
    @Autowired
    BodyService bodies;
    @Autowired
    DSLContext db;

    @Test
    void endingAnAppointmentKeepsItInTheHistoryAndAStaleEndIsRefused() {
        Body body = bodies.save(newBody(unique("Styrelse")));
        Person person = people.save(newPerson(unique("Sofia")));
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
    void anOverlappingAppointmentIsRefusedWithASwedishMessageNamingTheHolder() {
        Body body = bodies.save(newBody(unique("Beredningsgrupp")));
        Person person = people.save(newPerson(unique("Linnea")));
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
    void aBodyHasOneChairAtATime() {
        Body body = bodies.save(newBody(unique("Arbetsutskott")));
        Person first = people.save(newPerson(unique("Henrik")));
        Person second = people.save(newPerson(unique("Karin")));
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
    void aStalePersonSaveIsRefusedAndFieldsAreChecked() {
        Person person = people.save(newPerson(unique("Johan")));
        Person saved = people.save(new Person(person.id(), person.fullName(), "L", null, null, "Region", "johan@example.se",
                "046-12 34 56", person.version()));
        assertThat(saved.party()).isEqualTo("l");
        assertThat(saved.version()).isEqualTo(person.version() + 1);

        assertThatThrownBy(() -> people.save(new Person(person.id(), "Gammalt namn", null, null, null, null, null, null,
                person.version()))).isInstanceOf(ConcurrentEditException.class);
        assertThat(people.find(person.id()).orElseThrow().fullName()).isEqualTo(person.fullName());

        assertThatThrownBy(() -> people.save(new Person(null, unique("X"), null, null, null, null, "inte-en-adress", null, null)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.email");
    }

    @Test
    void filtersByNameAndOrganisation() {
        String organisation = unique("Konsultbyrån");
        Person person = people.save(new Person(null, unique("Anna"), null, null, null, organisation, null, null, null));
        people.save(newPerson(unique("Bertil")));

        assertThat(people.list(organisation.toUpperCase())).extracting(s -> s.person().id()).containsExactly(person.id());
        assertThat(people.list(person.fullName().substring(5))).extracting(s -> s.person().id()).containsExactly(person.id());
        assertThat(people.search(organisation, se.samordnaren.common.PageRequest.first(10))).extracting(Person::id).containsExactly(person.id());
    }

    @Test
    void anAppointmentShowsWhereItWasDecided() {
        Body body = bodies.save(newBody(unique("Styrelse")));
        Person person = people.save(newPerson(unique("Ulrika")));
        Appointment appointment = people.addAppointment(new NewAppointment(person.id(), body.id(), AppointmentRole.SUBSTITUTE,
                null, LocalDate.of(2021, 3, 1), null, null));
        long meetingId = db.insertInto(MEETING).set(MEETING.BODY_ID, body.id()).set(MEETING.MEETING_DATE, LocalDate.of(2021, 3, 19))
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
        long itemId = db.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, meetingId).set(AGENDA_ITEM.NUMBER, 2)
                .set(AGENDA_ITEM.TITLE, "Val av ersättare").returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
        long decisionId = db.insertInto(DECISION).set(DECISION.ITEM_ID, itemId).set(DECISION.OUTCOME, se.samordnaren.meeting.DecisionOutcome.APPROVED)
                .returning(DECISION.ID).fetchSingle(DECISION.ID);
        long recordId = db.select(APPOINTMENT.RECORD_ID).from(APPOINTMENT).where(APPOINTMENT.ID.eq(appointment.id()))
                .fetchSingle(APPOINTMENT.RECORD_ID);
        db.insertInto(DECISION_LINK).set(DECISION_LINK.DECISION_ID, decisionId).set(DECISION_LINK.RECORD_ID, recordId)
                .set(DECISION_LINK.NOTE, "Utsedd").execute();
        try {
            Appointment read = people.details(person.id()).orElseThrow().appointments().getFirst();
            assertThat(read.decidedAt()).containsExactly(
                    new DecidedAt(meetingId, body.name(), LocalDate.of(2021, 3, 19), 2, "Utsedd"));
            assertThat(bodies.composition(body.id(), LocalDate.of(2021, 3, 19)).getFirst().decidedAt()).hasSize(1);

            assertThatThrownBy(() -> people.deleteAppointment(read))
                    .isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.appointmentDecided");
        } finally {
            db.deleteFrom(DECISION_LINK).where(DECISION_LINK.DECISION_ID.eq(decisionId)).execute();
            db.deleteFrom(DECISION).where(DECISION.ID.eq(decisionId)).execute();
            db.deleteFrom(MEETING).where(MEETING.ID.eq(meetingId)).execute();
        }
    }
}
