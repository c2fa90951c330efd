package se.samordnaren.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static se.samordnaren.db.Tables.BODY;

@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class BodyServiceTest extends DatabaseTest {

    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;

    @Test
    void the_composition_on_a_past_date_shows_who_sat_then_and_today_who_sits_now() {
        Body body = bodies.save(data.newBody("Styrelsen"));
        Person before = people.save(data.newPerson("Tomas Ek"));
        Person now = people.save(data.newPerson("Ulrika Berg"));
        Person chair = people.save(data.newPerson("Henrik Åkesson"));
        people.addAppointment(new NewAppointment(chair.id(), body.id(), AppointmentRole.CHAIR, null,
                LocalDate.of(2019, 4, 1), null, null));
        people.addAppointment(new NewAppointment(before.id(), body.id(), AppointmentRole.SUBSTITUTE, null,
                LocalDate.of(2019, 4, 1), LocalDate.of(2021, 2, 28), null));
        people.addAppointment(new NewAppointment(now.id(), body.id(), AppointmentRole.SUBSTITUTE, null,
                LocalDate.of(2021, 3, 1), null, null));

        assertThat(bodies.composition(body.id(), LocalDate.of(2020, 6, 1)))
                .extracting(Appointment::personName, Appointment::role)
                .containsExactly(tuple(chair.fullName(), AppointmentRole.CHAIR),
                        tuple(before.fullName(), AppointmentRole.SUBSTITUTE));
        assertThat(bodies.composition(body.id(), LocalDate.of(2021, 2, 28))).extracting(Appointment::personName)
                .containsExactly(chair.fullName(), before.fullName());
        assertThat(bodies.composition(body.id(), LocalDate.of(2021, 3, 1))).extracting(Appointment::personName)
                .containsExactly(chair.fullName(), now.fullName());
        assertThat(bodies.composition(body.id(), LocalDate.now())).extracting(Appointment::personName)
                .containsExactly(chair.fullName(), now.fullName());
        assertThat(bodies.composition(body.id(), LocalDate.of(2019, 3, 31))).isEmpty();

        assertThat(bodies.overview()).singleElement()
                .satisfies(o -> assertThat(o.currentAppointments()).isEqualTo(2));
    }

    @Test
    void deleting_a_body_in_use_is_refused_with_a_swedish_message_and_an_unused_one_is_deleted() {
        Body used = bodies.save(data.newBody("Arbetsutskottet"));
        Person person = people.save(data.newPerson("Maria Holm"));
        people.addAppointment(new NewAppointment(person.id(), used.id(), AppointmentRole.MEMBER, null,
                LocalDate.of(2020, 1, 1), null, null));

        assertThatThrownBy(() -> bodies.delete(used))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.bodyInUse");
        assertThat(bodies.find(used.id())).isPresent();

        Body unused = bodies.save(data.newBody("Tillfällig grupp"));
        bodies.delete(unused);
        assertThat(bodies.find(unused.id())).isEmpty();
    }

    @Test
    void a_body_with_only_a_meeting_is_in_use_too() {
        Body body = bodies.save(data.newBody("Ägarsamrådet"));
        data.meeting(body.id(), LocalDate.of(2021, 3, 19));

        assertThatThrownBy(() -> bodies.delete(body))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.bodyInUse");
        assertThat(bodies.find(body.id())).isPresent();
    }

    @Test
    void a_stale_save_is_refused_and_nothing_is_overwritten() {
        Body body = bodies.save(data.newBody("Beredningsgruppen"));
        Body first = bodies.save(new Body(body.id(), body.name(), "BG", BodyType.PREPARATORY_GROUP,
                "Beredningsgruppen föreslår", "BG", body.version()));
        assertThat(first.version()).isEqualTo(body.version() + 1);

        Body stale = new Body(body.id(), body.name(), "XX", BodyType.OTHER, "Gammalt", null, body.version());
        assertThatThrownBy(() -> bodies.save(stale)).isInstanceOf(ConcurrentEditException.class);
        assertThat(bodies.find(body.id()).orElseThrow().paragraphPrefix()).isEqualTo("BG");
    }

    @Test
    void duplicate_names_and_short_names_and_bad_prefixes_are_refused() {
        Body body = bodies.save(new Body(null, "Ägarsamrådet", "ÄS", BodyType.OWNERS_CONSULTATION,
                "Ägarsamrådet beslutade", null, null));
        assertThatThrownBy(() -> bodies.save(data.newBody(body.name())))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.bodyNameTaken");
        assertThatThrownBy(() -> bodies.save(new Body(null, "Ägarmötet", "ÄS", BodyType.OTHER, "Mötet beslutade", null, null)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.bodyShortNameTaken");
        assertThatThrownBy(() -> bodies.save(new Body(null, "Grupp", null, BodyType.OTHER, "Gruppen beslutade",
                "A U", null)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.paragraphPrefix");
        assertThat(db.fetchCount(BODY)).isEqualTo(1);
    }

    @Test
    void a_name_longer_than_300_characters_is_refused_by_the_service_and_by_the_database() {
        assertThatThrownBy(() -> bodies.save(data.newBody("S".repeat(10_000))))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.text.tooLong"));
        assertThatThrownBy(() -> db.insertInto(BODY).set(BODY.NAME, "S".repeat(301)).set(BODY.BODY_TYPE, BodyType.OTHER)
                .set(BODY.DECISION_VERB, "Organet beslutade").execute())
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.database.tooLong");
        assertThat(db.fetchCount(BODY)).isZero();
    }

    @Test
    void the_body_type_is_stored_as_its_vocabulary() {
        Body saved = bodies.save(new Body(null, "Revisorerna", null, BodyType.AUDITORS, "Revisorerna beslutade", null, null));

        assertThat(db.select(BODY.BODY_TYPE).from(BODY).where(BODY.ID.eq(saved.id())).fetchSingle().value1())
                .isEqualTo(BodyType.AUDITORS);
        assertThat(db.fetchSingle("select body_type from body where id = ?", saved.id()).get(0, String.class))
                .isEqualTo("AUDITORS");
    }
}
