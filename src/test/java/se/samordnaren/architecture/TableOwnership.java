package se.samordnaren.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which feature package writes which table. A table missing here may be written by nobody in Java (views, tables
 * the database fills itself); a new table gets its owner here in the same change that creates it.
 */
final class TableOwnership {

    static final Map<String, Set<String>> OWNER_TABLES = Map.ofEntries(
            Map.entry("association", Set.of("association", "member")),
            Map.entry("admin", Set.of("app_user")),
            Map.entry("security", Set.of("login_throttle")),
            Map.entry("people", Set.of("body", "person", "appointment")),
            Map.entry("meeting", Set.of("meeting", "meeting_attendance", "agenda_item", "agenda_item_attendance",
                    "decision", "decision_clause", "decision_link", "decision_reference", "approved_minutes_pdf",
                    "minutes_signature", "minutes_return")),
            Map.entry("agenda", Set.of("agenda_template_entry", "agenda_entry", "agenda_entry_paper")),
            Map.entry("invitation", Set.of("meeting_invitation")),
            Map.entry("reminder", Set.of("reminder")),
            Map.entry("mail", Set.of("sent_mail")),
            Map.entry("decision", Set.of("follow_up")),
            Map.entry("initiative", Set.of("initiative", "initiative_member", "initiative_grant", "co_financing",
                    "initiative_report", "initiative_report_attachment")),
            Map.entry("application", Set.of("funding_application", "funding_application_version", "application_step",
                    "application_requested_amount", "idea")),
            Map.entry("attachment", Set.of("attachment")),
            Map.entry("allocation", Set.of("allocation_year", "allocation_key", "allocation_payment")),
            Map.entry("budget", Set.of("budget_item", "budget_version", "budget_amount")),
            Map.entry("bookkeeping", Set.of("actual_entry", "bookkeeping_import", "bookkeeping_row", "account_mapping",
                    "import_column_mapping")),
            Map.entry("equity", Set.of("annual_result", "discharge", "guideline_step")),
            Map.entry("minutesimport", Set.of("minutes_import_batch", "minutes_import_file")),
            Map.entry("demo", Set.of()));

    /**
     * Writes still to be moved to their owner (class.method). Being emptied by the consolidation (issue 7); never
     * add to it.
     */
    static final Set<String> PENDING = Set.of();

    private static final Set<String> WRITES = Set.of("insertInto", "update", "deleteFrom", "delete", "mergeInto",
            "newRecord", "truncate", "truncateTable", "executeInsert", "executeUpdate", "executeDelete", "batchInsert",
            "batchUpdate", "batchDelete", "batchStore");

    private TableOwnership() {
    }

    /** "class.method -> table" for every write by a feature that does not own the table. */
    static Map<String, String> violations(JavaClasses classes) {
        Map<String, String> violations = new TreeMap<>();
        for (JavaClass javaClass : classes) {
            String feature = feature(javaClass.getPackageName());
            for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                    if (!WRITES.contains(call.getName()) || !call.getTargetOwner().getPackageName().startsWith("org.jooq")) {
                        continue;
                    }
                    for (String table : tablesOnLine(unit, call.getLineNumber())) {
                        if (!OWNER_TABLES.getOrDefault(feature, Set.of()).contains(table)
                                && !PENDING.contains(javaClass.getSimpleName() + "." + unit.getName())) {
                            violations.merge(javaClass.getSimpleName() + "." + unit.getName() + ":" + call.getLineNumber(),
                                    table, (a, b) -> a + "," + b);
                        }
                    }
                }
            }
        }
        return violations;
    }

    private static Set<String> tablesOnLine(JavaCodeUnit unit, int line) {
        return unit.getFieldAccesses().stream()
                .filter(access -> access.getLineNumber() == line)
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET)
                .filter(access -> access.getTarget().getOwner().getPackageName().equals("se.samordnaren.db")
                        || access.getTarget().getOwner().getPackageName().equals("se.samordnaren.db.tables"))
                .filter(access -> access.getTarget().getName().equals(access.getTarget().getName().toUpperCase()))
                .filter(access -> access.getTarget().getRawType().getPackageName().equals("se.samordnaren.db.tables"))
                .map(access -> snake(access.getTarget().getName()))
                .collect(Collectors.toSet());
    }

    private static String snake(String constant) {
        return constant.toLowerCase();
    }

    private static String feature(String packageName) {
        String rest = packageName.replaceFirst("^se\\.samordnaren\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
