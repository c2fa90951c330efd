package se.samordnaren.invitation;

import com.vaadin.flow.i18n.I18NProvider;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.samordnaren.agenda.AgendaPoint;
import se.samordnaren.common.DateFormats;
import se.samordnaren.meeting.pdf.PageFrame;
import se.samordnaren.meeting.pdf.PdfFonts;
import se.samordnaren.people.AppointmentRole;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Lays out a kallelse as Swedish public bodies send them (the style of the protocol, {@code meeting.pdf}): a running
 * header with the association, the body, KALLELSE and the meeting date; the body, date, time and place or link; who is
 * called (ledamöter and ersättare); the föredragningslista with each point's "Förslag till beslut" and papers; the list
 * of all papers (handlingar). A revised kallelse says so on every page ("Reviderad kallelse, version 2") and prints its
 * change note first.
 */
class InvitationPdfRenderer {

    private static final Color REVISED_RED = new Color(0xb0, 0x1e, 0x1e);

    private final InvitationDocument doc;
    private final Texts t;
    private final BaseFont bold;
    private final Font text;
    private final Font textBold;
    private final Font label;
    private final Font small;
    private final Font italic;
    private final Font heading;
    private final Font title;
    private final Font revisedFont;

    /** The kallelse's words, always in Swedish, from i18n/invitation_*.properties (keys invitation.doc.*). */
    static final class Texts {
        private final I18NProvider translations;

        Texts(I18NProvider translations) {
            this.translations = translations;
        }

        String get(String key, Object... args) {
            return translations.getTranslation("invitation.doc." + key, DateFormats.SWEDISH, args);
        }
    }

    InvitationPdfRenderer(InvitationDocument doc, Texts texts) {
        this.doc = doc;
        this.t = texts;
        BaseFont regular = PdfFonts.regular();
        bold = PdfFonts.bold();
        text = new Font(regular, 10.5f);
        textBold = new Font(bold, 10.5f);
        label = new Font(bold, 10f);
        small = new Font(regular, 9f);
        italic = new Font(PdfFonts.italic(), 10.5f);
        heading = new Font(bold, 12.5f);
        title = new Font(bold, 16f);
        revisedFont = new Font(bold, 11f, Font.NORMAL, REVISED_RED);
    }

    /** The place, or for a digital meeting its link (or "Digitalt möte" when none is given). */
    static String place(String location, boolean digital, Texts t) {
        String place = location == null ? "" : location.trim();
        return place.isEmpty() && digital ? t.get("digital") : place;
    }

    byte[] render() {
        return PageFrame.twoPass(this::render);
    }

