package se.samordnaren.initiative;

import com.vaadin.flow.component.Component;
import se.samordnaren.initiative.InitiativeDetail.TimelineEvent;

import java.util.Set;

/**
 * A timeline event in the user's language, from its kind and parts ("Förlängning för 2022", "Ansökan inkom: IRIS
 * (version 2)", "Arbetsutskottets förslag: bifall"). The database's view words the same events in Swedish for SQL
 * users; a test holds the two equal.
 */
final class TimelineTitles {

    private static final String GRANT = "GRANT_";
    private static final String REPORT = "REPORT_";
    private static final Set<String> PREPARED = Set.of("APPROVE", "REJECT");
    private static final Set<String> DECIDED = Set.of("APPROVE", "REJECT", "REFER_BACK");

    private TimelineTitles() {
    }

    static String title(Component source, TimelineEvent event) {
        String kind = event.eventKind();
        String year = event.year() == null ? "" : String.valueOf(event.year());
        for (GrantKind grant : GrantKind.values()) {
            if (kind.equals(GRANT + grant.name())) {
                return source.getTranslation("initiative.timeline.grant", source.getTranslation(grant.translationKey()), year);
            }
        }
        for (ReportKind report : ReportKind.values()) {
            if (kind.equals(REPORT + report.name())) {
                String label = source.getTranslation(report.translationKey());
                return event.subject() == null ? label : label + ": " + event.subject();
            }
        }
        return switch (kind) {
            case "STARTED" -> source.getTranslation("initiative.timeline.started");
            case "DECISION" -> event.subject();
            case "OPENING_BALANCE" -> source.getTranslation("initiative.timeline.openingBalance",
                    source.getTranslation(GrantKind.GRANT.translationKey()), year);
            case "APPLICATION_RECEIVED" -> event.versionNo() != null && event.versionNo() > 1
                    ? source.getTranslation("initiative.timeline.applicationReceivedVersion", event.subject(),
                    String.valueOf(event.versionNo()))
                    : source.getTranslation("initiative.timeline.applicationReceived", event.subject());
            case "APPLICATION_PREPARED" -> source.getTranslation("initiative.timeline.applicationPrepared",
                    source.getTranslation("initiative.timeline.prepared." + outcome(event, PREPARED)));
            case "APPLICATION_AU_PROPOSAL" -> source.getTranslation("initiative.timeline.applicationProposal",
                    source.getTranslation("initiative.timeline.decided." + outcome(event, DECIDED)));
            case "APPLICATION_BOARD_DECISION" -> source.getTranslation("initiative.timeline.applicationDecision",
                    source.getTranslation("initiative.timeline.decided." + outcome(event, DECIDED)));
            case "APPLICATION_WITHDRAWN" -> source.getTranslation("initiative.timeline.applicationWithdrawn");
            case "CONDITION_SET" -> source.getTranslation("initiative.timeline.conditionSet", event.subject());
            case "CONDITION_MET" -> source.getTranslation("initiative.timeline.conditionMet", event.subject());
            case "ENDED" -> source.getTranslation(InitiativeStatus.STOPPED.name().equals(event.outcome())
                    ? "initiative.timeline.stopped" : "initiative.timeline.ended");
            default -> kind;
        };
    }

    /** The step's outcome when it is one the texts name, else OTHER. */
    private static String outcome(TimelineEvent event, Set<String> named) {
        return event.outcome() != null && named.contains(event.outcome()) ? event.outcome() : "OTHER";
    }
}
