package se.samordnaren.testsupport;

import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samordnaren.security.Role;

import java.math.BigDecimal;
import java.util.List;

import static se.samordnaren.db.Tables.APP_USER;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * Resets and fills the shared test database. audit_log is append-only (a trigger refuses even TRUNCATE), so
 * tests never clear it: they look only at rows after {@link #maxAuditId()} or with a marker of their own.
 */
public final class TestData {

    private final DSLContext db;

    public TestData(DSLContext db) {
        this.db = db;
    }

    /** Tables a reset keeps: the audit trail (append-only), the association row, lookups filled by migrations. */
    private static final List<String> KEPT = List.of("audit_log", "association", "linkable_kind",
            "databasechangelog", "databasechangeloglock");

    /**
     * Empties every data table (members, users, meetings, insatser …) and puts the association row back to the state
     * the migration left. Approved minutes are locked by triggers even against TRUNCATE; the test reset alone switches
     * triggers off for its own transaction (session_replication_role = replica), which the database superuser may.
     */
    public void reset() {
        db.transaction(tx -> {
            List<String> tables = tx.dsl().fetchValues(
                    "select tablename from pg_tables where schemaname = 'public' and tablename <> all(?::text[])",
                    (Object) KEPT.toArray(String[]::new)).stream().map(String::valueOf).toList();
            tx.dsl().execute("set local session_replication_role = replica");
            tx.dsl().execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
        });
        db.update(ASSOCIATION)
                .set(ASSOCIATION.NAME, "Samordningsförbundet")
                .setNull(ASSOCIATION.ORGANISATION_NUMBER)
                .setNull(ASSOCIATION.STREET_ADDRESS)
                .setNull(ASSOCIATION.POSTAL_CODE)
                .setNull(ASSOCIATION.CITY)
                .setNull(ASSOCIATION.EMAIL)
                .setNull(ASSOCIATION.NOTICE_BOARD_LOCATION)
                .setNull(ASSOCIATION.MINUTES_STORAGE_PLACE)
                .set(ASSOCIATION.PARAGRAPH_NUMBERING, se.samordnaren.association.ParagraphNumbering.PER_MEETING)
                .set(ASSOCIATION.VERSION, 1)
                .where(ASSOCIATION.ID.eq(1))
                .execute();
    }

    public long maxAuditId() {
        Long max = db.select(org.jooq.impl.DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    public long insertUser(PasswordEncoder encoder, String username, Role role, String password) {
        return db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.FULL_NAME, "Test " + username)
                .set(APP_USER.ROLE, role)
                .set(APP_USER.PASSWORD_HASH, encoder.encode(password))
                .returning(APP_USER.ID).fetchSingle(APP_USER.ID);
    }

    public long insertMember(String name, String type, BigDecimal municipalShare) {
        return db.insertInto(MEMBER)
                .set(MEMBER.NAME, name)
                .set(MEMBER.MEMBER_TYPE, se.samordnaren.association.MemberType.valueOf(type))
                .set(MEMBER.MUNICIPAL_SHARE, municipalShare)
                .returning(MEMBER.ID).fetchSingle(MEMBER.ID);
    }
}
