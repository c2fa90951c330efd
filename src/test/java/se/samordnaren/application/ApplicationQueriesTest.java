package se.samordnaren.application;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The applications list one page at a time from SQL: its order, the sort a user clicks, and the footer's totals. */
@WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
class ApplicationQueriesTest extends DatabaseTest {

    @Autowired
    FundingApplicationService applications;
    @Autowired
    ApplicationQueries queries;

    private long receive(String applicant, String title, int day, long amount) {
        return applications.create(new NewApplication(null, applicant, null, null, null,
                FundingApplicationServiceTest.version(title, LocalDate.of(2026, 1, day), 2026, amount)));
    }

    private List<String> titles(ApplicationFilter filter, PageRequest page) {
        return queries.list(filter, page).stream().map(ApplicationSummary::title).toList();
    }

    @Test
    void pages_come_newest_first_and_a_clicked_column_sorts_in_the_database() {
        receive("Cirkus", "A", 1, 300_000);
        receive("Arena", "B", 2, 100_000);
        receive("Bryggan", "C", 3, 200_000);

        assertThat(titles(ApplicationFilter.all(), PageRequest.of(0, 2))).containsExactly("C", "B");
        assertThat(titles(ApplicationFilter.all(), PageRequest.of(2, 2))).containsExactly("A");
        assertThat(titles(ApplicationFilter.all(), new PageRequest(0, 10,
                List.of(new PageRequest.Sort("applicant", false))))).containsExactly("B", "C", "A");
        assertThat(titles(ApplicationFilter.all(), new PageRequest(0, 10,
                List.of(new PageRequest.Sort("requestedTotal", true))))).containsExactly("A", "C", "B");
    }

    @Test
    void a_sort_name_the_list_does_not_offer_is_ignored_never_put_into_sql() {
        receive("Cirkus", "A", 1, 300_000);
        receive("Arena", "B", 2, 100_000);

        assertThat(titles(ApplicationFilter.all(), new PageRequest(0, 10,
                List.of(new PageRequest.Sort("title; drop table idea", true))))).containsExactly("B", "A");
    }

    @Test
    void the_totals_count_and_add_up_what_the_filter_matches() {
        receive("Cirkus", "A", 1, 300_000);
        receive("Arena", "B", 2, 100_000);
        receive("Cirkus öst", "C", 3, 50_000);

        ApplicationTotals circus = queries.totals(new ApplicationFilter(null, null, null, "cirkus"));
        assertThat(circus.count()).isEqualTo(2);
        assertThat(circus.requestedTotal()).isEqualByComparingTo("350000");
        ApplicationTotals none = queries.totals(new ApplicationFilter(java.util.Set.of(ApplicationStatus.WITHDRAWN), null, null, null));
        assertThat(none.count()).isZero();
        assertThat(none.requestedTotal()).isEqualByComparingTo("0");
    }
}
