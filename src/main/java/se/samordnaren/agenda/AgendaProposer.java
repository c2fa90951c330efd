package se.samordnaren.agenda;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import se.samordnaren.common.DateFormats;
import se.samordnaren.meeting.ItemKind;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is waiting for a meeting of a body, as points with a proposed decision, in the order they go on the agenda:
 * points not reached last time, matters referred back or postponed, applications at the body's step, proposals from
 * a subordinate body, follow-ups due, and the year's fixed items (a board in March and November). The texts are
 * the Swedish ones of agenda_sv.properties (they are stored, like what the secretary types).
 */
@Component
class AgendaProposer {

    static final int DEFAULT_STANDING_ITEMS = 8;
    private static final Locale SWEDISH = DateFormats.SWEDISH;

    private final AgendaQueries queries;
    private final I18NProvider texts;

    AgendaProposer(AgendaQueries queries, I18NProvider texts) {
        this.queries = queries;
        this.texts = texts;
    }

    /** The application's default standing items (a body without its own list). */
    List<AgendaTemplateItem> defaultTemplate() {
        ItemKind[] kinds = {ItemKind.INFORMATION, ItemKind.DECISION, ItemKind.DECISION, ItemKind.DECISION,
                ItemKind.INFORMATION, ItemKind.INFORMATION, ItemKind.OTHER, ItemKind.INFORMATION};
        List<AgendaTemplateItem> items = new ArrayList<>();
        for (int n = 1; n <= DEFAULT_STANDING_ITEMS; n++) {
            // Opening, other business and closing propose no decision.
            List<String> proposal = n == 1 || n == 7 || n == 8 ? List.of() : List.of(text("agenda.default." + n + ".proposal"));
            items.add(new AgendaTemplateItem(null, null, text("agenda.default." + n + ".title"), kinds[n - 1], proposal));
        }
        return items;
    }

    /** The body's standing items: its own list, or the default one. */
    List<AgendaTemplateItem> template(long bodyId) {
        List<AgendaTemplateItem> own = queries.template(bodyId);
        return own.isEmpty() ? defaultTemplate() : own;
    }

    List<Candidate> standing(long bodyId) {
        return template(bodyId).stream().map(t -> new Candidate(AgendaSource.STANDING, t.title(), t.kind(), null,
                t.proposalClauses(), null, null, null, null, null, null, null, List.of())).toList();
    }

