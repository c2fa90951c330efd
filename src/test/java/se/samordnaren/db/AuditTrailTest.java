package se.samordnaren.db;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import se.samordnaren.common.DatabaseErrors;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.APP_USER;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.MEMBER;

/** The audit trigger records every change with who made it, and the log itself cannot be changed. */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditTrailTest {

    @Autowired
    DSLContext db;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PasswordEncoder passwordEncoder;
    TestData data;
    long before;

    @BeforeEach
    void reset() {
        data = new TestData(db);
        data.reset();
        before = data.maxAuditId();
    }

    @Test
    void insert_update_and_delete_are_recorded_with_the_user_from_app_user_and_old_and_new_values() {
        transactions.executeWithoutResult(tx -> {
            db.execute("select set_config('app.user', 'granskare.42', true)");
            long id = data.insertMember("Lunds kommun", "MUNICIPALITY", new BigDecimal("25"));
            db.update(MEMBER).set(MEMBER.POPULATION, 127000).where(MEMBER.ID.eq(id)).execute();
            db.deleteFrom(MEMBER).where(MEMBER.ID.eq(id)).execute();
        });

        Result<?> rows = newAuditRows();
        assertThat(rows.getValues(AUDIT_LOG.OPERATION)).containsExactly("INSERT", "UPDATE", "DELETE");
        assertThat(rows.getValues(AUDIT_LOG.USERNAME)).containsOnly("granskare.42");
        assertThat(rows.getValues(AUDIT_LOG.TABLE_NAME)).containsOnly("member");
        assertThat(rows.getValues(AUDIT_LOG.ROW_KEY)).doesNotContainNull().hasSize(3).containsOnly(rows.get(0).get(AUDIT_LOG.ROW_KEY));

        Record insert = rows.get(0);
        assertThat(insert.get(AUDIT_LOG.OLD_DATA)).isNull();
        assertThat(json(insert.get(AUDIT_LOG.NEW_DATA))).contains("\"name\": \"Lunds kommun\"");

        Record update = rows.get(1);
        assertThat(json(update.get(AUDIT_LOG.OLD_DATA))).contains("\"population\": null");
        assertThat(json(update.get(AUDIT_LOG.NEW_DATA))).contains("\"population\": 127000");

        Record delete = rows.get(2);
        assertThat(json(delete.get(AUDIT_LOG.OLD_DATA))).contains("\"population\": 127000");
        assertThat(delete.get(AUDIT_LOG.NEW_DATA)).isNull();
    }

    @Test
    void an_update_that_changes_nothing_is_not_recorded() {
        long id = data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        long afterInsert = data.maxAuditId();
        db.update(MEMBER).set(MEMBER.NAME, "Lunds kommun").where(MEMBER.ID.eq(id)).execute();
        assertThat(data.maxAuditId()).isEqualTo(afterInsert);
    }

    @Test
    @WithMockUser(username = "signed.in.user", roles = "FORBUNDSCHEF")
    void the_application_tags_its_connections_with_the_signed_in_user() {
        data.insertMember("Eslövs kommun", "MUNICIPALITY", null);
        assertThat(newAuditRows().getValues(AUDIT_LOG.USERNAME)).containsExactly("signed.in.user");
    }

    @Test
    void work_without_a_signed_in_user_is_recorded_as_system() {
        data.insertMember("Eslövs kommun", "MUNICIPALITY", null);
        assertThat(newAuditRows().getValues(AUDIT_LOG.USERNAME)).containsExactly("system");
    }

    @Test
    void the_password_hash_is_never_stored_in_the_log() {
        long id = data.insertUser(passwordEncoder, "kassor", Role.EKONOM, "hemligt-losen-1");
        db.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordEncoder.encode("nytt-losen-22")).where(APP_USER.ID.eq(id)).execute();
        db.deleteFrom(APP_USER).where(APP_USER.ID.eq(id)).execute();

        Result<?> rows = newAuditRows();
        assertThat(rows.getValues(AUDIT_LOG.OPERATION)).containsExactly("INSERT", "UPDATE", "DELETE");
        for (Record row : rows) {
            assertThat(json(row.get(AUDIT_LOG.OLD_DATA))).doesNotContain("password_hash").doesNotContain("{bcrypt}");
            assertThat(json(row.get(AUDIT_LOG.NEW_DATA))).doesNotContain("password_hash").doesNotContain("{bcrypt}");
        }
        assertThat(json(rows.get(0).get(AUDIT_LOG.NEW_DATA))).contains("\"username\": \"kassor\"");
    }

    @Test
    void the_log_refuses_update_delete_and_truncate() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        long id = data.maxAuditId();

        assertThatThrownBy(() -> db.update(AUDIT_LOG).set(AUDIT_LOG.USERNAME, "someone.else").where(AUDIT_LOG.ID.eq(id)).execute())
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.RAISED_BY_TRIGGER))
                .hasMessageContaining("endast för tillägg");
        assertThatThrownBy(() -> db.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.ID.eq(id)).execute())
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.RAISED_BY_TRIGGER));
        assertThatThrownBy(() -> db.execute("truncate table audit_log"))
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.RAISED_BY_TRIGGER));

        assertThat(db.fetchValue(db.select(AUDIT_LOG.USERNAME).from(AUDIT_LOG).where(AUDIT_LOG.ID.eq(id)))).isEqualTo("system");
    }

    /** The new rows, without those of linkable_record (a member's own record since 020 is audited as a row of its own). */
    private Result<?> newAuditRows() {
        return db.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.gt(before)).and(AUDIT_LOG.TABLE_NAME.ne("linkable_record"))
                .orderBy(AUDIT_LOG.ID).fetch();
    }

    private static String json(JSONB value) {
        return value == null ? "" : value.data();
    }
}
