package se.samordnaren.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.meeting.ItemCardTop;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.ui.Badge;

/** One point of the agenda: number and title, kind and source, text, "Förslag till beslut: Att …", papers, its §. */
class AgendaPointCard extends Div {

    final AgendaPoint point;
    /** Marks the point not reached, or undoes it (writers, points not yet a §). */
    Button notReachedToggle;

    AgendaPointCard(AgendaView view, Minutes.Header header, AgendaPoint point, Integer paragraphNumber, boolean editable,
                    boolean first, boolean last) {
        this.point = point;
        addClassNames("paragraph-card", "agenda-point");
        setId("punkt-" + point.position());

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
            Div tools = top.tools(() -> view.openPointDialog(point), up -> view.move(point, up), first, last,
                    () -> view.confirmRemove(point));
            tools.addComponentAtIndex(1,
                    ItemCardTop.tool(VaadinIcon.PAPERCLIP, getTranslation("agenda.papers.edit"), () -> view.openPaperDialog(point)));
            if (point.itemId() == null) {
                // "Denna punkt hanns inte med", marked at the meeting before the agenda becomes the minutes.
                notReachedToggle = ItemCardTop.tool(point.notReached() ? VaadinIcon.ROTATE_LEFT : VaadinIcon.HOURGLASS,
                        getTranslation(point.notReached() ? "agenda.reachedAfterAll" : "agenda.markNotReached"),
                        () -> view.notReached(point, !point.notReached()));
                tools.addComponentAtIndex(2, notReachedToggle);
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
    }
}
