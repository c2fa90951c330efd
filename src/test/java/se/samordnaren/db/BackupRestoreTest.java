package se.samordnaren.db;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup and restore of docs/operations.md, as written there: {@code pg_dump --format=custom} of a database the
 * application migrated and wrote (audited), {@code pg_restore} into a new empty database; the application's own
 * migration step (Spring's Liquibase runner, as at start) finds nothing to do on it, and the audit trail is the same
 * row for row. Runs on a throwaway PostgreSQL cluster made with the machine's PostgreSQL binaries (Debian package
 * postgresql, /usr/lib/postgresql/N/bin; or SAMORDNAREN_PG_BIN), because pg_dump must not be older than the server.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BackupRestoreTest {

    private static Path bin;
    private static Path directory;
    private static int port;

    @BeforeAll
    static void startCluster() throws Exception {
        bin = binaries();
        assumeTrue(bin != null, "PostgreSQL's binaries (initdb, pg_ctl, pg_dump, pg_restore) are not installed");
        directory = Files.createTempDirectory("samordnaren-backup");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(tool("initdb"), "-D", directory.resolve("data").toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8");
        run(tool("pg_ctl"), "-D", directory.resolve("data").toString(), "-l", directory.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + directory + " -c listen_addresses=localhost -c timezone=Europe/Stockholm",
                "start");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (directory != null) {
            run(tool("pg_ctl"), "-D", directory.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void a_pg_dump_restored_into_an_empty_database_is_current_for_liquibase_and_keeps_the_audit_trail() throws Exception {
        execute("postgres", "create database samordnaren");
        migrate("samordnaren");
        execute("samordnaren", "select set_config('app.user', 'chef', false)",
                "insert into member (name, short_name, member_type) values ('Lunds kommun', 'Lund', 'MUNICIPALITY')",
                "update member set population = 127000 where short_name = 'Lund'",
                "insert into body (name, body_type, decision_verb) values ('Styrelsen', 'BOARD', 'Styrelsen beslutade')");
        String audit = auditTrail("samordnaren");
        assertThat(audit).contains("chef|member|INSERT", "chef|member|UPDATE", "chef|body|INSERT");
        int changeSets = count("samordnaren", "select count(*) from databasechangelog");

        // The commands of docs/operations.md.
        Path dump = directory.resolve("samordnaren.dump");
        run(tool("pg_dump"), "--host=localhost", "--port=" + port, "--username=postgres", "--format=custom",
                "--file=" + dump, "samordnaren");
        run(tool("createdb"), "--host=localhost", "--port=" + port, "--username=postgres", "--template=template0",
                "samordnaren_restored");
        run(tool("pg_restore"), "--host=localhost", "--port=" + port, "--username=postgres", "--no-owner",
                "--exit-on-error", "--dbname=samordnaren_restored", dump.toString());

        // The application's start on the restored database: Liquibase sees every change set as applied.
        migrate("samordnaren_restored");
        assertThat(count("samordnaren_restored", "select count(*) from databasechangelog")).isEqualTo(changeSets).isPositive();
        assertThat(auditTrail("samordnaren_restored")).isEqualTo(audit);
        // The restored trail still refuses changes, and new changes are still audited.
        assertThat(failure("samordnaren_restored", "delete from audit_log")).isNotNull();
        execute("samordnaren_restored", "select set_config('app.user', 'ekonom', false)",
                "update member set population = 128000 where short_name = 'Lund'");
        assertThat(auditTrail("samordnaren_restored")).startsWith(audit).contains("ekonom|member|UPDATE");
    }

    /** What the application does at start: Spring Boot's Liquibase runner with the application's changelog. */
    private static void migrate(String database) throws Exception {
        try (Connection connection = connect(database)) {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(new SingleConnectionDataSource(connection, true));
            liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
            liquibase.setResourceLoader(new DefaultResourceLoader());
            liquibase.afterPropertiesSet();
        }
    }

    private static String auditTrail(String database) throws Exception {
        StringBuilder rows = new StringBuilder();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select id, occurred_at, username, table_name, row_key, operation, "
                     + "old_data, new_data from audit_log order by id")) {
            while (result.next()) {
                rows.append(result.getLong(1)).append('|').append(result.getString(2)).append('|').append(result.getString(3))
                        .append('|').append(result.getString(4)).append('|').append(result.getString(6)).append('|')
                        .append(result.getString(5)).append('|').append(result.getString(7)).append('|')
                        .append(result.getString(8)).append('\n');
            }
        }
        return rows.toString();
    }

    private static int count(String database, String sql) throws Exception {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void execute(String database, String... statements) throws Exception {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Exception failure(String database, String sql) {
        try {
            execute(database, sql);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static Connection connect(String database) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
    }

    private static Path binaries() throws IOException {
        String configured = System.getenv("SAMORDNAREN_PG_BIN");
        if (configured != null) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Stream.of("initdb", "pg_ctl", "pg_dump", "pg_restore", "createdb").allMatch(t -> Files.isExecutable(b.resolve(t))))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElse(null);
        }
    }

    private static String tool(String name) {
        return bin.resolve(name).toString();
    }

    /** Runs a PostgreSQL tool; as root through {@code unshare -U}, as the embedded server is run (PostgreSQL refuses root). */
    private static void run(String... tool) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(tool));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s: %s", command, output).isZero();
    }
}
