package se.samordnaren.demo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.samordnaren.testsupport.DatabaseTest;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate-data} on a database of its own (three years of history, generated once for the class): the history
 * is that of a real association that keeps up, so what the start page and the dashboard read (open follow-ups,
 * undecided applications) does not grow with the length of the history (docs/performance.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedHistoryTest extends DatabaseTest {

    private static final String DATABASE = "generated_history";

    @Autowired
    DataSource dataSource;

    private String url;

    @BeforeAll
    void generateThreeYears() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            String current = connection.getMetaData().getURL();
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE);
            url = current.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = GenerateDataCommand.run(new String[] {"--url", url, "--user", "postgres", "--years", "3"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (url != null) {
            try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
                s.execute("drop database if exists " + DATABASE + " with (force)");
            }
        }
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** What was decided more than two years ago has almost all been reported back and closed by a later §. */
    @Test
    void old_follow_ups_are_mostly_closed_and_the_open_ones_are_recent() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            String generated = """
                    from follow_up f join decision d on d.id = f.decision_id join agenda_item i on i.id = d.item_id
                    join meeting m on m.id = i.meeting_id left join meeting due on due.id = f.due_meeting_id
                    where f.description like 'Återrapportering av %'""";
            String old = generated + " and m.meeting_date < current_date - 730";
            long oldOnes = number(c, "select count(*) " + old);
            long oldOpen = number(c, "select count(*) " + old + " and f.status = 'OPEN'");
            long recentOpen = number(c, "select count(*) " + generated + " and m.meeting_date >= current_date - 730 and f.status = 'OPEN'");
            long overdue = number(c, "select count(*) " + generated
                    + " and follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date)");

            assertThat(oldOnes).as("follow-ups of decisions older than two years").isGreaterThan(20);
            assertThat(oldOpen).as("of them still open").isLessThanOrEqualTo(oldOnes / 20);
            assertThat(number(c, "select count(*) " + old + " and f.status = 'OPEN' and not follow_up_overdue(f.status, f.due_date, due.status, due.meeting_date)"))
                    .as("an old open one is overdue").isZero();
            assertThat(recentOpen).as("open ones of the last two years").isGreaterThan(oldOpen);
            assertThat(overdue).as("some are overdue").isPositive();
            assertThat(number(c, "select count(*) from follow_up where status = 'CLOSED' and closed_by_item_id is null")).isZero();
        }
    }

    /**
     * An application received more than a year ago has been decided (granted or rejected by a board § that links it,
     * with the AU's proposal before) or withdrawn: the undecided ones are those of the last year.
     */
    @Test
    void applications_older_than_a_year_are_decided_with_their_steps_and_the_undecided_ones_are_recent() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            String generated = "from funding_application a where a.case_number like 'Dnr %-A'";
            String old = generated + " and a.first_received_on < current_date - 366";
            String undecided = " and a.status in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK')";
            assertThat(number(c, "select count(*) " + old)).as("applications older than a year").isGreaterThan(150);
            assertThat(number(c, "select count(*) " + old + undecided)).as("of them undecided").isZero();
            assertThat(number(c, "select count(*) " + generated + " and a.first_received_on >= current_date - 366" + undecided))
                    .as("undecided ones of the last year").isGreaterThan(20);
            for (String status : new String[] {"DECIDED_GRANTED", "DECIDED_REJECTED", "WITHDRAWN"}) {
                assertThat(number(c, "select count(*) " + old + " and a.status = '" + status + "'")).as(status).isPositive();
            }
            // Each old decided one: the AU's proposal and the board's decision as steps, the board's § linking it.
            assertThat(number(c, "select count(*) " + old + " and a.status like 'DECIDED_%' and not exists ("
                    + "select 1 from application_step s join decision_link l on l.decision_id = s.decision_id and l.record_id = a.record_id"
                    + " where s.application_id = a.id and s.step = 'BOARD_DECISION')")).as("decided without a linking board §").isZero();
            assertThat(number(c, "select count(*) " + old + " and a.status like 'DECIDED_%' and not exists ("
                    + "select 1 from application_step s where s.application_id = a.id and s.step = 'AU_PROPOSAL' and s.decision_id is not null)"))
                    .as("decided without the AU's proposal").isZero();
            assertThat(number(c, "select count(*) " + old + " and a.status = 'DECIDED_GRANTED' and a.initiative_id is null")).isZero();
        }
    }
}
