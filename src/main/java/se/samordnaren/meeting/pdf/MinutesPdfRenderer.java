package se.samordnaren.meeting.pdf;

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
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import se.samordnaren.meeting.AttendanceRole;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out a protocol the way Swedish public bodies print them (modelled on Lunds samordningsförbund's board minutes):
 * a header page with Plats och tid, Beslutande, Ersättare, Övriga närvarande, justering, Underskrifter and the
 * ANSLAG/BEVIS block; then every paragraph; a running header, "Sida x av y" and the association in the footer.
 * Minutes that are not yet approved carry "UTKAST – ej justerat" on every page.
 */
class MinutesPdfRenderer {

    private static final Locale SWEDISH = PdfTexts.SWEDISH;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Color DRAFT_RED = new Color(0xb0, 0x1e, 0x1e);

    private final MinutesDocument minutes;
    private final PdfTexts t;
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final Font text;
    private final Font textBold;
    private final Font label;
    private final Font small;
    private final Font smallGrey;
    private final Font heading;
    private final Font title;

    /** The protocol's last page (null: none, as for extracts). */
    private final SignaturePage signaturePage;

    MinutesPdfRenderer(MinutesDocument minutes, PdfTexts texts) {
        this(minutes, texts, null);
    }

    MinutesPdfRenderer(MinutesDocument minutes, PdfTexts texts, SignaturePage signaturePage) {
        this.signaturePage = signaturePage;
        this.minutes = minutes;
        this.t = texts;
        regular = PdfFonts.regular();
        bold = PdfFonts.bold();
        italic = PdfFonts.italic();
        text = new Font(regular, 10.5f);
        textBold = new Font(bold, 10.5f);
        label = new Font(bold, 10f);
        small = new Font(regular, 9f);
        smallGrey = new Font(regular, 8.5f, Font.NORMAL, PageFrame.GREY);
        heading = new Font(bold, 12f);
        title = new Font(bold, 16f);
    }

    /** "fredagen den 19 mars 2021" */
    private String longDateWithWeekday(LocalDate date) {
        return t.longDateWithWeekday(date);
    }

    byte[] protocol() {
        return twoPass(t.get("protocol"), t.get("protocol.title", minutes.bodyName(), PdfTexts.date(minutes.meetingDate())), document -> {
            headerPage(document);
            document.newPage();
            for (MinutesDocument.Item item : minutes.items()) {
                paragraph(document, item);
            }
            if (signaturePage != null) {
                document.newPage();
                signaturePage(document);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------- signature page

    /** "Underskrifter": each signature (name, title, date and time with offset, method) and the content's SHA-256. */
    private void signaturePage(Document document) {
        Paragraph caption = new Paragraph(t.get("signaturePage.title"), title);
        caption.setSpacingAfter(8);
        document.add(caption);
        document.add(new Paragraph(t.get(signaturePage.lines().isEmpty() ? "signaturePage.none" : "signaturePage.intro"), text));
        document.add(spacer(8));
        if (!signaturePage.lines().isEmpty()) {
            PdfPTable table = new PdfPTable(new float[]{27, 20, 25, 28});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String head : List.of("signaturePage.name", "signaturePage.signerTitle", "signaturePage.signedAt",
                    "signaturePage.method")) {
                PdfPCell cell = cell(new Phrase(t.get(head), label));
                cell.setBorder(Rectangle.BOTTOM);
                cell.setPaddingBottom(4);
                table.addCell(cell);
            }
            for (SignaturePage.Line line : signaturePage.lines()) {
                table.addCell(signatureCell(line.name()));
                table.addCell(signatureCell(nullToEmpty(line.title())));
                table.addCell(signatureCell(line.method() == se.samordnaren.meeting.SignatureMethod.PAPER
                        ? PdfTexts.date(line.signedAt().toLocalDate())
                        : se.samordnaren.ui.Formats.dateTimeWithOffset(line.signedAt())));
                String method = t.get("signaturePage.method." + line.method().name());
                table.addCell(signatureCell(line.methodDetail() == null ? method : method + ", " + line.methodDetail()));
            }
            document.add(table);
        }
        document.add(spacer(14));
        Paragraph hashLabel = new Paragraph(t.get("signaturePage.hash"), label);
        hashLabel.setSpacingAfter(2);
        document.add(hashLabel);
        document.add(new Paragraph(signaturePage.contentSha256(), new Font(regular, 8.5f)));
        document.add(spacer(6));
        document.add(new Paragraph(t.get("signaturePage.verify", signaturePage.verifyUrl()), small));
    }

    private PdfPCell signatureCell(String value) {
        PdfPCell cell = cell(new Phrase(value, small));
        cell.setPaddingTop(5);
        cell.setPaddingBottom(5);
        return cell;
    }

    byte[] extract(List<MinutesDocument.Item> chosen) {
        return twoPass(t.get("extract"), t.get("extract.title", minutes.bodyName(), PdfTexts.date(minutes.meetingDate())), document -> {
            extractHeader(document, chosen);
            for (MinutesDocument.Item item : chosen) {
                paragraph(document, item);
            }
            certification(document);
        });
    }

    // ---------------------------------------------------------------------------------------------------- layout

    /** Renders twice: the first pass counts the pages so every footer can say "Sida 2 av 7". */
    private byte[] twoPass(String documentTitle, String metadataTitle, Consumer<Document> content) {
        return PageFrame.twoPass(totalPages -> render(documentTitle, metadataTitle, content, totalPages));
    }

    private PageFrame.Pass render(String documentTitle, String metadataTitle, Consumer<Document> content, int totalPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 56, 84, 78);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PageDecoration decoration = new PageDecoration(documentTitle, totalPages);
        writer.setPageEvent(decoration);
        document.addTitle(metadataTitle);
        document.addAuthor(nullToEmpty(minutes.associationName()));
        document.addCreator("Samordnaren");
        document.open();
        content.accept(document);
        document.close();
        return new PageFrame.Pass(out.toByteArray(), decoration.pages());
    }

    /**
     * The frame with the kind of document (PROTOKOLL, PROTOKOLLSUTDRAG) and the meeting date; drafts are marked under
     * the header and across the page; the footer leaves room for the approvers' initials.
     */
    private final class PageDecoration extends PageFrame {
        private final String documentTitle;

        PageDecoration(String documentTitle, int totalPages) {
            super(totalPages);
            this.documentTitle = documentTitle;
        }

        @Override
        protected void draw(PdfWriter writer, Document document, int pageNumber, int totalPages) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = document.left();
            float right = document.right();
            header(canvas, document, minutes.associationName(), minutes.bodyName(), documentTitle,
                    t.get("meetingDate", PdfTexts.date(minutes.meetingDate())));

            if (!minutes.approved()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                        new Phrase(t.get("draft"),
                                new Font(bold, 10f, Font.NORMAL, DRAFT_RED)),
                        (left + right) / 2, headerTop(document) - 38, 0);
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                PdfGState faint = new PdfGState();
                faint.setFillOpacity(0.13f);
                under.setGState(faint);
                ColumnText.showTextAligned(under, Element.ALIGN_CENTER,
                        new Phrase(t.get("draft"), new Font(bold, 58f, Font.NORMAL, DRAFT_RED)),
                        page.getWidth() / 2, page.getHeight() / 2, 50);
                under.restoreState();
            }

            // Footer: where the approvers initial each page, the association and the page number.
            float bottom = 46;
            footer(canvas, document, bottom, minutes.associationName(),
                    totalPages > 0 ? t.get("pageOf", pageNumber, totalPages) : t.get("page", pageNumber));
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, footerText(t.get("initials")),
                    (left + right) / 2 + 20, bottom, 0);
        }
    }

    // ---------------------------------------------------------------------------------------------- header page

    private void headerPage(Document document) {
        PdfPTable fields = fieldTable();
        field(fields, t.get("placeAndTime"), List.of(placeAndTime()));
        field(fields, t.get("decisionMakers"), decisionMakers());
        List<String> substitutes = minutes.withRole(AttendanceRole.SUBSTITUTE).stream()
                .map(a -> person(a) + ", " + t.get("notServing")).toList();
        field(fields, t.get("substitutes"), substitutes);
        field(fields, t.get("othersPresent"), minutes.withRole(AttendanceRole.SECRETARY, AttendanceRole.OTHER_PRESENT).stream()
                .map(this::otherPresent).toList());
        field(fields, t.get("approversChosen"), approverSentence());
        field(fields, t.get("approvalPlaceAndTime"), List.of(approvalPlaceAndTime()));
        document.add(fields);

        document.add(spacer(8));
        document.add(signatures());
        document.add(spacer(12));
        document.add(noticeBlock());
    }

    private List<String> decisionMakers() {
        List<String> lines = new ArrayList<>();
        for (MinutesDocument.Attendee a : minutes.withRole(AttendanceRole.DECISION_MAKER, AttendanceRole.SERVING_SUBSTITUTE)) {
            String line = person(a);
            if (a.chair() && !containsWord(a.capacity(), t.get("chair"))) {
                line += ", " + t.get("chair");
            }
            if (a.role() == AttendanceRole.SERVING_SUBSTITUTE) {
                line += ", " + t.get("servingSubstitute");
            }
            lines.add(line);
        }
        return lines;
    }

    private String otherPresent(MinutesDocument.Attendee a) {
        String line = person(a);
        if (a.role() == AttendanceRole.SECRETARY && !containsWord(a.capacity(), t.get("secretary"))) {
            line += ", " + t.get("secretary");
        }
        if (a.onlyItems() != null && !a.onlyItems().isBlank()) {
            line += ", " + a.onlyItems().trim();
        }
        return line;
    }

    /** "Henrik Åkesson (s), Lunds kommun, ordförande" */
    private static String person(MinutesDocument.Attendee a) {
        StringBuilder line = new StringBuilder(a.name());
        if (a.party() != null && !a.party().isBlank()) {
            line.append(" (").append(a.party()).append(')');
        }
        if (a.capacity() != null && !a.capacity().isBlank()) {
            line.append(", ").append(a.capacity().trim());
        }
        return line.toString();
    }

    private String placeAndTime() {
        String place = minutes.location() != null && !minutes.location().isBlank() ? minutes.location().trim()
                : minutes.digital() ? t.get("digital") : "";
        String when = longDateWithWeekday(minutes.meetingDate());
        String time = clock(minutes.startTime(), minutes.endTime());
        return (place.isEmpty() ? "" : place + ", ") + when + (time.isEmpty() ? "" : " " + t.get("atTime", time));
    }

    private static String clock(LocalTime start, LocalTime end) {
        if (start == null) {
            return "";
        }
        return CLOCK.format(start) + (end == null ? "" : "–" + CLOCK.format(end));
    }

    private List<String> approverSentence() {
        List<String> approvers = minutes.attendees().stream().filter(a -> a.approver() && !a.chair())
                .map(MinutesDocument.Attendee::name).toList();
        String chair = chairName();
        if (approvers.isEmpty()) {
            return List.of(chair.isEmpty() ? "" : t.get("chairOnly", chair));
        }
        String names = String.join(" " + t.get("and") + " ", approvers);
        return List.of(chair.isEmpty() ? names : t.get("approversBesidesChair", chair, names));
    }

    private String approvalPlaceAndTime() {
        if (minutes.approvalDate() == null && (minutes.approvalPlace() == null || minutes.approvalPlace().isBlank())) {
            return "";
        }
        String place = nullToEmpty(minutes.approvalPlace()).trim();
        String when = longDateWithWeekday(minutes.approvalDate());
        return place.isEmpty() ? when : when.isEmpty() ? place : place + ", " + when;
    }

    private String chairName() {
        return minutes.attendees().stream().filter(MinutesDocument.Attendee::chair).map(MinutesDocument.Attendee::name)
                .findFirst().orElse("");
    }

    private String secretaryName() {
        return minutes.withRole(AttendanceRole.SECRETARY).stream().map(MinutesDocument.Attendee::name).findFirst().orElse("");
    }

    private String paragraphRange() {
        List<MinutesDocument.Item> items = minutes.items();
        if (items.isEmpty()) {
            return "";
        }
        int first = items.stream().mapToInt(MinutesDocument.Item::number).min().orElseThrow();
        int last = items.stream().mapToInt(MinutesDocument.Item::number).max().orElseThrow();
        String prefix = minutes.paragraphPrefix() == null ? "" : minutes.paragraphPrefix() + " ";
        return first == last ? t.get("paragraph", prefix + first) : t.get("paragraphs", prefix + first + "–" + last);
    }

    private PdfPTable signatures() {
        PdfPTable table = new PdfPTable(new float[]{26, 46, 28});
        table.setWidthPercentage(100);
        PdfPCell caption = cell(new Phrase(t.get("signatures"), heading));
        caption.setColspan(2);
        caption.setPaddingBottom(6);
        table.addCell(caption);
        PdfPCell range = cell(new Phrase(paragraphRange(), textBold));
        range.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(range);
        signatureRow(table, t.get("signature.secretary"), secretaryName());
        signatureRow(table, t.get("signature.chair"), chairName());
        List<String> approvers = minutes.attendees().stream().filter(a -> a.approver() && !a.chair())
                .map(MinutesDocument.Attendee::name).toList();
        if (approvers.isEmpty()) {
            signatureRow(table, t.get("signature.approver"), "");
        }
        for (String approver : approvers) {
            signatureRow(table, t.get("signature.approver"), approver);
        }
        return table;
    }

    private void signatureRow(PdfPTable table, String role, String name) {
        PdfPCell roleCell = cell(new Phrase(role, label));
        roleCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        roleCell.setFixedHeight(28);
        table.addCell(roleCell);
        PdfPCell line = cell(new Phrase(" ", text));
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderColor(Color.BLACK);
        line.setBorderWidth(0.6f);
        table.addCell(line);
        table.addCell(cell(new Phrase("")));
        table.addCell(cell(new Phrase("")));
        PdfPCell under = cell(new Phrase(name, small));
        under.setPaddingTop(2);
        table.addCell(under);
        table.addCell(cell(new Phrase("")));
    }

    private PdfPTable noticeBlock() {
        PdfPTable box = new PdfPTable(new float[]{38, 62});
        box.setWidthPercentage(100);
        box.setKeepTogether(true);
        PdfPCell caption = new PdfPCell(new Phrase(t.get("notice"), heading));
        caption.setColspan(2);
        caption.setBorder(Rectangle.TOP | Rectangle.LEFT | Rectangle.RIGHT);
        caption.setPadding(8);
        caption.setBackgroundColor(new Color(0xf2, 0xf2, 0xf2));
        box.addCell(caption);
        PdfPCell statement = new PdfPCell(new Phrase(t.get("notice.statement"), text));
        statement.setColspan(2);
        statement.setBorder(Rectangle.LEFT | Rectangle.RIGHT);
        statement.setPadding(8);
        box.addCell(statement);
        noticeRow(box, t.get("body"), minutes.bodyName() + ", " + nullToEmpty(minutes.associationName()), false);
        noticeRow(box, t.get("notice.meetingDate"), longDateWithWeekday(minutes.meetingDate()), false);
        noticeRow(box, t.get("notice.posted"), PdfTexts.date(minutes.noticePostedOn()), false);
        noticeRow(box, t.get("notice.removed"), PdfTexts.date(minutes.noticeRemovedOn()), false);
        noticeRow(box, t.get("notice.storagePlace"), nullToEmpty(minutes.storagePlace()), false);
        noticeRow(box, t.get("signature"), "", true);
        String secretary = secretaryName();
        PdfPCell empty = new PdfPCell(new Phrase(""));
        empty.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
        box.addCell(empty);
        PdfPCell signer = new PdfPCell(new Phrase(secretary.isEmpty() ? "" : secretary + ", " + t.get("secretary"), small));
        signer.setBorder(Rectangle.RIGHT | Rectangle.BOTTOM);
        signer.setPaddingBottom(10);
        signer.setPaddingRight(24);
        box.addCell(signer);
        return box;
    }

    private void noticeRow(PdfPTable box, String name, String value, boolean signatureLine) {
        PdfPCell nameCell = new PdfPCell(new Phrase(name, label));
        nameCell.setBorder(Rectangle.LEFT);
        nameCell.setPaddingLeft(8);
        nameCell.setPaddingBottom(6);
        if (signatureLine) {
            nameCell.setFixedHeight(34);
            nameCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        }
        box.addCell(nameCell);
        PdfPCell valueCell = new PdfPCell(new Phrase(value, text));
        valueCell.setBorder(Rectangle.RIGHT | (signatureLine ? Rectangle.NO_BORDER : Rectangle.NO_BORDER));
        valueCell.setPaddingBottom(6);
        valueCell.setPaddingRight(24);
        if (signatureLine) {
            valueCell.setCellEvent((cell, position, canvases) -> {
                PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
                canvas.setLineWidth(0.6f);
                canvas.moveTo(position.getLeft(), position.getBottom() + 2);
                canvas.lineTo(position.getRight() - 24, position.getBottom() + 2);
                canvas.stroke();
            });
        }
        box.addCell(valueCell);
    }

    // ------------------------------------------------------------------------------------------------ extract

    private void extractHeader(Document document, List<MinutesDocument.Item> chosen) {
        PdfPTable fields = fieldTable();
        field(fields, t.get("body"), List.of(minutes.bodyName() + ", " + nullToEmpty(minutes.associationName())));
        field(fields, t.get("meetingDateLabel"), List.of(longDateWithWeekday(minutes.meetingDate())));
        field(fields, t.get("placeAndTime"), List.of(placeAndTime()));
        field(fields, t.get("extractOf"), List.of(String.join(", ",
                chosen.stream().map(i -> minutes.paragraphLabel(i.number())).toList())));
        field(fields, t.get("approval"), List.of(minutes.approved()
                ? t.get("approvedOn", longDateWithWeekday(minutes.approvalDate()))
                : t.get("notApproved")));
        document.add(fields);
        document.add(spacer(10));
    }

    private void certification(Document document) {
        document.add(spacer(18));
        PdfPTable table = new PdfPTable(new float[]{26, 46, 28});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell caption = cell(new Phrase(t.get("certification"), heading));
        caption.setColspan(3);
        table.addCell(caption);
        PdfPCell statement = cell(new Phrase(t.get("certification.statement"), text));
        statement.setColspan(3);
        statement.setPaddingTop(4);
        table.addCell(statement);
        String secretary = secretaryName();
        signatureRow(table, t.get("signature"), secretary.isEmpty() ? "" : secretary + ", " + t.get("secretary"));
        signatureRow(table, t.get("placeAndDate"), "");
        document.add(table);
    }

    // --------------------------------------------------------------------------------------------- paragraphs

    private void paragraph(Document document, MinutesDocument.Item item) {
        Paragraph headingLine = new Paragraph();
        headingLine.add(new Chunk(minutes.paragraphLabel(item.number()) + "  ", heading));
        headingLine.add(new Chunk(item.title(), heading));
        headingLine.setSpacingBefore(14);
        headingLine.setSpacingAfter(item.caseNumber() == null ? 6 : 1);
        headingLine.setKeepTogether(true);
        document.add(headingLine);
        if (item.caseNumber() != null && !item.caseNumber().isBlank()) {
            Paragraph caseNumber = new Paragraph(item.caseNumber(), smallGrey);
            caseNumber.setSpacingAfter(6);
            document.add(caseNumber);
        }
        if (!item.attendance().isEmpty()) {
            Paragraph presence = new Paragraph();
            presence.setLeading(13.5f);
            presence.setSpacingAfter(6);
            presence.add(new Chunk(t.get("presence") + " ", label));
            presence.add(new Chunk(String.join("; ", item.attendance().stream().map(this::presence).toList()), text));
            document.add(presence);
        }
        if (item.bodyText() != null && !item.bodyText().isBlank()) {
            bodyText(document, item.bodyText());
        }
        if (item.intro() != null) {
            // "Styrelsen beslutade" and its "Att …" clauses stay on one page.
            Paragraph decision = new Paragraph();
            decision.setKeepTogether(true);
            decision.setSpacingBefore(8);
            Paragraph intro = new Paragraph(item.intro(), textBold);
            intro.setSpacingAfter(4);
            decision.add(intro);
            for (String clause : item.clauses()) {
                Paragraph att = new Paragraph(rich(clause));
                att.setIndentationLeft(18);
                att.setSpacingAfter(4);
                att.setLeading(14.5f);
                decision.add(att);
            }
            document.add(decision);
        }
    }

    /** "Anna Andersson (s), jäv, deltog inte i beslutet"; without a note "… deltog inte" / "… närvarande". */
    private String presence(MinutesDocument.Presence p) {
        StringBuilder line = new StringBuilder(p.name());
        if (p.party() != null && !p.party().isBlank()) {
            line.append(" (").append(p.party()).append(')');
        }
        String note = p.note() != null && !p.note().isBlank() ? p.note().trim() : t.get(p.present() ? "present" : "absent");
        return line.append(", ").append(note).toString();
    }

    /** Paragraphs split on blank lines; lines starting with "- " are list items; **bold** as in the source text. */
    private void bodyText(Document document, String body) {
        for (String block : body.strip().split("\\n\\s*\\n")) {
            for (String line : block.split("\\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                Paragraph p;
                if (trimmed.startsWith("- ") || trimmed.startsWith("• ")) {
                    p = new Paragraph();
                    p.add(new Chunk("–  ", text));
                    p.add(rich(trimmed.substring(2).strip()));
                    p.setIndentationLeft(26);
                    p.setFirstLineIndent(-12);
                    p.setSpacingAfter(3);
                } else {
                    p = new Paragraph(rich(trimmed));
                    p.setSpacingAfter(6);
                }
                p.setLeading(14.5f);
                document.add(p);
            }
        }
    }

    private Phrase rich(String line) {
        Phrase phrase = new Phrase();
        phrase.setLeading(14.5f);
        Matcher m = BOLD.matcher(line);
        int at = 0;
        while (m.find()) {
            phrase.add(new Chunk(line.substring(at, m.start()), text));
            phrase.add(new Chunk(m.group(1), textBold));
            at = m.end();
        }
        phrase.add(new Chunk(line.substring(at), text));
        return phrase;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private PdfPTable fieldTable() {
        PdfPTable table = new PdfPTable(new float[]{28, 72});
        table.setWidthPercentage(100);
        return table;
    }

    private void field(PdfPTable table, String name, List<String> lines) {
        PdfPCell nameCell = cell(new Phrase(name, label));
        nameCell.setPaddingBottom(7);
        table.addCell(nameCell);
        Paragraph values = new Paragraph();
        values.setLeading(14.5f);
        for (int i = 0; i < lines.size(); i++) {
            values.add(new Chunk(lines.get(i), text));
            if (i < lines.size() - 1) {
                values.add(Chunk.NEWLINE);
            }
        }
        PdfPCell valueCell = new PdfPCell();
        valueCell.setBorder(Rectangle.NO_BORDER);
        valueCell.addElement(values);
        valueCell.setPaddingTop(-3);
        valueCell.setPaddingBottom(7);
        table.addCell(valueCell);
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    private static Paragraph spacer(float height) {
        Paragraph p = new Paragraph(" ");
        p.setLeading(height);
        return p;
    }

    private static boolean containsWord(String text, String word) {
        return text != null && text.toLowerCase(SWEDISH).contains(word);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
