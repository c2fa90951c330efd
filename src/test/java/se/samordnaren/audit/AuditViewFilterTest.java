package se.samordnaren.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import se.samordnaren.testsupport.ViewTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit view reads the log lazily and its filters narrow what it reads. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class AuditViewFilterTest extends ViewTest {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_user_filter_narrows_the_rows_and_the_moment_is_shown_in_swedish_time() {
        String user = "granskare-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(tx -> {
            db.execute("select set_config('app.user', '" + user + "', true)");
            data.insertMember("Lunds kommun", "MUNICIPALITY", null);
        });
        AuditView view = open("logg", AuditView.class);

        test(view.user).setValue(user);

        // the member and, since 020, its own linkable record; newest (the member) first
        assertThat(view.grid.getGenericDataView().getItems().findFirst()).hasValueSatisfying(
                e -> assertThat(e.tableName()).isEqualTo("member"));
        assertThat(view.grid.getGenericDataView().getItems()).extracting(AuditEntry::username).containsOnly(user);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(user);
        assertThat(test(view.grid).getCellText(0, 0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Medlemmar");
    }
}
