package se.samordnaren.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * {@code generate-data} on a database of its own (three years of history): the follow-ups are those of a real
 * association — what was decided more than two years ago has almost all been reported back and closed by a later §,
 * a few old ones are still open and overdue, and the open ones are mostly those of the last two years — so the open
 * follow-ups do not grow with the length of the history (docs/performance.md).
 */
class GenerateDataFollowUpsTest extends DatabaseTest {

    private static final String DATABASE = "generate_data_follow_ups";

    @Autowired
    DataSource dataSource;

    private String url;

    private String url() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            String current = connection.getMetaData().getURL();
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE);
            url = current.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        }
        return url;
    }

    @AfterEach
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

    @Test
    void old_follow_ups_are_mostly_closed_and_the_open_ones_are_recent() throws SQLException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = GenerateDataCommand.run(new String[] {"--url", url(), "--user", "postgres", "--years", "3"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();

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
}
