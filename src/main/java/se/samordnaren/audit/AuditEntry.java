package se.samordnaren.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One recorded change: who, when, which row, and the fields that changed with their before/after values. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String username, String tableName, String rowKey,
                         String operation, List<FieldChange> changes) {

    public record FieldChange(String field, String before, String after) {
    }
}
