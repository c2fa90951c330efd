package se.samordnaren.application;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.testsupport.StatementCounter;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;

/**
 * The date an application first came in is kept on the application by the database (047, the list's default order
 * and its "Inkom år"): the first version's date, whoever writes the versions, unchanged by a revision, and the list
 * opens on the latest year with applications, both read by the index on that date (docs/performance.md).
 */
@WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
class ApplicationFirstReceivedTest extends DatabaseTest {

    @Autowired
    FundingApplicationService applications;
    @Autowired
    ApplicationStepService steps;
    @Autowired
    ApplicationQueries queries;

    private long receive(String title, LocalDate on, long amount) {
        return applications.create(new NewApplication(null, "Förening " + title, null, null, null,
                FundingApplicationServiceTest.version(title, on, on.getYear() + 1, amount)));
    }

    private LocalDate stored(long applicationId) {
        return db.select(FUNDING_APPLICATION.FIRST_RECEIVED_ON).from(FUNDING_APPLICATION)
                .where(FUNDING_APPLICATION.ID.eq(applicationId)).fetchSingle(FUNDING_APPLICATION.FIRST_RECEIVED_ON);
    }

    private int rowVersion(long applicationId) {
        return db.select(FUNDING_APPLICATION.VERSION).from(FUNDING_APPLICATION)
                .where(FUNDING_APPLICATION.ID.eq(applicationId)).fetchSingle(FUNDING_APPLICATION.VERSION);
    }

    private List<String> titles(ApplicationFilter filter) {
        return queries.list(filter, PageRequest.of(0, 50)).stream().map(ApplicationSummary::title).toList();
    }

