package se.samordnaren.demo;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar samordnaren.jar generate-data --url JDBC_URL [--user U] [--password P] [--years 15] [--replace]}:
 * fills a PostgreSQL database with a large, realistic association for performance measurements (docs/performance.md).
 * Runs before and without Spring: migrates the schema with the application's Liquibase changelog, loads the demo
 * association ({@code demo/*.sql}: members, bodies, people, budget items, Lund 2021) and then
 * {@code largedata/*.sql}, set-based SQL (generate_series) through the real tables, so every trigger (linkable
 * records, approval lock, audit trail) runs and the data is as valid as data typed in. {@code --years} years of
 * history end with the current year. Refuses a database that already holds data unless {@code --replace} is given,
 * which drops and recreates the schema {@code public} first.
 */
public final class GenerateDataCommand {

    public static final String NAME = "generate-data";
    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    static final String AUDIT_USER = "generator";
    static final List<String> FILLED = List.of("member", "body", "person", "meeting", "initiative", "funding_application", "idea");

    private GenerateDataCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String url = null;
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        int years = 15;
        boolean replace = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--url" -> url = args[++i];
                    case "--user" -> user = args[++i];
                    case "--password" -> password = args[++i];
                    case "--years" -> years = Integer.parseInt(args[++i]);
                    case "--replace" -> replace = true;
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        } catch (RuntimeException e) {
            url = null;
        }
        if (url == null || years < 2 || years > 40) {
            err.println("Användning: java -jar samordnaren.jar " + NAME
                    + " --url jdbc:postgresql://localhost/big [--user U] [--password P] [--years 2–40, 15] [--replace]");
            return 1;
        }
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (replace) {
                try (Statement s = connection.createStatement()) {
                    s.execute("drop schema if exists public cascade; create schema public");
                }
            }
            List<String> inUse = tablesInUse(connection);
            if (!inUse.isEmpty()) {
                err.println("Databasen har redan data (" + String.join(", ", inUse)
                        + "). Ange --replace för att tömma den och skriva ny data.");
                return 2;
            }
            migrate(connection);
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("select set_config('app.user', '" + AUDIT_USER + "', true)");
                s.execute("select set_config('largedata.years', '" + years + "', true)");
                for (Resource script : scripts("classpath:demo/*.sql", "classpath:largedata/*.sql")) {
                    long t = System.nanoTime();
                    try {
                        s.execute(script.getContentAsString(StandardCharsets.UTF_8));
                    } catch (SQLException e) {
                        throw new SQLException(script.getFilename() + ": " + e.getMessage(), e);
                    }
                    out.printf("%-40s %6d ms%n", script.getFilename(), (System.nanoTime() - t) / 1_000_000);
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                s.execute("vacuum analyze");
            }
            out.println(summary(connection) + " på " + (System.nanoTime() - started) / 1_000_000 / 1000 + " s");
            return 0;
        } catch (SQLException | IOException | RuntimeException e) {
            err.println("Kunde inte generera data: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("Kunde inte migrera databasen: " + e.getMessage());
            return 2;
        }
    }

    private static void migrate(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(GenerateDataCommand.class.getClassLoader())), () ->
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .execute());
    }

    private static List<String> tablesInUse(Connection connection) throws SQLException {
        List<String> inUse = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            for (String table : FILLED) {
                try (ResultSet r = s.executeQuery("select to_regclass('public." + table + "') is not null")) {
                    r.next();
                    if (!r.getBoolean(1)) {
                        continue;
                    }
                }
                try (ResultSet r = s.executeQuery("select exists (select 1 from public." + table + ")")) {
                    r.next();
                    if (r.getBoolean(1)) {
                        inUse.add(table);
                    }
                }
            }
        }
        return inUse;
    }

    private static String summary(Connection connection) throws SQLException {
        StringBuilder text = new StringBuilder("Genererat:");
        try (Statement s = connection.createStatement()) {
            for (String table : List.of("meeting", "agenda_item", "decision", "decision_clause", "decision_link", "follow_up",
                    "initiative", "initiative_grant", "funding_application", "budget_version", "actual_entry", "bookkeeping_row")) {
                try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                    r.next();
                    text.append(' ').append(table).append('=').append(r.getLong(1));
                }
            }
        }
        return text.toString();
    }

    static List<Resource> scripts(String... patterns) throws IOException {
        List<Resource> all = new ArrayList<>();
        for (String pattern : patterns) {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            all.addAll(Arrays.asList(found));
        }
        return all;
    }
}