    /** Everything due for the meeting, matters first-come (the caller drops what the agenda already has). */
    List<Candidate> due(AgendaQueries.MeetingContext m) {
        List<Candidate> due = new ArrayList<>();
        for (AgendaQueries.NotReached n : queries.notReached(m)) {
            due.add(new Candidate(AgendaSource.NOT_REACHED, n.title(), n.kind(),
                    join(text("agenda.notReached.description", Formats.date(n.meetingDate())), n.description()),
                    AgendaQueries.clauses(n.proposal()), n.caseNumber(), n.applicationId(), n.followUpId(),
                    n.earlierItemId(), n.proposalDecisionId(), n.yearlyKey(), n.entryId(), n.paperIds()));
        }
        for (AgendaQueries.Referred r : queries.referred(m)) {
            AgendaQueries.WaitingApplication application = queries.applicationOfDecision(r.decisionId());
            String description = text("agenda.referred." + r.outcome(), r.bodyLabel(), Formats.date(r.meetingDate()), r.number());
            List<Long> papers = new ArrayList<>(r.paperIds());
            List<String> clauses = List.of(text("agenda.proposal.referred"));
            if (application != null) {
                papers.addAll(application.paperIds());
                clauses = List.of(applicationClause(application, "APPROVE"));
            }
            due.add(new Candidate(AgendaSource.REFERRED, r.title(), ItemKind.DECISION, description, clauses,
                    r.caseNumber() != null ? r.caseNumber() : application == null ? null : application.caseNumber(),
                    application == null ? null : application.applicationId(), r.followUpId(), r.itemId(), null, null,
                    null, papers));
        }
        for (AgendaQueries.WaitingApplication a : queries.applications(m)) {
            boolean atCommittee = a.proposalDecisionId() == null;
            String description = text((atCommittee ? "agenda.application.prepared." : "agenda.application.proposed.")
                    + a.recommendation());
            due.add(new Candidate(AgendaSource.APPLICATION, text("agenda.application.title", a.title(), a.applicant()),
                    ItemKind.DECISION, description, List.of(applicationClause(a, a.recommendation())), a.caseNumber(),
                    a.applicationId(), null, null, a.proposalDecisionId(), null, null, a.paperIds()));
        }
        for (AgendaQueries.Proposal p : queries.proposals(m)) {
            due.add(new Candidate(AgendaSource.PROPOSAL, p.title(), ItemKind.DECISION,
                    text("agenda.proposal.description", p.bodyLabel(), Formats.date(p.meetingDate()), p.number()),
                    p.clauses().stream().map(AgendaProposer::withoutAtt).toList(), p.caseNumber(), null, null, null,
                    p.decisionId(), null, null, List.of()));
        }
        for (AgendaQueries.FollowUp f : queries.followUps(m)) {
            due.add(new Candidate(AgendaSource.FOLLOW_UP, text("agenda.followUp.title", shorten(f.itemTitle())),
                    ItemKind.DECISION,
                    text("agenda.followUp.description", f.bodyLabel(), Formats.date(f.decidedOn()), f.number(), f.description()),
                    List.of(text("agenda.proposal.followUp")), null, null, f.followUpId(), null, null, null, null,
                    f.paperIds()));
        }
        if ("BOARD".equals(m.bodyType())) {
            int year = m.date().getYear();
            int month = m.date().getMonthValue();
            if (month == 3) {
                yearly(due, m, "ANNUAL_REPORT:" + (year - 1), "agenda.yearly.annualReport", year - 1);
                yearly(due, m, "BUDGET_REVISION:" + year, "agenda.yearly.budgetRevision", year);
            } else if (month == 11) {
                yearly(due, m, "BUDGET:" + (year + 1), "agenda.yearly.budget", year + 1);
            }
        }
        return due;
    }

    private void yearly(List<Candidate> due, AgendaQueries.MeetingContext m, String key, String textKey, int year) {
        if (queries.yearlyDone(key, m.id())) {
            return;
        }
        due.add(new Candidate(AgendaSource.YEARLY, text(textKey + ".title", String.valueOf(year)), ItemKind.DECISION, null,
                List.of(text(textKey + ".proposal", String.valueOf(year))), null, null, null, null, null, key, null,
                List.of()));
    }

    /** "bevilja Folkuniversitetet, Lund 520 000 kr för 2022 för insatsen ”Språkstöd”", or the rejection. */
    private String applicationClause(AgendaQueries.WaitingApplication a, String recommendation) {
        if ("REJECT".equals(recommendation)) {
            return text("agenda.proposal.applicationReject", a.applicant(), a.title());
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < a.years().size(); i++) {
            BigDecimal amount = a.amounts().get(i);
            if (amount != null && amount.signum() > 0) {
                parts.add(text("agenda.proposal.amountForYear", Formats.money(amount), String.valueOf(a.years().get(i))));
            }
        }
        if (parts.isEmpty()) {
            return text("agenda.proposal.applicationGrantNoAmount", a.applicant(), a.title());
        }
        String amounts = parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " " + text("agenda.and") + " " + parts.getLast();
        return text("agenda.proposal.applicationGrant", a.applicant(), amounts, a.title());
    }

    /** A clause as stored on the agenda: without its leading "Att". */
    static String withoutAtt(String clause) {
        String text = clause == null ? "" : clause.strip();
        if (text.regionMatches(true, 0, "att ", 0, 4)) {
            text = text.substring(4).strip();
        }
        return text;
    }

    private static String join(String first, String second) {
        return second == null || second.isBlank() ? first : first + "\n\n" + second;
    }

    private static String shorten(String title) {
        return title.length() > 200 ? title.substring(0, 199) + "…" : title;
    }

    String text(String key, Object... arguments) {
        return texts.getTranslation(key, SWEDISH, arguments);
    }
}
