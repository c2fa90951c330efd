package se.samordnaren.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.PERSON;

class PeopleAccessTest extends DatabaseTest {

    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;

    @Test
    @WithMockUser(username = "ledamot", roles = "STYRELSE")
    void board_members_read_but_cannot_write() {
        data.body("Styrelsen");
        data.person("Henrik Åkesson");
        assertThat(bodies.list()).extracting(Body::name).containsExactly("Styrelsen");
        assertThat(people.list("", PageRequest.first(10))).extracting(s -> s.person().fullName()).containsExactly("Henrik Åkesson");
        Appointment fake = new Appointment(1L, 1, "X", null, 1, "Y", AppointmentRole.MEMBER, null, null,
                LocalDate.of(2020, 1, 1), null, null, 1, null);

        assertThatThrownBy(() -> bodies.save(data.newBody("Organ"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.delete(new Body(1L, "X", null, BodyType.OTHER, "X", null, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.save(data.newPerson("Person"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.addAppointment(new NewAppointment(1L, 1L, AppointmentRole.MEMBER, null,
                LocalDate.now(), null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.endAppointment(fake, LocalDate.now())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.deleteAppointment(fake)).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(BODY)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void auditors_cannot_write_either() {
        assertThat(bodies.overview()).isEmpty();
        assertThatThrownBy(() -> people.save(data.newPerson("Person"))).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(PERSON)).isZero();
    }

    @Test
    void anonymous_cannot_read() {
        assertThatThrownBy(() -> bodies.list()).isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> people.list("", PageRequest.first(10)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
