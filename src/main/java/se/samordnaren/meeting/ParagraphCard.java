package se.samordnaren.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import se.samordnaren.ui.CardTools;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.StaticMarkup;

/**
 * One § as the minutes print it: number and title, text, the decision with its clauses, links and follow-ups, and for
 * the writers (until the minutes are approved) their tools. The content is kept as markup ({@link StaticMarkup}): one
 * state node per § instead of ~30 (a reader's) or ~60 (a writer's); the tools are plain buttons in it, with one click
 * listener on the card ({@link CardTools}).
 */
class ParagraphCard extends Div {

    final Minutes.Paragraph paragraph;
    private final MeetingView view;
    private final Minutes.Header header;
    private final boolean editable;
    /** The writers' tools of this card; none registered for a reader or approved minutes. */
    private final CardTools tools;

    ParagraphCard(MeetingView view, Minutes.Header header, Minutes.Paragraph paragraph, boolean editable, boolean first, boolean last) {
        this.view = view;
        this.header = header;
        this.paragraph = paragraph;
        this.editable = editable;
        addClassName("paragraph-card");
        setId("paragraf-" + paragraph.number());
        tools = new CardTools("paragraf-" + paragraph.number());

        ItemCardTop top = new ItemCardTop(header.paragraphLabel(paragraph.number()) + " " + paragraph.title())
                .tag(getTranslation(paragraph.kind().translationKey()))
                .tag(paragraph.caseNumber());
        if (editable) {
            top.tools(tools, () -> view.openParagraphDialog(paragraph), up -> view.move(paragraph, up), first, last,
                    () -> view.confirmDelete(paragraph));
        }
        add(top);

        if (paragraph.bodyText() != null) {
            Div text = new Div(paragraph.bodyText());
            text.addClassName("paragraph-text");
            add(text);
        }
        if (!paragraph.attendance().isEmpty() || editable) {
            add(attendance());
        }
        if (paragraph.decision() != null) {
            add(decision(paragraph.decision()));
        } else if (editable) {
            getElement().appendChild(tools.action("decision-add", VaadinIcon.GAVEL, getTranslation("meeting.decision.add"),
                    () -> view.openDecisionDialog(paragraph)));
        }
        Anchor extract = new Anchor("/protokoll/" + header.id() + "/utdrag.pdf?paragraf=" + paragraph.number(), getTranslation("meeting.extract"));
        extract.setRouterIgnore(true);
        extract.setTarget("_blank");
        extract.addClassName("paragraph-extract");
        add(extract);
        Element tooltips = tools.tooltips();
        if (tooltips != null) {
            getElement().appendChild(tooltips);
        }
        StaticMarkup.freeze(this);
        tools.listen(this);
    }

    /** "Närvaro för denna paragraf: Anna Andersson (s) (jäv, deltog inte i beslutet)". */
    private Component attendance() {
        Div line = new Div();
        line.addClassName("paragraph-attendance");
        if (paragraph.attendance().isEmpty()) {
            action(line, "attendance-add", VaadinIcon.USER_CLOCK, getTranslation("meeting.itemAttendance.add"),
                    () -> view.openItemAttendanceDialog(paragraph));
            return line;
        }
        line.add(muted(getTranslation("meeting.itemAttendance.label") + " "),
                new Span(String.join("; ", paragraph.attendance().stream().map(this::describe).toList())));
        if (editable) {
            tool(line, "attendance-edit", VaadinIcon.USER_CLOCK, getTranslation("meeting.itemAttendance.edit"),
                    () -> view.openItemAttendanceDialog(paragraph));
        }
        return line;
    }

    private String describe(Minutes.ItemAttendance a) {
        String note = a.note() != null ? a.note()
                : getTranslation(a.present() ? "meeting.itemAttendance.presentYes" : "meeting.itemAttendance.absent");
        return a.displayName() + " (" + note + ")";
    }

