package se.samordnaren.application;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Texts;

import java.time.LocalDate;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.APPLICATION_STEP;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;

/**
 * Writes an application's steps and guards its version, for the services of this feature (inside their
 * transactions; they carry the role checks). The database checks the order of the steps and keeps the status.
 */
@Component
class StepLog {

    private final DSLContext db;

    StepLog(DSLContext db) {
        this.db = db;
    }

    /** Guards every change of an application: refused when somebody else changed it since it was read. */
    void touch(long applicationId, int applicationVersion) {
        ConcurrentEditException.requireUpdated(db.update(FUNDING_APPLICATION)
                .set(FUNDING_APPLICATION.VERSION, FUNDING_APPLICATION.VERSION.plus(1))
                .where(FUNDING_APPLICATION.ID.eq(applicationId).and(FUNDING_APPLICATION.VERSION.eq(applicationVersion)))
                .execute());
    }

    /** A step on the application's latest version; without a date it takes the deciding meeting's date. */
    void insert(long applicationId, StepKind step, LocalDate occurredOn, StepOutcome outcome, Long decisionId,
                String notes) {
        Texts.requireMaxLength(notes, Texts.LONG, "application.notes");
        Long latestVersion = db.select(FUNDING_APPLICATION_VERSION.ID).from(FUNDING_APPLICATION_VERSION)
                .where(FUNDING_APPLICATION_VERSION.APPLICATION_ID.eq(applicationId))
                .orderBy(FUNDING_APPLICATION_VERSION.VERSION_NO.desc()).limit(1)
                .fetchSingle(FUNDING_APPLICATION_VERSION.ID);
        var insert = db.insertInto(APPLICATION_STEP)
                .set(APPLICATION_STEP.APPLICATION_ID, applicationId)
                .set(APPLICATION_STEP.VERSION_ID, latestVersion)
                .set(APPLICATION_STEP.STEP, step)
                .set(APPLICATION_STEP.OUTCOME, outcome)
                .set(APPLICATION_STEP.DECISION_ID, decisionId)
                .set(APPLICATION_STEP.NOTES, blankToNull(notes));
        if (occurredOn != null) {
            insert = insert.set(APPLICATION_STEP.OCCURRED_ON, occurredOn);
        }
        insert.execute();
    }
}
