package se.samordnaren.meeting.noticeboard;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import se.samordnaren.common.DateFormats;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;

/**
 * The notice board without Vaadin, open to anyone (security.SecurityConfiguration's notice board chain: no sign-in,
 * frame-ancestors from SAMORDNAREN_NOTICE_BOARD_FRAME_ANCESTORS):
 * <ul>
 *     <li>GET /anslagstavla/inbaddad — a small HTML page with no script, to show in an iframe on the association's
 *     own website;</li>
 *     <li>GET /anslagstavla/flode — the same as an Atom feed;</li>
 *     <li>GET /anslagstavla/{id}/protokoll.pdf — the stored protocol of minutes posted today, 404 for anything else.</li>
 * </ul>
 * Always Swedish: the board is the association's official notice.
 */
@RestController
class NoticeBoardController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublicNoticeBoard board;
    private final I18NProvider translations;
    private final String publicUrl;

    NoticeBoardController(PublicNoticeBoard board, I18NProvider translations,
                          @Value("${samordnaren.public-url:http://localhost:8080}") String publicUrl) {
        this.board = board;
        this.translations = translations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping("/anslagstavla/{meetingId:\\d{1,18}}/protokoll.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long meetingId, HttpServletResponse response) throws IOException {
        var pdf = board.pdf(meetingId, today()).orElse(null);
        if (pdf == null) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .eTag("\"" + pdf.sha256() + "\"")
                .body(pdf.content());
    }

    @GetMapping("/anslagstavla/inbaddad")
    ResponseEntity<String> embedded() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(html(board.board(today())));
    }

    @GetMapping("/anslagstavla/flode")
    ResponseEntity<String> feed() throws XMLStreamException {
        return ResponseEntity.ok()
                .contentType(ATOM)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(atom(board.board(today())));
    }

    private static LocalDate today() {
        return LocalDate.now(DateFormats.SWEDEN);
    }

    private String t(String key, Object... arguments) {
        return translations.getTranslation(key, DateFormats.SWEDISH, arguments);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, StandardCharsets.UTF_8.name());
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : DateFormats.iso(date);
    }

    /** The embeddable page: lang="sv", headings, a list of protocols each with a description list; no script. */
    String html(PublicNoticeBoard.Board current) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e(t("noticeBoard.title", current.associationName()))).append("</title>\n")
                .append("<style>")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff;")
                .append("margin:0;padding:1rem;line-height:1.5;font-size:1rem;overflow-wrap:anywhere}")
                .append("h1,h2{hyphens:auto}")
                .append("h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:0 0 .5rem}")
                .append("ul.notices{list-style:none;margin:0;padding:0}ul.notices>li{border-top:1px solid #6b6b6b;padding:.75rem 0}")
                .append("dl{margin:0;display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.25rem 1rem}")
                .append("dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}")
                .append("@media (max-width:30rem){dl{display:block}dd{margin-bottom:.5rem}}")
                .append("a{color:#0b4f9c}a:focus{outline:3px solid #1a1a1a;outline-offset:2px}")
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(e(t("noticeBoard.title", current.associationName()))).append("</h1>\n")
                .append("<p>").append(e(t("noticeBoard.intro"))).append("</p>\n")
                .append("<p>").append(e(t("noticeBoard.appealInfo"))).append("</p>\n");
        if (current.notices().isEmpty()) {
            html.append("<p>").append(e(t("noticeBoard.empty"))).append("</p>\n");
        } else {
            html.append("<ul class=\"notices\" aria-label=\"").append(e(t("noticeBoard.listLabel"))).append("\">\n");
            for (PublicNoticeBoard.Notice n : current.notices()) {
                html.append("<li>\n<h2>").append(e(t("noticeBoard.heading", n.bodyName(),
                        DateFormats.longDate(n.meetingDate(), DateFormats.SWEDISH)))).append("</h2>\n<dl>\n");
                fact(html, "noticeBoard.body", n.bodyName());
                fact(html, "noticeBoard.meetingDate", date(n.meetingDate()));
                fact(html, "noticeBoard.approvalDate", date(n.approvalDate()));
                fact(html, "noticeBoard.postedOn", date(n.postedOn()));
                fact(html, "noticeBoard.appealEndsOn", date(n.appealEndsOn()));
                fact(html, "noticeBoard.removedOn", date(n.removedOn()));
                fact(html, "noticeBoard.storagePlace", n.storagePlace() == null ? "–" : n.storagePlace());
                html.append("</dl>\n");
                if (n.hasPdf()) {
                    html.append("<p><a href=\"").append(e(n.meetingId() + "/protokoll.pdf")).append("\" target=\"_top\">")
                            .append(e(t("noticeBoard.pdf", n.bodyName(), date(n.meetingDate())))).append("</a></p>\n");
                } else {
                    html.append("<p>").append(e(t("noticeBoard.pdfMissing"))).append("</p>\n");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<p><a href=\"flode\">").append(e(t("noticeBoard.feedLink"))).append("</a></p>\n")
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void fact(StringBuilder html, String key, String value) {
        html.append("<dt>").append(e(t(key))).append("</dt><dd>").append(e(value)).append("</dd>\n");
    }

    /** Atom (RFC 4287): one entry per posted protocol, its id stable per meeting, linking to its PDF. */
    String atom(PublicNoticeBoard.Board current) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "sv");
        element(xml, "id", publicUrl + "/anslagstavla");
        element(xml, "title", t("noticeBoard.title", current.associationName()));
        OffsetDateTime updated = current.notices().stream()
                .map(n -> published(n))
                .max(Comparator.naturalOrder())
                .orElse(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        element(xml, "updated", updated.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        xml.writeStartElement("author");
        element(xml, "name", Objects.requireNonNullElse(current.associationName(), ""));
        xml.writeEndElement();
        link(xml, "self", publicUrl + "/anslagstavla/flode", "application/atom+xml");
        link(xml, "alternate", publicUrl + "/anslagstavla", "text/html");
        for (PublicNoticeBoard.Notice n : current.notices()) {
            xml.writeStartElement("entry");
            element(xml, "id", publicUrl + "/anslagstavla/" + n.meetingId() + "/" + n.postedOn());
            element(xml, "title", t("noticeBoard.heading", n.bodyName(),
                    DateFormats.longDate(n.meetingDate(), DateFormats.SWEDISH)));
            element(xml, "updated", published(n).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            element(xml, "published", published(n).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            if (n.hasPdf()) {
                link(xml, "alternate", publicUrl + "/anslagstavla/" + n.meetingId() + "/protokoll.pdf", "application/pdf");
            }
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(t("noticeBoard.feedSummary", n.bodyName(), date(n.meetingDate()), date(n.approvalDate()),
                    date(n.postedOn()), date(n.appealEndsOn()), date(n.removedOn()),
                    n.storagePlace() == null ? "–" : n.storagePlace()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    /** When the anslag went up: the job's record, or the start of the posting day (Swedish time). */
    private static OffsetDateTime published(PublicNoticeBoard.Notice n) {
        return n.publishedAt() != null ? n.publishedAt()
                : n.postedOn().atStartOfDay(DateFormats.SWEDEN).toOffsetDateTime();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
