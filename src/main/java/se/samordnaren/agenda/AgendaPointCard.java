package se.samordnaren.agenda;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.meeting.ItemCardTop;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.CardTools;
import se.samordnaren.ui.StaticMarkup;

/**
 * One point of the agenda: number and title, kind and source, text, "Förslag till beslut: Att …", papers, its §. As a §
 * of the minutes (meeting.ParagraphCard) the content is markup ({@link StaticMarkup}) and the writers' tools are plain
 * buttons in it with one click listener on the card ({@link CardTools}), not a Vaadin button per tool.
 */
class AgendaPointCard extends Div {

    final AgendaPoint point;
    /** The writers' tools of this card; none registered for a reader or approved minutes. */
    private final CardTools tools;

    AgendaPointCard(AgendaView view, Minutes.Header header, AgendaPoint point, Integer paragraphNumber, boolean editable,
                    boolean first, boolean last) {
        this.point = point;
        addClassNames("paragraph-card", "agenda-point");
        setId("punkt-" + point.position());
        tools = new CardTools("punkt-" + point.position());

        ItemCardTop top = new ItemCardTop(point.position() + ". " + point.title())
                .tag(getTranslation(point.kind().translationKey()))
                .tag(getTranslation("agenda.source." + point.source().name()))
                .tag(point.caseNumber());
        if (point.notReached()) {
            top.add(new Badge(getTranslation("agenda.notReached"), Badge.Tone.WARNING));
        }
        if (paragraphNumber != null) {
            Anchor paragraph = new Anchor("sammantraden/" + header.id() + "?paragraf=" + paragraphNumber,
                    getTranslation("agenda.becameParagraph", header.paragraphLabel(paragraphNumber)));
            paragraph.addClassName("agenda-paragraph-link");
            top.add(paragraph);
        }
        if (editable) {
            Element group = top.tools(tools, () -> view.openPointDialog(point), up -> view.move(point, up), first, last,
                    () -> view.confirmRemove(point));
            group.insertChild(1, tools.tool("papers", VaadinIcon.PAPERCLIP, getTranslation("agenda.papers.edit"),
                    () -> view.openPaperDialog(point)));
            if (point.itemId() == null) {
                // "Denna punkt hanns inte med", marked at the meeting before the agenda becomes the minutes.
                group.insertChild(2, tools.tool("not-reached",
                        point.notReached() ? VaadinIcon.ROTATE_LEFT : VaadinIcon.HOURGLASS,
                        getTranslation(point.notReached() ? "agenda.reachedAfterAll" : "agenda.markNotReached"),
                        () -> view.notReached(point, !point.notReached())));
            }
        }
        add(top);

        if (point.description() != null) {
            Div text = new Div(point.description());
            text.addClassName("paragraph-text");
            add(text);
        }
        if (!point.proposalClauses().isEmpty()) {
            Div proposal = new Div();
            proposal.addClassName("decision");
            Span heading = new Span(getTranslation("agenda.proposalHeading"));
            heading.addClassName("decision-intro");
            UnorderedList clauses = new UnorderedList();
            clauses.addClassName("decision-clauses");
            point.proposalClauses().forEach(c -> clauses.add(new ListItem(getTranslation("agenda.clause", c))));
            proposal.add(heading, clauses);
            add(proposal);
        }
        if (!point.papers().isEmpty()) {
            Span heading = new Span(getTranslation("agenda.papers"));
            heading.addClassName("decision-subheading");
            UnorderedList papers = new UnorderedList();
            papers.addClassName("agenda-papers");
            for (AgendaPoint.AgendaPaper paper : point.papers()) {
                Anchor link = new Anchor("/" + AttachmentService.downloadUrl(paper.attachmentId()), paper.fileName());
                link.setRouterIgnore(true);
                link.setTarget("_blank");
                papers.add(new ListItem(link));
            }
            add(heading, papers);
        }
        Element tooltips = tools.tooltips();
        if (tooltips != null) {
            getElement().appendChild(tooltips);
        }
        StaticMarkup.freeze(this);
        tools.listen(this);
    }
}
