package se.samordnaren.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.people.PeopleTestData.newBody;
import static se.samordnaren.people.PeopleTestData.newPerson;
import static se.samordnaren.people.PeopleTestData.unique;

@SpringBootTest
@ActiveProfiles("test")
class PeopleAccessTest {

    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;

    @Test
    @WithMockUser(username = "ledamot", roles = "STYRELSE")
    void boardMembersReadButCannotWrite() {
        assertThat(bodies.list()).isNotNull();
        assertThat(people.list("")).isNotNull();
        Appointment fake = new Appointment(1L, 1, "X", null, 1, "Y", AppointmentRole.MEMBER, null, null,
                LocalDate.of(2020, 1, 1), null, null, 1, null);

        assertThatThrownBy(() -> bodies.save(newBody(unique("Organ")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.delete(new Body(1L, "X", null, BodyType.OTHER, "X", null, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.save(newPerson(unique("Person")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.addAppointment(new NewAppointment(1L, 1L, AppointmentRole.MEMBER, null,
                LocalDate.now(), null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.endAppointment(fake, LocalDate.now())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.deleteAppointment(fake)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void auditorsCannotWriteEither() {
        assertThat(bodies.overview()).isNotNull();
        assertThatThrownBy(() -> people.save(newPerson(unique("Person")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCannotRead() {
        assertThatThrownBy(() -> bodies.list()).isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> people.list("")).isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
