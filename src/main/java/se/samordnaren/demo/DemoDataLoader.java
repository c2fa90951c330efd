package se.samordnaren.demo;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.IDEA;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEMBER;
import static se.samordnaren.db.Tables.PERSON;

/**
 * Demo profile only: fills an empty database with the demo association from {@code classpath:demo/*.sql}, the files
 * in name order (minutes are approved by the last one, after everything that links to them), all in one transaction,
 * so a mistake leaves nothing behind. The audit trail records the rows under the user {@value #AUDIT_USER}.
 * "Empty" means the association has no organisation number yet and none of the tables the demo fills holds a row;
 * otherwise (a later start, or a database that ran the old demo changesets) it logs one line and does nothing.
 * Independent of {@code admin.DemoUsers}: the demo rows refer to no user. After the SQL files, and only then, the
 * {@link DemoStep}s run (the bookkeeping import of {@link DemoBookkeeping}).
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    static final String SCRIPTS = "classpath:demo/*.sql";
    static final String AUDIT_USER = "demo";
    /** The tables the demo fills; a row in any of them means the database is in use. */
    static final List<Table<?>> FILLED = List.of(MEMBER, BODY, PERSON, MEETING, INITIATIVE, FUNDING_APPLICATION, IDEA);

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DSLContext db;
    private final List<DemoStep> steps;

    /** @param steps what is made through the services once the SQL files have run (in their {@code @Order}) */
    @org.springframework.beans.factory.annotation.Autowired
    DemoDataLoader(DSLContext db, List<DemoStep> steps) {
        this.db = db;
        this.steps = List.copyOf(steps);
    }

    DemoDataLoader(DSLContext db) {
        this(db, List.of());
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the demo data if the database is empty; true when it did. */
    boolean load() {
        List<Resource> scripts = scripts();
        long started = System.nanoTime();
        boolean loaded = db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            List<String> inUse = tablesInUse(tx);
            if (!inUse.isEmpty()) {
                log.info("Demodata laddas inte: databasen har redan data ({})", String.join(", ", inUse));
                return false;
            }
            tx.execute("select set_config('app.user', '" + AUDIT_USER + "', true)");
            for (Resource script : scripts) {
                steps.stream().filter(step -> script.getFilename().equals(step.before())).forEach(DemoStep::run);
                String sql = script.getContentAsString(StandardCharsets.UTF_8);
                try {
                    // Plain JDBC: the files are PostgreSQL scripts (DO blocks, dollar quotes), not jOOQ templates.
                    tx.connection(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute(sql);
                        }
                    });
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Demodata i demo/" + script.getFilename() + " kunde inte laddas", e);
                }
            }
            return true;
        });
        if (loaded) {
            // After the SQL files' transaction: each step is a user's action through a service, with its own.
            steps.stream().filter(step -> step.before() == null).forEach(DemoStep::run);
            log.info("Demodata laddad på {} ms från {}: {}, {} medlemmar, {} personer, {} sammanträden med {} §, {} insatser, {} ansökningar",
                    (System.nanoTime() - started) / 1_000_000,
                    scripts.stream().map(Resource::getFilename).toList(),
                    db.fetchValue(ASSOCIATION.NAME), db.fetchCount(MEMBER), db.fetchCount(PERSON), db.fetchCount(MEETING),
                    db.fetchCount(AGENDA_ITEM), db.fetchCount(INITIATIVE), db.fetchCount(FUNDING_APPLICATION));
        }
        return loaded;
    }

    private static List<String> tablesInUse(DSLContext tx) {
        List<String> inUse = new ArrayList<>();
        if (tx.fetchExists(ASSOCIATION, ASSOCIATION.ORGANISATION_NUMBER.isNotNull())) {
            inUse.add(ASSOCIATION.getName());
        }
        FILLED.stream().filter(tx::fetchExists).map(Table::getName).forEach(inUse::add);
        return inUse;
    }

    static List<Resource> scripts() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(SCRIPTS);
            if (found.length == 0) {
                throw new IllegalStateException("Inga demofiler hittades: " + SCRIPTS);
            }
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
