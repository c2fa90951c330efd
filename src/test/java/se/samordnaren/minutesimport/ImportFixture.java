package se.samordnaren.minutesimport;

import org.jooq.DSLContext;
import se.samordnaren.people.BodyType;
import se.samordnaren.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static se.samordnaren.db.Tables.APP_USER;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.INITIATIVE;

/** The register an import meets: the bodies, a user for the approval, an insats to link; and the corpus files. */
final class ImportFixture {

    private final DSLContext db;

    ImportFixture(DSLContext db) {
        this.db = db;
    }

    long board() {
        return body("Styrelsen", BodyType.BOARD, "Styrelsen beslutade");
    }

    long workingCommittee() {
        return body("Arbetsutskottet", BodyType.WORKING_COMMITTEE, "Arbetsutskottet beslutade");
    }

    long body(String name, BodyType type, String verb) {
        return db.insertInto(BODY).set(BODY.NAME, name).set(BODY.BODY_TYPE, type).set(BODY.DECISION_VERB, verb)
                .returning(BODY.ID).fetchSingle(BODY.ID);
    }

    void user(String username, Role role) {
        db.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.FULL_NAME, "Test " + username)
                .set(APP_USER.ROLE, role).set(APP_USER.PASSWORD_HASH, "{noop}x").execute();
    }

    long initiative(String name, String shortName) {
        return db.insertInto(INITIATIVE).set(INITIATIVE.NAME, name).set(INITIATIVE.SHORT_NAME, shortName).set(INITIATIVE.OWNER_NAME, "Lunds kommun")
                .returning(INITIATIVE.RECORD_ID).fetchSingle(INITIATIVE.RECORD_ID);
    }

    static byte[] corpus(String name) {
        try (InputStream in = ImportFixture.class.getResourceAsStream("/minutes/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String LUND = "lund-styrelse-2021-03-19.txt";
}
