package se.samordnaren.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.DatabaseTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.MEMBER;

/** The audit trail is read a page at a time in SQL (the log only grows), filtered and sorted by known columns only. */
@WithMockUser(username = "revisor", roles = "REVISOR")
class AuditServiceTest extends DatabaseTest {

    @Autowired
    AuditService audit;
    @Autowired
    TransactionTemplate transactions;

    /** The log is never emptied: each test writes under a user name of its own and filters on it. */
    private String changesBy(int members) {
        return changesBy("granskare-" + UUID.randomUUID().toString().substring(0, 8), members);
    }

    private String changesBy(String user, int members) {
        transactions.executeWithoutResult(tx -> {
            db.execute("select set_config('app.user', '" + user + "', true)");
            for (int i = 0; i < members; i++) {
                long id = data.insertMember(user + " kommun " + i, "MUNICIPALITY", null);
                db.update(MEMBER).set(MEMBER.POPULATION, i).where(MEMBER.ID.eq(id)).execute();
            }
        });
        return user;
    }

    @Test
    void one_page_of_the_filtered_changes_comes_newest_first() {
        String user = changesBy(4);
        AuditService.Filter mine = new AuditService.Filter("member", user, null, null);

        List<AuditEntry> all = audit.find(mine, PageRequest.first(100));
        List<AuditEntry> page = audit.find(mine, PageRequest.of(2, 3));

        assertThat(all).hasSize(8).extracting(AuditEntry::username).containsOnly(user);
        assertThat(all).extracting(AuditEntry::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(page).extracting(AuditEntry::id).containsExactlyElementsOf(all.subList(2, 5).stream().map(AuditEntry::id).toList());
        assertThat(all.getFirst().operation()).isEqualTo("UPDATE");
        assertThat(all.getFirst().changes()).extracting(AuditEntry.FieldChange::field).containsExactly("population");
    }

    @Test
    void a_sort_by_a_known_column_is_applied_and_an_unknown_one_is_ignored() {
        String marker = "granskare-" + UUID.randomUUID().toString().substring(0, 8);
        String first = changesBy(marker + "-a", 1);
        String second = changesBy(marker + "-b", 1);
        AuditService.Filter mine = new AuditService.Filter("member", marker, null, null);

        assertThat(audit.find(mine, new PageRequest(0, 10, List.of(new PageRequest.Sort("user", false)))))
                .extracting(AuditEntry::username).containsExactly(first, first, second, second);
        assertThat(audit.find(mine, new PageRequest(0, 10, List.of(new PageRequest.Sort("user", true)))))
                .extracting(AuditEntry::username).containsExactly(second, second, first, first);
        assertThat(audit.find(mine, new PageRequest(0, 10, List.of(new PageRequest.Sort("username; drop table member", false)))))
                .extracting(AuditEntry::id).hasSize(4).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void only_the_forbundschef_and_the_auditors_read_the_log() {
        assertThatThrownBy(() -> audit.find(AuditService.Filter.NONE, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
