package se.samordnaren.initiative;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The insats list opens with one statement for its filter choices and totals: the answers of the reads it replaces. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class InitiativeListStartTest extends DatabaseTest {

    @Autowired
    InitiativeService initiatives;

    @Test
    void owners_grant_years_and_totals_as_read_one_by_one() {
        assertThat(initiatives.listStart(se.samordnaren.common.PageRequest.first(50)).grantYears()).isEmpty();
        long a = data.initiative("Alfa " + data.tag, InitiativeStatus.RUNNING, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
        long b = data.initiative("Beta " + data.tag, InitiativeStatus.RUNNING, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        db.execute("""
                insert into initiative_grant (initiative_id, year, kind, amount, is_opening_balance, opening_decided_on, opening_reference)
                values (?, 2020, 'GRANT', 100000, true, date '2019-11-27', 'Styrelsen 2019-11-27 § 4'),
                       (?, 2022, 'GRANT', 50000, true, date '2019-11-27', 'Styrelsen 2019-11-27 § 4'),
                       (?, 2022, 'GRANT', 25000, true, date '2020-11-27', 'Styrelsen 2020-11-27 § 4')""", a, a, b);

        InitiativeService.ListStart start = initiatives.listStart(se.samordnaren.common.PageRequest.first(50));
        assertThat(start.owners()).isEqualTo(initiatives.owners());
        assertThat(start.totals()).isEqualTo(initiatives.totals(InitiativeFilter.none()));
        assertThat(start.grantYears()).isEqualTo(initiatives.grantYears()).containsExactly(2020, 2022);
        assertThat(start.totals().count()).isEqualTo(2);
        assertThat(start.firstRows()).isEqualTo(initiatives.rows(InitiativeFilter.none(), se.samordnaren.common.PageRequest.first(50)));
        assertThat(start.rowsFor(se.samordnaren.common.PageRequest.first(10))).get().isEqualTo(start.firstRows());
        assertThat(initiatives.listStart(se.samordnaren.common.PageRequest.first(1))
                .rowsFor(se.samordnaren.common.PageRequest.first(50))).isEmpty(); // more rows than the start holds
        assertThat(start.rowsFor(se.samordnaren.common.PageRequest.of(1, 10))).isEmpty();
    }
}
