package se.samordnaren.demo;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_ATTENDANCE;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The demo loader on the shared test database (the test profile has no demo profile, so the loader is built by hand):
 * it fills an empty database once, in one go, recorded as the user "demo", and leaves a database in use alone.
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoDataLoaderTest {

    @Autowired
    DSLContext db;
    TestData data;
    DemoDataLoader loader;

    @BeforeEach
    void emptyDatabase() {
        data = new TestData(db);
        data.reset();
        loader = new DemoDataLoader(db);
    }

    @AfterEach
    void leaveNoDemoDataBehind() {
        data.reset();
    }

    @Test
    void the_demo_files_run_in_name_order_with_the_approval_last() {
        assertThat(DemoDataLoader.scripts()).extracting(Resource::getFilename)
                .containsExactly("900-lund.sql", "901-initiatives.sql", "910-money-budget.sql",
                        "920-money-allocation-equity.sql", "930-money-bookkeeping.sql", "990-approve-minutes.sql");
    }

    @Test
    void an_empty_database_gets_the_lund_association_with_its_minutes_and_insatser() {
        assertThat(loader.load()).isTrue();

        assertThat(db.fetchValue(ASSOCIATION.NAME)).isEqualTo("Lunds samordningsförbund");
        assertThat(db.fetchValues(MEMBER.NAME)).containsExactlyInAnyOrder(
                "Försäkringskassan", "Arbetsförmedlingen", "Region Skåne", "Lunds kommun");
        Long march = db.select(MEETING.ID).from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(BODY.NAME.eq("Styrelsen")).and(MEETING.MEETING_DATE.eq(LocalDate.of(2021, 3, 19)))
                .fetchOne(MEETING.ID);
        assertThat(march).isNotNull();
        assertThat(db.fetchValues(db.select(AGENDA_ITEM.NUMBER).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(march))
                .orderBy(AGENDA_ITEM.NUMBER))).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(db.fetchValue(db.select(MEETING.APPROVED_AT).from(MEETING).where(MEETING.ID.eq(march))))
                .as("approved by the last file, after the insatser were linked").isNotNull();
        assertThat(db.fetchValue(db.select(MEETING.BODY_NAME_AS_APPROVED).from(MEETING).where(MEETING.ID.eq(march))))
                .as("approving by SQL takes the minutes' copy of names too").isEqualTo("Styrelsen");
        assertThat(db.fetchCount(MEETING_ATTENDANCE, MEETING_ATTENDANCE.MEETING_ID.eq(march)
                .and(MEETING_ATTENDANCE.NAME_AS_APPROVED.isNull()))).isZero();
        assertThat(db.fetchCount(MEETING_ATTENDANCE, MEETING_ATTENDANCE.MEETING_ID.eq(march))).isEqualTo(11);
        assertThat(db.fetchValues(INITIATIVE.NAME)).contains("En väg in", "IRIS", "Insam",
                "Strategisk arbetsmarknadssamordning", "Arbetsmarknadsanalys för Lunds kommun").hasSize(9);
        assertThat(db.fetchValues(db.select(FUNDING_APPLICATION.STATUS).from(FUNDING_APPLICATION).orderBy(FUNDING_APPLICATION.ID)))
                .extracting(Enum::name).containsExactly("DECIDED_GRANTED", "RECEIVED", "PREPARED", "PROPOSED", "DECIDED_REJECTED");
    }

    @Test
    void the_audit_trail_records_the_demo_rows_under_the_user_demo_and_only_them() {
        long before = data.maxAuditId();

        loader.load();
        long afterLoad = data.maxAuditId();
        data.insertMember("Höörs kommun", "MUNICIPALITY", null);

        assertThat(db.fetchValues(db.selectDistinct(AUDIT_LOG.USERNAME).from(AUDIT_LOG)
                .where(AUDIT_LOG.ID.gt(before)).and(AUDIT_LOG.ID.le(afterLoad)))).containsExactly("demo");
        assertThat(db.fetchValues(db.selectDistinct(AUDIT_LOG.TABLE_NAME).from(AUDIT_LOG).where(AUDIT_LOG.ID.gt(before))
                .and(AUDIT_LOG.ID.le(afterLoad)))).contains("association", "member", "meeting", "agenda_item", "initiative");
        assertThat(db.fetchValues(db.select(AUDIT_LOG.USERNAME).from(AUDIT_LOG).where(AUDIT_LOG.ID.gt(afterLoad))
                .and(AUDIT_LOG.TABLE_NAME.eq("member"))))
                .as("the user is set for the loader's transaction only").hasSize(1).doesNotContain("demo");
    }

    @Test
    void a_second_run_finds_the_data_and_changes_nothing() {
        assertThat(loader.load()).isTrue();
        Map<String, Integer> counts = rowCounts();
        long audit = data.maxAuditId();

        assertThat(loader.load()).isFalse();

        assertThat(rowCounts()).isEqualTo(counts);
        assertThat(data.maxAuditId()).isEqualTo(audit);
        assertThat(counts).containsEntry("meeting", 7).containsEntry("initiative", 9).containsEntry("budget_version", 4);
    }

    @Test
    void a_database_in_use_is_left_alone() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        long audit = data.maxAuditId();

        assertThat(loader.load()).isFalse();

        assertThat(db.fetchCount(MEMBER)).isEqualTo(1);
        assertThat(db.fetchCount(MEETING)).isZero();
        assertThat(db.fetchValue(ASSOCIATION.NAME)).isEqualTo("Samordningsförbundet");
        assertThat(data.maxAuditId()).isEqualTo(audit);
    }

    @Test
    void an_association_with_its_own_settings_counts_as_in_use() {
        db.update(ASSOCIATION).set(ASSOCIATION.ORGANISATION_NUMBER, "222000-0000").execute();

        assertThat(loader.load()).isFalse();

        assertThat(db.fetchCount(MEMBER)).isZero();
        assertThat(db.fetchValue(ASSOCIATION.NAME)).isEqualTo("Samordningsförbundet");
    }

    /** Rows per table, audit trail and Liquibase's bookkeeping aside. */
    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        db.fetchValues("select tablename from pg_tables where schemaname = 'public' "
                        + "and tablename not in ('audit_log', 'databasechangelog', 'databasechangeloglock') order by tablename")
                .forEach(table -> counts.put(String.valueOf(table), db.fetchCount(DSL.table(DSL.name(String.valueOf(table))))));
        return counts;
    }
}
