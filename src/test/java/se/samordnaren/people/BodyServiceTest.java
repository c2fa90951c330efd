package se.samordnaren.people;

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
import static se.samordnaren.people.PeopleTestData.newBody;
import static se.samordnaren.people.PeopleTestData.newPerson;
import static se.samordnaren.people.PeopleTestData.unique;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class BodyServiceTest {

    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;

    @Test
    void compositionOnAPastDateShowsWhoSatThenAndTodayWhoSitsNow() {
        Body body = bodies.save(newBody(unique("Styrelse")));
        Person before = people.save(newPerson(unique("Tomas")));
        Person now = people.save(newPerson(unique("Ulrika")));
        Person chair = people.save(newPerson(unique("Henrik")));
        people.addAppointment(new NewAppointment(chair.id(), body.id(), AppointmentRole.CHAIR, null,
                LocalDate.of(2019, 4, 1), null, null));
        people.addAppointment(new NewAppointment(before.id(), body.id(), AppointmentRole.SUBSTITUTE, null,
                LocalDate.of(2019, 4, 1), LocalDate.of(2021, 2, 28), null));
        people.addAppointment(new NewAppointment(now.id(), body.id(), AppointmentRole.SUBSTITUTE, null,
                LocalDate.of(2021, 3, 1), null, null));

        assertThat(bodies.composition(body.id(), LocalDate.of(2020, 6, 1)))
                .extracting(Appointment::personName, Appointment::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(chair.fullName(), AppointmentRole.CHAIR),
                        org.assertj.core.groups.Tuple.tuple(before.fullName(), AppointmentRole.SUBSTITUTE));
        assertThat(bodies.composition(body.id(), LocalDate.of(2021, 2, 28))).extracting(Appointment::personName)
                .containsExactly(chair.fullName(), before.fullName());
        assertThat(bodies.composition(body.id(), LocalDate.of(2021, 3, 1))).extracting(Appointment::personName)
                .containsExactly(chair.fullName(), now.fullName());
        assertThat(bodies.composition(body.id(), LocalDate.now())).extracting(Appointment::personName)
                .containsExactly(chair.fullName(), now.fullName());
        assertThat(bodies.composition(body.id(), LocalDate.of(2019, 3, 31))).isEmpty();

        assertThat(bodies.overview()).filteredOn(o -> o.body().id().equals(body.id()))
                .singleElement().satisfies(o -> assertThat(o.currentAppointments()).isEqualTo(2));
    }

    @Test
    void deletingABodyInUseIsRefusedWithASwedishMessageAndAnUnusedOneIsDeleted() {
        Body used = bodies.save(newBody(unique("Arbetsutskott")));
        Person person = people.save(newPerson(unique("Maria")));
        people.addAppointment(new NewAppointment(person.id(), used.id(), AppointmentRole.MEMBER, null,
                LocalDate.of(2020, 1, 1), null, null));

        assertThatThrownBy(() -> bodies.delete(used))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("people.error.bodyInUse");
                    assertThat(((UserFacingException) e).arguments()).containsExactly(used.name());
                });
        assertThat(bodies.find(used.id())).isPresent();

        Body unused = bodies.save(newBody(unique("Tillfällig grupp")));
        bodies.delete(unused);
        assertThat(bodies.find(unused.id())).isEmpty();
    }

    @Test
    void aStaleSaveIsRefusedAndNothingIsOverwritten() {
        Body body = bodies.save(newBody(unique("Beredningsgrupp")));
        Body first = bodies.save(new Body(body.id(), body.name(), "BG", BodyType.PREPARATORY_GROUP,
                "Beredningsgruppen föreslår", "BG", body.version()));
        assertThat(first.version()).isEqualTo(body.version() + 1);

        Body stale = new Body(body.id(), body.name(), "XX", BodyType.OTHER, "Gammalt", null, body.version());
        assertThatThrownBy(() -> bodies.save(stale)).isInstanceOf(ConcurrentEditException.class);
        assertThat(bodies.find(body.id()).orElseThrow().paragraphPrefix()).isEqualTo("BG");
    }

    @Test
    void duplicateNamesAndBadPrefixesAreRefused() {
        Body body = bodies.save(newBody(unique("Ägarsamråd")));
        assertThatThrownBy(() -> bodies.save(newBody(body.name())))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.bodyNameTaken");
        assertThatThrownBy(() -> bodies.save(new Body(null, unique("Grupp"), null, BodyType.OTHER, "Gruppen beslutade",
                "A U", null)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.paragraphPrefix");
    }
}
