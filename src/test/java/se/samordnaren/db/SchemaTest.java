package se.samordnaren.db;

import liquibase.integration.spring.SpringLiquibase;
import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.samordnaren.common.DatabaseErrors;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The migrations build the schema (and no demo data) from an empty database, and the schema's own rules hold without
 * the application.
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchemaTest {

    @Autowired
    DSLContext db;
    TestData data;

    @BeforeEach
    void reset() {
        // The schema's own rules as PostgreSQL raises them: without the application's listener that turns named
        // refusals into the features' Swedish messages.
        db = DSL.using(db.configuration().derive(new ExecuteListenerProvider[0]));
        data = new TestData(db);
        data.reset();
    }

    @Test
    void migrations_create_every_foundation_table_from_an_empty_database() {
        assertThat(strings("select table_name from information_schema.tables where table_schema = 'public'"))
                .contains("audit_log", "app_user", "association", "member", "databasechangelog");
        List<String> changesets = strings("select id from databasechangelog order by orderexecuted");
        assertThat(changesets).startsWith("001-audit", "001-users", "001-association", "001-member");
        assertThat(changesets).as("demo data is no changeset (se.samordnaren.demo loads it)").noneMatch(id -> id.contains("demo"));
    }

    @Test
    void a_liquibase_update_without_contexts_on_a_new_database_writes_schema_and_lookups_but_no_demo_data() throws Exception {
        String name = "schema_only_" + Long.toHexString(System.nanoTime());
        String url = db.connectionResult(c -> c.getMetaData().getURL()).replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
        db.execute("create database " + name);
        try {
            DriverManagerDataSource fresh = new DriverManagerDataSource(url, "postgres", "");
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(fresh);
            liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
            liquibase.setResourceLoader(new DefaultResourceLoader());
            liquibase.afterPropertiesSet();

            DSLContext freshDb = DSL.using(fresh, SQLDialect.POSTGRES);
            assertThat(freshDb.fetchCount(MEETING)).as("the schema was built").isZero();
            List<String> filled = freshDb.fetchValues("select tablename from pg_tables where schemaname = 'public' "
                            + "and tablename not in ('audit_log', 'databasechangelog', 'databasechangeloglock') order by tablename").stream()
                    .map(String::valueOf)
                    .filter(table -> freshDb.fetchExists(DSL.table(DSL.name(table))))
                    .toList();
            assertThat(filled).as("only the association row and the link-kind lookup")
                    .containsExactlyInAnyOrder("association", "linkable_kind");
            assertThat(freshDb.fetchValue(ASSOCIATION.NAME)).isEqualTo("Samordningsförbundet");
            assertThat(freshDb.fetchValue(ASSOCIATION.ORGANISATION_NUMBER)).isNull();
        } finally {
            db.execute("drop database " + name + " with (force)");
        }
    }

    @Test
    void audit_triggers_are_installed_on_every_audited_table() {
        assertThat(strings("select event_object_table from information_schema.triggers where trigger_name like 'audit\\_%' escape '\\' and trigger_name <> 'audit_log_append_only'"))
                .contains("app_user", "association", "member");
    }

    @Test
    void municipal_shares_summing_over_100_are_refused() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", new BigDecimal("60"));
        data.insertMember("Eslövs kommun", "MUNICIPALITY", new BigDecimal("40"));

        assertThatThrownBy(() -> data.insertMember("Höörs kommun", "MUNICIPALITY", new BigDecimal("0.0001")))
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.CHECK_VIOLATION))
                .hasMessageContaining("högst 100");
        assertThat(db.fetchCount(MEMBER)).isEqualTo(2);
    }

    @Test
    void raising_a_share_over_the_total_of_100_is_refused_too() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", new BigDecimal("60"));
        long eslov = data.insertMember("Eslövs kommun", "MUNICIPALITY", new BigDecimal("40"));

        assertThatThrownBy(() -> db.update(MEMBER).set(MEMBER.MUNICIPAL_SHARE, new BigDecimal("40.5")).where(MEMBER.ID.eq(eslov)).execute())
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.CHECK_VIOLATION));
        assertThat(db.fetchValue(db.select(MEMBER.MUNICIPAL_SHARE).from(MEMBER).where(MEMBER.ID.eq(eslov))))
                .isEqualByComparingTo("40");
    }

    @Test
    void only_municipalities_have_a_municipal_share() {
        assertThatThrownBy(() -> data.insertMember("Region Skåne", "REGION", new BigDecimal("10")))
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.CHECK_VIOLATION))
                .hasMessageContaining("member_share_only_for_municipality");
    }

    @Test
    void a_share_must_be_above_0_and_at_most_100() {
        assertThatThrownBy(() -> data.insertMember("Lunds kommun", "MUNICIPALITY", BigDecimal.ZERO))
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.CHECK_VIOLATION));
        assertThatThrownBy(() -> data.insertMember("Lunds kommun", "MUNICIPALITY", new BigDecimal("100.5")))
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.CHECK_VIOLATION));
    }

    @Test
    void there_is_only_one_forsakringskassan_and_one_arbetsformedlingen() {
        data.insertMember("Försäkringskassan", "FORSAKRINGSKASSAN", null);
        data.insertMember("Arbetsförmedlingen", "ARBETSFORMEDLINGEN", null);

        assertThatThrownBy(() -> data.insertMember("Försäkringskassan Syd", "FORSAKRINGSKASSAN", null))
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.UNIQUE_VIOLATION))
                .hasMessageContaining("member_one_fk");
        assertThatThrownBy(() -> data.insertMember("Arbetsförmedlingen Syd", "ARBETSFORMEDLINGEN", null))
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.UNIQUE_VIOLATION))
                .hasMessageContaining("member_one_af");
        // Many regions and municipalities are fine.
        data.insertMember("Region Skåne", "REGION", null);
        data.insertMember("Region Halland", "REGION", null);
        assertThat(db.fetchCount(MEMBER)).isEqualTo(4);
    }

    @Test
    void member_names_are_unique() {
        data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        assertThatThrownBy(() -> data.insertMember("Lunds kommun", "MUNICIPALITY", null))
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.UNIQUE_VIOLATION));
    }

    @Test
    void organisation_numbers_must_be_ten_digits_with_a_hyphen() {
        long lund = data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        db.update(MEMBER).set(MEMBER.ORGANISATION_NUMBER, "212000-1124").where(MEMBER.ID.eq(lund)).execute();

        for (String wrong : new String[]{"2120001124", "212000-112", "21200-11245", "abcdef-ghij", "212000 1124"}) {
            assertThatThrownBy(() -> db.update(MEMBER).set(MEMBER.ORGANISATION_NUMBER, wrong).where(MEMBER.ID.eq(lund)).execute())
                    .as(wrong)
                    .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.CHECK_VIOLATION));
            assertThatThrownBy(() -> db.update(ASSOCIATION).set(ASSOCIATION.ORGANISATION_NUMBER, wrong).execute())
                    .as(wrong)
                    .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.CHECK_VIOLATION));
        }
        assertThat(db.fetchValue(db.select(MEMBER.ORGANISATION_NUMBER).from(MEMBER).where(MEMBER.ID.eq(lund))))
                .isEqualTo("212000-1124");
    }

    @Test
    void the_association_table_holds_only_the_row_with_id_1() {
        assertThat(db.fetchValues(db.select(ASSOCIATION.ID).from(ASSOCIATION))).containsExactly(1);

        assertThatThrownBy(() -> db.insertInto(ASSOCIATION).set(ASSOCIATION.ID, 2).set(ASSOCIATION.NAME, "Ett till").execute())
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.CHECK_VIOLATION));
        assertThatThrownBy(() -> db.insertInto(ASSOCIATION).set(ASSOCIATION.NAME, "Ett till").execute())
                .satisfies(e -> assertThat(DatabaseErrors.sqlState(e)).contains(DatabaseErrors.UNIQUE_VIOLATION));
        assertThat(db.fetchCount(ASSOCIATION)).isEqualTo(1);
    }

    private java.util.List<String> strings(String sql) {
        return db.fetch(sql).getValues(0, String.class);
    }
}
