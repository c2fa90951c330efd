package se.samordnaren.meeting.noticeboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.samordnaren.common.DateFormats;
import se.samordnaren.ui.Formats;

import java.time.LocalDate;

/**
 * The public notice board (anslagstavla), no sign-in: each posted protocol with its body, meeting date, justering,
 * posting and taking down, the appeal period's last day, where it is kept and its PDF. Real headings (one h1, an h2
 * per protocol), a list of protocols with description lists, no layout around it (the menu is for signed-in users),
 * readable at 320 px. Links to the embeddable page and the feed.
 */
@Route(value = "anslagstavla", autoLayout = false)
@AnonymousAllowed
class NoticeBoardView extends Main implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();

    NoticeBoardView(PublicNoticeBoard board) {
        addClassName("notice-board");
        getStyle().set("max-width", "48rem").set("margin", "0 auto").set("padding", "1rem")
                .set("box-sizing", "border-box").set("line-height", "1.5");
        PublicNoticeBoard.Board current = board.board(LocalDate.now(DateFormats.SWEDEN));
        H1 title = new H1(getTranslation("noticeBoard.title", current.associationName()));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl, 1.75rem)").set("overflow-wrap", "anywhere");
        add(title);
        add(new Paragraph(getTranslation("noticeBoard.intro")));
        add(new Paragraph(getTranslation("noticeBoard.appealInfo")));
        if (current.noticeBoardLocation() != null) {
            add(new Paragraph(getTranslation("noticeBoard.location", current.noticeBoardLocation())));
        }
        empty.setText(getTranslation("noticeBoard.empty"));
        empty.setVisible(current.notices().isEmpty());
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        list.getElement().setAttribute("aria-label", getTranslation("noticeBoard.listLabel"));
        current.notices().forEach(n -> list.add(item(n)));
        list.setVisible(!current.notices().isEmpty());
        add(empty, list);

        Anchor embed = new Anchor("anslagstavla/inbaddad", getTranslation("noticeBoard.embedLink"));
        Anchor feed = new Anchor("anslagstavla/flode", getTranslation("noticeBoard.feedLink"));
        embed.setRouterIgnore(true);
        feed.setRouterIgnore(true);
        Div links = new Div(new Paragraph(embed), new Paragraph(feed));
        add(links);
    }

    private Component item(PublicNoticeBoard.Notice n) {
        ListItem item = new ListItem();
        item.getStyle().set("border-top", "1px solid #6b6b6b").set("padding", "0.5rem 0 1rem");
        H2 heading = new H2(getTranslation("noticeBoard.heading", n.bodyName(), Formats.longDate(n.meetingDate())));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl, 1.375rem)").set("overflow-wrap", "anywhere");
        item.add(heading);
        DescriptionList facts = new DescriptionList();
        facts.getStyle().set("margin", "0");
        fact(facts, "noticeBoard.body", n.bodyName());
        fact(facts, "noticeBoard.meetingDate", Formats.date(n.meetingDate()));
        fact(facts, "noticeBoard.approvalDate", n.approvalDate() == null ? "–" : Formats.date(n.approvalDate()));
        fact(facts, "noticeBoard.postedOn", Formats.date(n.postedOn()));
        fact(facts, "noticeBoard.appealEndsOn", n.appealEndsOn() == null ? "–" : Formats.date(n.appealEndsOn()));
        fact(facts, "noticeBoard.removedOn", n.removedOn() == null ? "–" : Formats.date(n.removedOn()));
        fact(facts, "noticeBoard.storagePlace", n.storagePlace() == null ? "–" : n.storagePlace());
        item.add(facts);
        if (n.hasPdf()) {
            Anchor pdf = new Anchor("anslagstavla/" + n.meetingId() + "/protokoll.pdf",
                    getTranslation("noticeBoard.pdf", n.bodyName(), Formats.date(n.meetingDate())));
            pdf.setRouterIgnore(true);
            item.add(new Paragraph(pdf));
        } else {
            item.add(new Paragraph(getTranslation("noticeBoard.pdfMissing")));
        }
        return item;
    }

    private void fact(DescriptionList facts, String key, String value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(key));
        term.getStyle().set("font-weight", "600");
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.getStyle().set("margin", "0 0 0.5rem 0");
        facts.add(term, description);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("noticeBoard.pageTitle");
    }
}
