package se.samordnaren.initiative;

import se.samordnaren.common.ParagraphRef;
import se.samordnaren.initiative.InitiativeDetail.Condition;
import se.samordnaren.initiative.InitiativeDetail.LedgerRow;
import se.samordnaren.initiative.InitiativeDetail.Report;
import se.samordnaren.initiative.InitiativeDetail.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The insats's timeline as the database view initiative_timeline defines it (the same events, parts and order), put
 * together from what the detail reads anyway (its dates, the ledger, the reports, the conditions) and two reads of its
 * own (the linked decisions, the application steps). Reading the view instead cost more planning time on every opening
 * than all the rest of the detail (its eight-part union reads the ledger and the conditions again;
 * docs/performance.md). The event kinds and sort keys are the view's.
 */
final class Timeline {

    /** An event with the view's order within a day: its kind's sort key, then the id of the row it comes from. */
    record Entry(TimelineEvent event, int sortKey, long sourceId) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.event().occurredOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Entry::sortKey)
            .thenComparingLong(Entry::sourceId);

    private Timeline() {
    }

    /** A decision linked to the insats (sort key 20, by link). */
    static Entry decision(long linkId, String title, String note, ParagraphRef paragraph) {
        return new Entry(new TimelineEvent(paragraph.meetingDate(), "DECISION", title, null, null, null, note, null,
                paragraph), 20, linkId);
    }

    /** A step of an application for the insats (sort key 15, by step). */
    static Entry applicationStep(long stepId, LocalDate occurredOn, String step, String title, String outcome,
                                 Integer versionNo, String notes, ParagraphRef paragraph) {
        return new Entry(new TimelineEvent(occurredOn, "APPLICATION_" + step, title, null, outcome, versionNo, notes,
                null, paragraph), 15, stepId);
    }

    static List<TimelineEvent> of(long initiativeId, LocalDate startDate, LocalDate actualEndDate,
                                  InitiativeStatus status, List<Entry> decisions, List<Entry> applicationSteps,
                                  List<LedgerRow> ledger, List<Report> reports, List<Condition> conditions) {
        List<Entry> entries = new ArrayList<>(decisions);
        entries.addAll(applicationSteps);
        if (startDate != null) {
            entries.add(new Entry(new TimelineEvent(startDate, "STARTED", null, null, null, null, null, null, null),
                    10, initiativeId));
        }
        for (LedgerRow g : ledger) {
            String kind = g.openingBalance() ? "OPENING_BALANCE" : "GRANT_" + g.kind().name();
            String detail = g.openingReference() != null ? g.openingReference() : g.note();
            entries.add(new Entry(new TimelineEvent(g.decidedOn(), kind, null, g.year(), null, null, detail, g.amount(),
                    g.decision()), 30, g.grantId()));
        }
        for (Report r : reports) {
            entries.add(new Entry(new TimelineEvent(r.receivedOn(), "REPORT_" + r.kind().name(), r.title(), null, null,
                    null, r.summary(), null, r.presentedAt()), 40, r.id()));
        }
        for (Condition c : conditions) {
            ParagraphRef decided = c.decidedAt();
            entries.add(new Entry(new TimelineEvent(decided == null ? null : decided.meetingDate(), "CONDITION_SET",
                    c.description(), null, null, null, null, null, decided), 25, c.followUpId()));
            if (c.isClosed() && c.closedAt() != null) {
                entries.add(new Entry(new TimelineEvent(c.closedAt().meetingDate(), "CONDITION_MET", c.description(),
                        null, null, null, c.closedNote(), null, c.closedAt()), 26, c.followUpId()));
            }
        }
        if (actualEndDate != null) {
            entries.add(new Entry(new TimelineEvent(actualEndDate, "ENDED", null, null, status.name(), null, null, null,
                    null), 90, initiativeId));
        }
        entries.sort(ORDER);
        return entries.stream().map(Entry::event).toList();
    }
}
