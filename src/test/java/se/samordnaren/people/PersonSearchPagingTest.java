package se.samordnaren.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.DatabaseTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The people pickers search in the database one page at a time (ui.Lazy): nothing is loaded to be skipped in memory. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class PersonSearchPagingTest extends DatabaseTest {

    @Autowired
    PersonService people;

    @Test
    void a_page_of_the_search_is_the_right_slice_by_name() {
        for (int n = 1; n <= 120; n++) {
            data.personFrom("Person %03d".formatted(n), n % 2 == 0 ? "Jämna kommunen" : "Udda kommunen");
        }

        List<Person> third = people.search("", PageRequest.of(100, 50));
        List<Person> evenSecond = people.search("jämna", PageRequest.of(10, 5));

        assertThat(third).extracting(Person::fullName).hasSize(20).startsWith("Person 101").endsWith("Person 120");
        assertThat(evenSecond).extracting(Person::fullName)
                .containsExactly("Person 022", "Person 024", "Person 026", "Person 028", "Person 030");
    }
}