    private Component decision(Minutes.Decision d) {
        Div box = new Div();
        box.addClassName("decision");
        Div head = new Div();
        head.addClassName("decision-head");
        Span intro = new Span(d.intro());
        intro.addClassName("decision-intro");
        head.add(intro, StatusBadge.of(this, d.outcome()));
        if (d.proposalToBodyName() != null) {
            head.add(muted(getTranslation("meeting.decision.proposalLabel", d.proposalToBodyName())));
        }
        if (editable) {
            tool(head, "decision-edit", VaadinIcon.EDIT, getTranslation("meeting.decision.edit"), () -> view.openDecisionDialog(paragraph));
            tool(head, "decision-delete", VaadinIcon.TRASH, getTranslation("meeting.decision.delete"), () -> view.deleteDecision(d));
        }
        box.add(head);
        if (!d.clauses().isEmpty()) {
            UnorderedList clauses = new UnorderedList();
            clauses.addClassName("decision-clauses");
            d.clauses().forEach(c -> clauses.add(new ListItem(c.text())));
            box.add(clauses);
        }
        d.answered().ifPresent(ref -> box.add(relation("meeting.decision.answersLabel", ref)));
        d.corrected().ifPresent(ref -> box.add(relation("meeting.decision.correctsLabel", ref)));
        if (!d.links().isEmpty() || editable) {
            Div links = new Div(small(getTranslation("meeting.links")));
            links.addClassName("decision-links");
            for (LinkedRecord link : d.links()) {
                Div line = new Div();
                Component label = link.href().<Component>map(href -> new Anchor(href, link.label())).orElse(new Span(link.label()));
                line.add(muted(getTranslation(link.kindKey()) + ": "), label);
                if (link.note() != null) {
                    line.add(muted(" – " + link.note()));
                }
                if (editable) {
                    tool(line, "link-remove-" + link.linkId(), VaadinIcon.CLOSE_SMALL,
                            getTranslation("meeting.link.remove", link.label()), () -> view.removeLink(link));
                }
                links.add(line);
            }
            if (editable) {
                action(links, "link-add", VaadinIcon.LINK, getTranslation("meeting.link.add"), () -> view.openLinkDialog(d));
            }
            box.add(links);
        }
        if (!d.references().isEmpty()) {
            Div refs = new Div(small(getTranslation("meeting.referencesHeading")));
            refs.addClassName("decision-links");
            d.references().forEach(r -> refs.add(new Div(r.text())));
            box.add(refs);
        }
        if (!d.followUps().isEmpty() || editable) {
            Div followUps = new Div(small(getTranslation("meeting.followUps")));
            followUps.addClassName("decision-links");
            d.followUps().forEach(c -> followUps.add(condition(d, c)));
            if (editable) {
                action(followUps, "followup-add", VaadinIcon.FLAG_O, getTranslation("meeting.followUp.add"),
                        () -> view.openConditionDialog(d, null));
            }
            box.add(followUps);
        }
        return box;
    }

    private Component condition(Minutes.Decision d, Minutes.Condition c) {
        Div line = new Div(StatusBadge.of(this, c.state()), new Span(" " + c.description()));
        line.addClassName("condition");
        StringBuilder details = new StringBuilder();
        if (c.dueDate() != null || c.dueMeetingDate() != null) {
            details.append(getTranslation("meeting.followUp.due", Formats.date(c.dueDate() != null ? c.dueDate() : c.dueMeetingDate())));
        }
        if (c.responsibleName() != null) {
            details.append(details.isEmpty() ? "" : ", ").append(getTranslation("meeting.followUp.responsibleLabel", c.responsibleName()));
        }
        if (!details.isEmpty()) {
            line.add(muted(" (" + details + ")"));
        }
        if (c.closedByMeetingId() != null) {
            line.add(muted(" – " + getTranslation("meeting.followUp.closedBy") + " "),
                    new Anchor(DecidedAtLink.href(c.closedByMeetingId(), c.closedByNumber()), "§ " + c.closedByNumber()));
        }
        if (editable) {
            tool(line, "followup-edit-" + c.id(), VaadinIcon.EDIT, getTranslation("meeting.followUp.edit"),
                    () -> view.openConditionDialog(d, c));
            tool(line, "followup-remove-" + c.id(), VaadinIcon.CLOSE_SMALL, getTranslation("meeting.followUp.remove"),
                    () -> view.removeCondition(c));
        }
        return line;
    }

    private Component relation(String key, DecisionRef ref) {
        Div line = new Div(muted(getTranslation(key, "")),
                new Anchor(ref.paragraph().href(), ref.label() + " " + ref.title()));
        line.addClassName("decision-relation");
        return line;
    }

    /** An icon tool at the end of the parent (a disabled tool for a null action). */
    private void tool(HasElement parent, String name, VaadinIcon icon, String label, Runnable action) {
        parent.getElement().appendChild(tools.tool(name, icon, label, action));
    }

    private void action(HasElement parent, String name, VaadinIcon icon, String text, Runnable action) {
        parent.getElement().appendChild(tools.action(name, icon, text, action));
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("minutes-muted");
        return span;
    }

    private static Paragraph small(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("decision-subheading");
        return p;
    }
}
