package se.samordnaren.initiative;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The "Översikt" tab: the insats's facts and the conditions of the decisions linked to it. */
class OverviewTab extends VerticalLayout {

    private final DescriptionList facts = new DescriptionList();
    private final Div conditions = new Div();

    OverviewTab() {
        setPadding(false);
        facts.addClassName("fact-list");
        conditions.addClassName("card-list");
        add(facts, InitiativeUi.sectionTitle(this, "initiative.conditions"), conditions);
    }

    void show(InitiativeDetail detail) {
        facts.removeAll();
        fact("initiative.shortName", detail.shortName());
        fact("initiative.owner", detail.owner());
        fact("initiative.members", detail.members().stream().map(InitiativeDetail.TakingPart::name)
                .collect(Collectors.joining(", ")));
        fact("initiative.targetGroup", detail.targetGroup());
        fact("initiative.orientation", detail.orientation() == null ? null
                : getTranslation(detail.orientation().translationKey()));
        fact("initiative.susReference", detail.susReference());
        fact("initiative.startDate", Formats.date(detail.startDate()));
        fact("initiative.plannedEndDate", Formats.date(detail.plannedEndDate()));
        fact("initiative.actualEndDate", Formats.date(detail.actualEndDate()));
        fact("initiative.contact", Stream.of(detail.contactPerson(), detail.contact())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", ")));
        fact("initiative.description.field", detail.description());
        fact("initiative.staffNotes", detail.staffNotes());
        fact("initiative.granted", Formats.money(detail.grantedTotal()));
        showConditions(detail);
    }

    private void fact(String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private void showConditions(InitiativeDetail detail) {
        conditions.removeAll();
        if (detail.conditions().isEmpty()) {
            conditions.add(new Span(getTranslation("initiative.conditions.empty")));
        }
        for (InitiativeDetail.Condition c : detail.conditions()) {
            String state = c.isClosed() ? "closed" : c.overdue() ? "overdue" : "open";
            Span badge = new Span(getTranslation("initiative.condition." + state));
            badge.addClassNames("condition-state", state);
            Div meta = new Div(new DecidedAtLink(c.decidedAt()));
            meta.addClassName("initiative-facts");
            if (c.dueOn() != null && !c.isClosed()) {
                meta.add(new Span(getTranslation("initiative.condition.due", Formats.date(c.dueOn()))));
            }
            if (c.isClosed() && c.closedAt() != null) {
                meta.add(new Span(getTranslation("initiative.condition.closedAt", "")),
                        InitiativeUi.paragraphLink(c.closedAt()));
            }
            Div card = new Div(badge, new Paragraph(c.description()), meta);
            card.addClassName("item-card");
            if (c.closedNote() != null) {
                card.add(new Paragraph(c.closedNote()));
            }
            conditions.add(card);
        }
    }
}
