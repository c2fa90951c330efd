package se.samordnaren.audit;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.security.Roles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static se.samordnaren.db.Tables.AUDIT_LOG;

/** Reads the audit trail (written by the database's trigger alone) for the förbundschef and the auditors. */
@Service
public class AuditService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final DSLContext db;

    AuditService(DSLContext db) {
        this.db = db;
    }

    /** Filter for the audit list; null parts do not filter. */
    public record Filter(String tableName, String username, LocalDate from, LocalDate to) {
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** The log's sort properties (column sort names), looked up here; never spliced into SQL. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "when", AUDIT_LOG.OCCURRED_AT,
            "user", AUDIT_LOG.USERNAME,
            "table", AUDIT_LOG.TABLE_NAME);

    /** One page of the changes the filter lets through, newest first unless another order is asked for. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.REVISOR})
    public List<AuditEntry> find(Filter filter, PageRequest page) {
        return Paging.page(db.selectFrom(AUDIT_LOG)
                        .where(condition(filter))
                        .orderBy(Paging.order(page, SORTABLE, AUDIT_LOG.ID.desc())), page)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getUsername(), r.getTableName(), r.getRowKey(),
                        r.getOperation(), changes(r.getTableName(), r.getOldData(), r.getNewData())));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.REVISOR})
    public List<String> tableNames() {
        return db.selectDistinct(AUDIT_LOG.TABLE_NAME).from(AUDIT_LOG).orderBy(AUDIT_LOG.TABLE_NAME).fetch(AUDIT_LOG.TABLE_NAME);
    }

    private static Condition condition(Filter filter) {
        Condition condition = DSL.noCondition();
        if (filter.tableName() != null) {
            condition = condition.and(AUDIT_LOG.TABLE_NAME.eq(filter.tableName()));
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            condition = condition.and(AUDIT_LOG.USERNAME.containsIgnoreCase(filter.username().trim()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.ge(filter.from().atStartOfDay(SWEDEN).toOffsetDateTime()));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(SWEDEN).toOffsetDateTime()));
        }
        return condition;
    }

    /** Only the fields that differ (all of them for an insert or delete), without the columns nobody types in. */
    static List<AuditEntry.FieldChange> changes(String table, JSONB before, JSONB after) {
        JsonNode old = before == null ? null : JSON.readTree(before.data());
        JsonNode neu = after == null ? null : JSON.readTree(after.data());
        TreeSet<String> fields = new TreeSet<>();
        if (old != null) {
            fields.addAll(old.propertyNames());
        }
        if (neu != null) {
            fields.addAll(neu.propertyNames());
        }
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String a = text(old, field);
            String b = text(neu, field);
            if (!isInternal(table, field) && !java.util.Objects.equals(a, b)) {
                changes.add(new AuditEntry.FieldChange(field, a, b));
            }
        }
        return changes;
    }

    /**
     * Columns the database keeps for itself: the optimistic-lock counter, the generated full-text search vectors, and
     * the link id a trigger gives every linkable row (decision_link.record_id, the record a decision links to, stays),
     * and the account's security stamp (bumped by a trigger when the account changes, see security.SessionAccountCheck).
     */
    static boolean isInternal(String table, String column) {
        return column.equals("version") || column.equals("search_vector") || column.equals("security_stamp")
                || (column.equals("record_id") && !"decision_link".equals(table));
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field) || node.get(field).isNull()) {
            return null;
        }
        JsonNode value = node.get(field);
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