    private PageFrame.Pass render(int totalPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 56, 96, 78);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PageDecoration decoration = new PageDecoration(totalPages);
        writer.setPageEvent(decoration);
        document.addTitle(t.get("metadataTitle", doc.bodyName(), DateFormats.iso(doc.date())));
        document.addAuthor(nullToEmpty(doc.associationName()));
        document.addCreator("Samordnaren");
        document.open();
        content(document);
        document.close();
        return new PageFrame.Pass(out.toByteArray(), decoration.pages());
    }

    /** The protocol's frame with KALLELSE and the meeting date; a revised kallelse says so under the header. */
    private final class PageDecoration extends PageFrame {

        PageDecoration(int totalPages) {
            super(totalPages);
        }

        @Override
        protected void draw(PdfWriter writer, Document document, int page, int totalPages) {
            PdfContentByte canvas = writer.getDirectContent();
            header(canvas, document, doc.associationName(), doc.bodyName(), t.get("title"), DateFormats.iso(doc.date()));
            if (doc.revision() > 1) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        new Phrase(t.get("revised", doc.revision()), new Font(bold, 9.5f, Font.NORMAL, REVISED_RED)),
                        document.right(), headerTop(document) - 37, 0);
            }
            footer(canvas, document, 46, doc.associationName(),
                    totalPages > 0 ? t.get("pageOf", page, totalPages) : t.get("page", page));
        }
    }

    // ------------------------------------------------------------------------------------------------ content

    private void content(Document document) {
        Paragraph called = new Paragraph(t.get("heading", doc.bodyName()), title);
        called.setSpacingAfter(10);
        document.add(called);
        if (doc.revision() > 1) {
            revisionNote(document);
        }

        PdfPTable fields = twoColumns();
        field(fields, t.get("body"), List.of(doc.bodyName()));
        field(fields, t.get("date"), List.of(DateFormats.fullDate(doc.date(), DateFormats.SWEDISH)));
        String time = DateFormats.timeRange(doc.start(), doc.end(), DateFormats.SWEDISH);
        field(fields, t.get("time"), List.of(time.isEmpty() ? t.get("timeNotSet") : t.get("atTime", time)));
        String place = place(doc.location(), doc.digital(), t);
        field(fields, doc.digital() ? t.get("link") : t.get("place"), List.of(place.isEmpty() ? t.get("placeNotSet") : place));
        field(fields, t.get("members"), people(doc.members()));
        field(fields, t.get("substitutes"), people(doc.substitutes()));
        document.add(fields);

        Paragraph agendaHeading = new Paragraph(t.get("agenda"), heading);
        agendaHeading.setSpacingBefore(18);
        agendaHeading.setSpacingAfter(6);
        document.add(agendaHeading);
        if (doc.agenda().isEmpty()) {
            document.add(new Paragraph(t.get("agendaEmpty"), italic));
        }
        int number = 0;
        for (AgendaPoint point : doc.agenda()) {
            point(document, ++number, point);
        }

        List<InvitationDocument.Paper> papers = doc.papers();
        Paragraph papersHeading = new Paragraph(t.get("papers"), heading);
        papersHeading.setSpacingBefore(18);
        papersHeading.setSpacingAfter(6);
        document.add(papersHeading);
        if (papers.isEmpty()) {
            document.add(new Paragraph(t.get("papersNone"), italic));
        }
        PdfPTable list = new PdfPTable(new float[]{7, 70, 23});
        list.setWidthPercentage(100);
        int paperNumber = 0;
        for (InvitationDocument.Paper paper : papers) {
            list.addCell(cell(new Phrase(++paperNumber + ".", text)));
            list.addCell(cell(new Phrase(paper.paper().fileName(), text)));
            list.addCell(cell(new Phrase(t.get("paperOfPoint", paper.point()), small)));
        }
        if (!papers.isEmpty()) {
            document.add(list);
        }
    }

    private void revisionNote(Document document) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(REVISED_RED);
        cell.setBorderWidth(0.8f);
        cell.setPadding(7);
        cell.addElement(new Paragraph(t.get("revised", doc.revision()), revisedFont));
        if (doc.changeNote() != null) {
            Paragraph note = new Paragraph();
            note.add(new Chunk(t.get("changeNote") + " ", textBold));
            note.add(new Chunk(PdfFonts.printable(doc.changeNote()), text));
            cell.addElement(note);
        }
        box.addCell(cell);
        box.setSpacingAfter(10);
        document.add(box);
    }

    private void point(Document document, int number, AgendaPoint point) {
        PdfPTable table = new PdfPTable(new float[]{7, 93});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setKeepTogether(true);
        table.addCell(elementCell(new Paragraph(number + ".", textBold)));
        Paragraph titleLine = new Paragraph();
        titleLine.add(new Chunk(PdfFonts.printable(point.title()), textBold));
        if (point.caseNumber() != null && !point.caseNumber().isBlank()) {
            titleLine.add(new Chunk("   " + t.get("caseNumber", point.caseNumber().trim()), small));
        }
        PdfPCell body = new PdfPCell();
        body.setBorder(Rectangle.NO_BORDER);
        body.setPadding(2);
        body.addElement(titleLine);
        for (String line : InvitationService.lines(point.description())) {
            Paragraph description = new Paragraph(PdfFonts.printable(line), text);
            description.setSpacingBefore(2);
            body.addElement(description);
        }
        if (!point.proposalClauses().isEmpty()) {
            Paragraph proposal = new Paragraph(t.get("proposal"), label);
            proposal.setSpacingBefore(4);
            body.addElement(proposal);
            for (String clause : point.proposalClauses()) {
                Paragraph att = new Paragraph(t.get("clause", PdfFonts.printable(clause.trim())), text);
                att.setIndentationLeft(12);
                att.setFirstLineIndent(-12);
                body.addElement(att);
            }
        }
        if (!point.papers().isEmpty()) {
            Paragraph papers = new Paragraph();
            papers.setSpacingBefore(3);
            papers.add(new Chunk(t.get("pointPapers") + " ", new Font(bold, 9f)));
            papers.add(new Chunk(String.join(", ", point.papers().stream().map(AgendaPoint.AgendaPaper::fileName).toList()), small));
            body.addElement(papers);
        }
        table.addCell(body);
        document.add(table);
    }

    private List<String> people(List<InvitationService.Called> called) {
        if (called.isEmpty()) {
            return List.of(t.get("nobody"));
        }
        return called.stream().map(this::person).toList();
    }

    /** "Göran Wallén (m), Lunds kommun, ordförande" */
    private String person(InvitationService.Called c) {
        StringBuilder line = new StringBuilder(c.name());
        if (c.party() != null && !c.party().isBlank()) {
            line.append(" (").append(c.party()).append(')');
        }
        if (c.organisation() != null && !c.organisation().isBlank()) {
            line.append(", ").append(c.organisation());
        }
        if (c.role() == AppointmentRole.CHAIR) {
            line.append(", ").append(t.get("chair"));
        } else if (c.role() == AppointmentRole.VICE_CHAIR) {
            line.append(", ").append(t.get("viceChair"));
        }
        return line.toString();
    }

    private static PdfPTable twoColumns() {
        PdfPTable table = new PdfPTable(new float[]{24, 76});
        table.setWidthPercentage(100);
        return table;
    }

    private void field(PdfPTable table, String name, List<String> lines) {
        PdfPCell nameCell = elementCell(new Paragraph(name, label));
        nameCell.setPaddingBottom(7);
        table.addCell(nameCell);
        Paragraph values = new Paragraph();
        values.setLeading(14.5f);
        for (int i = 0; i < lines.size(); i++) {
            values.add(new Chunk(PdfFonts.printable(lines.get(i)), text));
            if (i < lines.size() - 1) {
                values.add(Chunk.NEWLINE);
            }
        }
        PdfPCell valueCell = new PdfPCell();
        valueCell.setBorder(Rectangle.NO_BORDER);
        valueCell.setPadding(2);
        valueCell.setPaddingBottom(7);
        valueCell.addElement(values);
        table.addCell(valueCell);
    }

    /** A borderless cell laid out like the text cells beside it (composite mode), so the first lines align. */
    private static PdfPCell elementCell(Paragraph paragraph) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        cell.addElement(paragraph);
        return cell;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
