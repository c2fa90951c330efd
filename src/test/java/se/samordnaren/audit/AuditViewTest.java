package se.samordnaren.audit;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.config.LocaleInitializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log names the changed fields as users know them, not as the database calls them. */
@WithMockUser(username = "revisor", roles = "REVISOR")
class AuditViewTest extends ViewTest {

    private static final int FIELDS = 5;


    @Test
    void a_new_paragraph_lists_its_fields_by_their_swedish_names_without_the_search_vector() {
        long meeting = data.meeting(data.body("Styrelsen"), LocalDate.of(2021, 3, 19));
        data.item(meeting, 1, "Budget 2022", "Förslag till budget");

        AuditView view = navigate(AuditView.class);
        test(view.table).selectItem("Paragrafer");

        String fields = test(view.grid).getCellText(0, FIELDS);
        assertThat(fields).contains("Ärendets text", "Sammanträde", "Paragrafnummer", "Rubrik", "Typ av ärende");
        assertThat(fields).doesNotContain("search_vector", "body_text", "meeting_id", "version", "_");
    }

    @Test
    void english_users_get_english_field_names() {
        UI.getCurrent().setLocale(LocaleInitializer.ENGLISH);
        AuditView view = navigate(AuditView.class);
        assertThat(view.fieldLabel("agenda_item", "body_text")).isEqualTo("Item text");
        assertThat(view.fieldLabel("meeting", "created_at")).as("a name shared by all tables").isEqualTo("Created");
    }

    @Test
    void an_unknown_column_keeps_its_own_name() {
        AuditView view = navigate(AuditView.class);
        assertThat(view.fieldLabel("agenda_item", "a_column_of_tomorrow")).isEqualTo("a_column_of_tomorrow");
    }

    @Test
    void every_column_of_every_audited_table_has_a_name_in_both_languages() throws IOException {
        List<String> tables = db.fetchValues("select distinct event_object_table::text from information_schema.triggers"
                + " where action_statement ilike '%audit%row()'").stream().map(String::valueOf).toList();
        assertThat(tables).contains("agenda_item", "meeting", "initiative", "attachment", "app_user");
        AuditView view = navigate(AuditView.class);
        for (String table : tables) {
            List<String> columns = db.fetchValues("select column_name::text from information_schema.columns"
                    + " where table_schema = 'public' and table_name = ?", table).stream().map(String::valueOf).toList();
            for (String column : columns) {
                if (!AuditService.isInternal(table, column)) {
                    assertThat(view.fieldLabel(table, column)).as(table + "." + column).isNotEqualTo(column);
                }
            }
        }
        assertThat(keys("i18n/audit_en.properties")).isEqualTo(keys("i18n/audit_sv.properties"));
    }

    @Test
    void the_columns_the_database_keeps_for_itself_are_left_out() {
        assertThat(AuditService.isInternal("agenda_item", "search_vector")).isTrue();
        assertThat(AuditService.isInternal("decision_clause", "search_vector")).isTrue();
        assertThat(AuditService.isInternal("meeting", "version")).isTrue();
        assertThat(AuditService.isInternal("meeting", "record_id")).isTrue();
        assertThat(AuditService.isInternal("decision_link", "record_id")).as("the record a decision links to").isFalse();
        assertThat(AuditService.isInternal("agenda_item", "body_text")).isFalse();
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditViewTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