    /** Every application's stored date against its first version's, read from the versions (the reference). */
    private void assertEveryStoredDateIsTheFirstVersions() {
        var v = FUNDING_APPLICATION_VERSION;
        var a = FUNDING_APPLICATION;
        var mismatches = db.select(a.ID).from(a)
                .where(a.FIRST_RECEIVED_ON.isDistinctFrom(org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(v.RECEIVED_ON)
                        .from(v).where(v.APPLICATION_ID.eq(a.ID)).orderBy(v.VERSION_NO).limit(1))))
                .fetch(a.ID);
        assertThat(mismatches).isEmpty();
        assertThat(db.fetchCount(a)).isPositive();
    }

    @Test
    void a_new_application_gets_its_date_in_the_same_write_and_the_audit_trail_shows_one_insert() {
        long auditBefore = data.maxAuditId();
        long id = receive("Ny", LocalDate.of(2026, 3, 9), 100_000);

        assertThat(stored(id)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(db.select(AUDIT_LOG.OPERATION).from(AUDIT_LOG)
                .where(AUDIT_LOG.ID.gt(auditBefore))
                .and(AUDIT_LOG.TABLE_NAME.eq("funding_application").and(AUDIT_LOG.ROW_KEY.eq(String.valueOf(id))))
                .fetch(AUDIT_LOG.OPERATION)).containsExactly("INSERT");
        assertThat(queries.list(ApplicationFilter.all(), PageRequest.of(0, 10)).getFirst().firstReceivedOn())
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void a_revised_version_keeps_the_first_date_and_the_application_keeps_its_place_in_the_list() {
        long early = receive("Tidig", LocalDate.of(2026, 1, 10), 100_000);
        receive("Mitten", LocalDate.of(2026, 2, 10), 200_000);
        steps.prepare(early, queries.detail(early).orElseThrow().version(), LocalDate.of(2026, 2, 1),
                StepOutcome.MORE_INFORMATION, "Komplettera");

        applications.revise(early, queries.detail(early).orElseThrow().version(),
                FundingApplicationServiceTest.version("Tidig reviderad", LocalDate.of(2026, 3, 20), 2027, 150_000));

        assertThat(stored(early)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(titles(ApplicationFilter.all())).containsExactly("Mitten", "Tidig reviderad");
        assertEveryStoredDateIsTheFirstVersions();
    }

    @Test
    void correcting_the_first_versions_date_moves_the_application_without_touching_its_edit_guard() {
        long id = receive("Rättad", LocalDate.of(2026, 5, 1), 100_000);
        receive("Annan", LocalDate.of(2026, 4, 1), 100_000);
        assertThat(titles(ApplicationFilter.all())).containsExactly("Rättad", "Annan");
        int guard = rowVersion(id);
        ApplicationDetail.Version first = queries.detail(id).orElseThrow().latestVersion();

        applications.updateVersion(first.id(), first.version(),
                FundingApplicationServiceTest.version("Rättad", LocalDate.of(2026, 3, 1), 2027, 100_000));

        assertThat(stored(id)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(titles(ApplicationFilter.all())).containsExactly("Annan", "Rättad");
        // Derived like the status: a page opened before the correction can still save the application.
        assertThat(rowVersion(id)).isEqualTo(guard);
    }

    @Test
    void an_application_written_in_sql_gets_its_date_from_its_versions_like_the_demo_and_generated_data() {
        long id = db.insertInto(FUNDING_APPLICATION).set(FUNDING_APPLICATION.APPLICANT_NAME, "Med SQL")
                .returning(FUNDING_APPLICATION.ID).fetchSingle(FUNDING_APPLICATION.ID);
        assertThat(stored(id)).isNull();
        var v = FUNDING_APPLICATION_VERSION;
        db.insertInto(v).set(v.APPLICATION_ID, id).set(v.VERSION_NO, 2).set(v.RECEIVED_ON, LocalDate.of(2025, 9, 1))
                .set(v.TITLE, "Andra").execute();
        assertThat(stored(id)).isEqualTo(LocalDate.of(2025, 9, 1));
        // A lower version number written later is the first one.
        db.insertInto(v).set(v.APPLICATION_ID, id).set(v.VERSION_NO, 1).set(v.RECEIVED_ON, LocalDate.of(2025, 8, 1))
                .set(v.TITLE, "Första").execute();
        assertThat(stored(id)).isEqualTo(LocalDate.of(2025, 8, 1));
        assertEveryStoredDateIsTheFirstVersions();

        // Deleting an application deletes its versions; keeping the date must not stand in the way.
        long single = receive("Borttagen", LocalDate.of(2025, 10, 1), 1_000);
        db.deleteFrom(FUNDING_APPLICATION).where(FUNDING_APPLICATION.ID.eq(single)).execute();
        assertThat(db.fetchExists(FUNDING_APPLICATION, FUNDING_APPLICATION.ID.eq(single))).isFalse();
    }

    @Test
    void the_list_opens_on_the_latest_year_with_applications_and_its_footer_sums_that_year_only() {
        receive("Gammal", LocalDate.of(2024, 11, 1), 1_000_000);
        receive("Förra året", LocalDate.of(2025, 12, 30), 300_000);
        receive("I år", LocalDate.of(2026, 2, 1), 100_000);
        receive("I år igen", LocalDate.of(2026, 3, 1), 50_000);
        receive("Framtida", LocalDate.of(2027, 1, 2), 7_000);

        ApplicationQueries.ListStart start = queries.listStart(2026);
        assertThat(start.receivedYear()).isEqualTo(2026);
        assertThat(start.totals().count()).isEqualTo(2);
        assertThat(start.totals().requestedTotal()).isEqualByComparingTo("150000");
        ApplicationFilter thisYear = new ApplicationFilter(null, 2026, null, null);
        assertThat(queries.totals(thisYear)).isEqualTo(start.totals());
        assertThat(titles(thisYear)).containsExactly("I år igen", "I år");
        assertThat(titles(new ApplicationFilter(null, 2025, null, null))).containsExactly("Förra året");

        // Early in a year nothing may have come in yet: the list opens on the last year that had applications.
        assertThat(queries.listStart(2025).receivedYear()).isEqualTo(2025);
        assertThat(queries.listStart(2025).totals().requestedTotal()).isEqualByComparingTo("300000");
        assertThat(queries.listStart(2023).receivedYear()).isNull();
        assertThat(queries.listStart(2023).totals().count()).isZero();
        assertThat(queries.listStart(2023).totals().requestedTotal()).isEqualByComparingTo("0");
    }

    @Test
    void the_opening_and_its_first_page_are_read_from_the_index_on_the_first_received_date() {
        for (int day = 1; day <= 20; day++) {
            receive("Ansökan " + day, LocalDate.of(2026, 1, day), 10_000);
        }
        StatementCounter.reset();
        StatementCounter.captureInlined(true);
        try {
            ApplicationQueries.ListStart start = queries.listStart(2026);
            queries.list(new ApplicationFilter(null, start.receivedYear(), null, null), PageRequest.of(0, 5));
            queries.list(ApplicationFilter.all(), PageRequest.of(0, 5));
        } finally {
            StatementCounter.captureInlined(false);
        }
        List<String> statements = StatementCounter.inlined();
        assertThat(statements).hasSize(3);
        // The fixture is small, so the planner would rightly scan it: without sequential scans, the index must serve.
        for (String statement : statements) {
            String plan = db.transactionResult(c -> {
                c.dsl().execute("set local enable_seqscan = off");
                return String.join("\n", c.dsl().fetch("explain " + statement).into(String.class));
            });
            assertThat(plan).as(statement).contains("funding_application_first_received_idx");
        }
    }
}
