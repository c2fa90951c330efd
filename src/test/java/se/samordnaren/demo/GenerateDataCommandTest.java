package se.samordnaren.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samordnaren.testsupport.DatabaseTest;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEETING;

/** {@code generate-data}: wrong usage and a database in use are refused before anything is written. */
class GenerateDataCommandTest extends DatabaseTest {

    @Autowired
    DataSource dataSource;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateDataCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void without_a_database_url_it_prints_its_usage() {
        assertThat(run("--years", "15")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Användning: java -jar samordnaren.jar generate-data --url");
    }

    @Test
    void a_database_that_holds_data_is_refused_without_replace_and_left_as_it_was() throws Exception {
        data.meeting(data.board(), LocalDate.of(2021, 3, 19));
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }

        assertThat(run("--url", url, "--user", "postgres")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Databasen har redan data (body, meeting)").contains("--replace");
        assertThat(db.fetchCount(MEETING)).isEqualTo(1);
    }
}
