package se.samordnaren.meeting.docs;

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
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    static final String DRAFT_MARK = "UTKAST – ej justerat";
    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", SWEDISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color LIGHT = new Color(0xbb, 0xbb, 0xbb);
    private static final Color DRAFT_RED = new Color(0xb0, 0x1e, 0x1e);

    private final MinutesDocument minutes;
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

    MinutesPdfRenderer(MinutesDocument minutes) {
        this.minutes = minutes;
        try {
            regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            italic = BaseFont.createFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = new Font(regular, 10.5f);
        textBold = new Font(bold, 10.5f);
        label = new Font(bold, 10f);
        small = new Font(regular, 9f);
        smallGrey = new Font(regular, 8.5f, Font.NORMAL, GREY);
        heading = new Font(bold, 12f);
        title = new Font(bold, 16f);
    }

    /** "fredagen den 19 mars 2021" */
    static String longDateWithWeekday(LocalDate date) {
        if (date == null) {
            return "";
        }
        return WEEKDAY.format(date) + "en den " + DAY_MONTH_YEAR.format(date);
    }

    byte[] protocol() {
        return twoPass("PROTOKOLL", document -> {
            headerPage(document);
            document.newPage();
            for (MinutesDocument.Item item : minutes.items()) {
                paragraph(document, item);
            }
        });
    }

    byte[] extract(List<MinutesDocument.Item> chosen) {
        return twoPass("PROTOKOLLSUTDRAG", document -> {
            extractHeader(document, chosen);
            for (MinutesDocument.Item item : chosen) {
                paragraph(document, item);
            }
            certification(document);
        });
    }

    // ---------------------------------------------------------------------------------------------------- layout

    /** Renders twice: the first pass counts the pages so every footer can say "Sida 2 av 7". */
    private byte[] twoPass(String documentTitle, Consumer<Document> content) {
        int pages = render(documentTitle, content, 0).pages;
        return render(documentTitle, content, pages).bytes;
    }

    private record Rendered(byte[] bytes, int pages) {
    }

    private Rendered render(String documentTitle, Consumer<Document> content, int totalPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 56, 84, 78);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PageDecoration decoration = new PageDecoration(documentTitle, totalPages);
        writer.setPageEvent(decoration);
        document.addTitle(documentTitle.charAt(0) + documentTitle.substring(1).toLowerCase(SWEDISH) + " "
                + minutes.bodyName() + " " + minutes.meetingDate());
        document.addAuthor(nullToEmpty(minutes.associationName()));
        document.addCreator("Samordnaren");
        document.open();
        content.accept(document);
        document.close();
        return new Rendered(out.toByteArray(), decoration.lastPage);
    }

    private final class PageDecoration extends PdfPageEventHelper {
        private final String documentTitle;
        private final int totalPages;
        int lastPage;

        PageDecoration(String documentTitle, int totalPages) {
            this.documentTitle = documentTitle;
            this.totalPages = totalPages;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            lastPage = writer.getPageNumber();
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = document.left();
            float right = document.right();
            float top = page.getHeight() - 40;

            // Running header: association and body left, the kind of document and the date right.
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(nullToEmpty(minutes.associationName()), new Font(bold, 12f)), left, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(minutes.bodyName(), text), left, top - 15, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(documentTitle, title), right, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Sammanträdesdatum " + minutes.meetingDate(), small), right, top - 15, 0);
            canvas.setColorStroke(LIGHT);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(left, top - 24);
            canvas.lineTo(right, top - 24);
            canvas.stroke();

            if (!minutes.approved()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                        new Phrase(DRAFT_MARK.toUpperCase(SWEDISH).replace("EJ JUSTERAT", "ej justerat"),
                                new Font(bold, 10f, Font.NORMAL, DRAFT_RED)),
                        (left + right) / 2, top - 38, 0);
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                PdfGState faint = new PdfGState();
                faint.setFillOpacity(0.13f);
                under.setGState(faint);
                ColumnText.showTextAligned(under, Element.ALIGN_CENTER,
                        new Phrase(DRAFT_MARK, new Font(bold, 58f, Font.NORMAL, DRAFT_RED)),
                        page.getWidth() / 2, page.getHeight() / 2, 50);
                under.restoreState();
            }

            // Footer: where the approvers initial each page, the association and the page number.
            float bottom = 46;
            canvas.moveTo(left, bottom + 14);
            canvas.lineTo(right, bottom + 14);
            canvas.stroke();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(nullToEmpty(minutes.associationName()), smallGrey), left, bottom, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                    new Phrase("Justerandes signatur ____________  ____________", smallGrey), (left + right) / 2 + 20, bottom, 0);
            String pageText = totalPages > 0 ? "Sida " + lastPage + " av " + totalPages : "Sida " + lastPage;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(pageText, smallGrey), right, bottom, 0);
        }
    }

    // ---------------------------------------------------------------------------------------------- header page

    private void headerPage(Document document) {
        PdfPTable fields = fieldTable();
        field(fields, "Plats och tid", List.of(placeAndTime()));
        field(fields, "Beslutande", decisionMakers());
        List<String> substitutes = minutes.withRole("SUBSTITUTE").stream().map(a -> person(a) + ", ej tjänstgörande").toList();
        field(fields, "Ersättare", substitutes);
        field(fields, "Övriga närvarande", minutes.withRole("SECRETARY", "OTHER_PRESENT").stream().map(this::otherPresent).toList());
        field(fields, "Utses att justera", approverSentence());
        field(fields, "Justeringens tid och plats", List.of(approvalPlaceAndTime()));
        document.add(fields);

        document.add(spacer(8));
        document.add(signatures());
        document.add(spacer(12));
        document.add(noticeBlock());
    }

    private List<String> decisionMakers() {
        List<String> lines = new ArrayList<>();
        for (MinutesDocument.Attendee a : minutes.withRole("DECISION_MAKER", "SERVING_SUBSTITUTE")) {
            String line = person(a);
            if (a.chair() && !containsWord(a.capacity(), "ordförande")) {
                line += ", ordförande";
            }
            if ("SERVING_SUBSTITUTE".equals(a.role())) {
                line += ", tjänstgörande ersättare";
            }
            lines.add(line);
        }
        return lines;
    }

    private String otherPresent(MinutesDocument.Attendee a) {
        String line = person(a);
        if ("SECRETARY".equals(a.role()) && !containsWord(a.capacity(), "sekreterare")) {
            line += ", sekreterare";
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
                : minutes.digital() ? "Digitalt sammanträde" : "";
        String when = longDateWithWeekday(minutes.meetingDate());
        String time = clock(minutes.startTime(), minutes.endTime());
        return (place.isEmpty() ? "" : place + ", ") + when + (time.isEmpty() ? "" : " kl. " + time);
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
            return List.of(chair.isEmpty() ? "" : "Ordförande " + chair);
        }
        String names = String.join(" och ", approvers);
        return List.of(chair.isEmpty() ? names
                : "Utöver ordförande " + chair + " valdes " + names + " att justera protokollet.");
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
        return minutes.withRole("SECRETARY").stream().map(MinutesDocument.Attendee::name).findFirst().orElse("");
    }

    private String paragraphRange() {
        List<MinutesDocument.Item> items = minutes.items();
        if (items.isEmpty()) {
            return "";
        }
        int first = items.stream().mapToInt(MinutesDocument.Item::number).min().orElseThrow();
        int last = items.stream().mapToInt(MinutesDocument.Item::number).max().orElseThrow();
        String prefix = minutes.paragraphPrefix() == null ? "" : minutes.paragraphPrefix() + " ";
        return first == last ? "Paragraf " + prefix + first : "Paragrafer " + prefix + first + "–" + last;
    }

    private PdfPTable signatures() {
        PdfPTable table = new PdfPTable(new float[]{26, 46, 28});
        table.setWidthPercentage(100);
        PdfPCell caption = cell(new Phrase("Underskrifter", heading));
        caption.setColspan(2);
        caption.setPaddingBottom(6);
        table.addCell(caption);
        PdfPCell range = cell(new Phrase(paragraphRange(), textBold));
        range.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(range);
        signatureRow(table, "Sekreterare", secretaryName());
        signatureRow(table, "Ordförande", chairName());
        List<String> approvers = minutes.attendees().stream().filter(a -> a.approver() && !a.chair())
                .map(MinutesDocument.Attendee::name).toList();
        if (approvers.isEmpty()) {
            signatureRow(table, "Justerare", "");
        }
        for (String approver : approvers) {
            signatureRow(table, "Justerare", approver);
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
        PdfPCell caption = new PdfPCell(new Phrase("ANSLAG/BEVIS", heading));
        caption.setColspan(2);
        caption.setBorder(Rectangle.TOP | Rectangle.LEFT | Rectangle.RIGHT);
        caption.setPadding(8);
        caption.setBackgroundColor(new Color(0xf2, 0xf2, 0xf2));
        box.addCell(caption);
        PdfPCell statement = new PdfPCell(new Phrase("Protokollet är justerat. Justeringen har tillkännagivits genom anslag", text));
        statement.setColspan(2);
        statement.setBorder(Rectangle.LEFT | Rectangle.RIGHT);
        statement.setPadding(8);
        box.addCell(statement);
        noticeRow(box, "Organ", minutes.bodyName() + ", " + nullToEmpty(minutes.associationName()), false);
        noticeRow(box, "Datum för sammanträdet", longDateWithWeekday(minutes.meetingDate()), false);
        noticeRow(box, "Datum då anslag sätts upp", dateOrBlank(minutes.noticePostedOn()), false);
        noticeRow(box, "Datum då anslag tas ned", dateOrBlank(minutes.noticeRemovedOn()), false);
        noticeRow(box, "Förvaringsplats för protokollet", nullToEmpty(minutes.storagePlace()), false);
        noticeRow(box, "Underskrift", "", true);
        String secretary = secretaryName();
        PdfPCell empty = new PdfPCell(new Phrase(""));
        empty.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
        box.addCell(empty);
        PdfPCell signer = new PdfPCell(new Phrase(secretary.isEmpty() ? "" : secretary + ", sekreterare", small));
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
        field(fields, "Organ", List.of(minutes.bodyName() + ", " + nullToEmpty(minutes.associationName())));
        field(fields, "Sammanträdesdatum", List.of(longDateWithWeekday(minutes.meetingDate())));
        field(fields, "Plats och tid", List.of(placeAndTime()));
        field(fields, "Utdrag ur protokollet", List.of(String.join(", ",
                chosen.stream().map(i -> minutes.paragraphLabel(i.number())).toList())));
        field(fields, "Justering", List.of(minutes.approved()
                ? "Protokollet justerades " + longDateWithWeekday(minutes.approvalDate())
                : "Protokollet är ännu inte justerat"));
        document.add(fields);
        document.add(spacer(10));
    }

    private void certification(Document document) {
        document.add(spacer(18));
        PdfPTable table = new PdfPTable(new float[]{26, 46, 28});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell caption = cell(new Phrase("Utdragsbestyrkande", heading));
        caption.setColspan(3);
        table.addCell(caption);
        PdfPCell statement = cell(new Phrase("Utdraget överensstämmer med originalprotokollet.", text));
        statement.setColspan(3);
        statement.setPaddingTop(4);
        table.addCell(statement);
        String secretary = secretaryName();
        signatureRow(table, "Underskrift", secretary.isEmpty() ? "" : secretary + ", sekreterare");
        signatureRow(table, "Ort och datum", "");
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
            presence.add(new Chunk("Närvaro vid paragrafen: ", label));
            presence.add(new Chunk(String.join("; ", item.attendance().stream().map(MinutesPdfRenderer::presence).toList()), text));
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
    private static String presence(MinutesDocument.Presence p) {
        StringBuilder line = new StringBuilder(p.name());
        if (p.party() != null && !p.party().isBlank()) {
            line.append(" (").append(p.party()).append(')');
        }
        String note = p.note() != null && !p.note().isBlank() ? p.note().trim() : p.present() ? "närvarande" : "deltog inte";
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

    private static String dateOrBlank(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
