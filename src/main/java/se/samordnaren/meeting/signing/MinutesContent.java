package se.samordnaren.meeting.signing;

import se.samordnaren.meeting.LinkedRecord;
import se.samordnaren.meeting.Minutes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalTime;
import java.util.HexFormat;

/**
 * The canonical text form of minutes: exactly what a signatory signs, and what the SHA-256 on a signature and on the
 * protocol's signature page is taken of. Deterministic: one line per fact, in the minutes' own order (attendance by its
 * order, § by position, clauses and references by position, links by when they were made), each line
 * {@code key: value} with the value in Unicode NFC, line breaks written as {@code \n} and a backslash as {@code \\},
 * lines joined by LF, ending with LF, hashed as UTF-8. It holds the header (body, § prefix, decision verb, date, times,
 * place, digital), every attendee (role, name, party, capacity, chair, justerare, only for), and every § (number, title,
 * kind, case number, text, presence per §, the decision's intro, outcome, the body a proposal goes to, clauses,
 * references, and each link's kind, label and note). It holds nothing that changes when the minutes are approved
 * (status, approval date, approver, anslag): names are read as approved for approved minutes and live for drafts, which
 * are the same at the moment of approval, so the hash of approved minutes is the hash their signatories signed.
 * The format's first line names its version; a change of the format is a new version, never an edit of this one.
 * Documented in docs/meeting-cycle.md ("Justering och underskrifter").
 */
public final class MinutesContent {

    /** The first line of the canonical text. */
    public static final String FORMAT = "samordnaren-protokoll/1";

    private MinutesContent() {
    }

    /** The canonical text of the minutes. */
    public static String canonicalText(Minutes minutes) {
        StringBuilder out = new StringBuilder();
        line(out, "format", FORMAT);
        Minutes.Header h = minutes.header();
        line(out, "organ", h.bodyName());
        line(out, "paragrafprefix", h.paragraphPrefix());
        line(out, "beslutsformel", h.decisionVerb());
        line(out, "datum", h.date());
        line(out, "start", time(h.startTime()));
        line(out, "slut", time(h.endTime()));
        line(out, "plats", h.location());
        line(out, "digitalt", h.digital() ? "ja" : "nej");
        for (Minutes.Attendee a : minutes.attendees()) {
            line(out, "närvarande", String.join(" | ", value(a.role()), value(a.name()), value(a.party()),
                    value(a.capacity()), a.chair() ? "ordförande" : "", a.approver() ? "justerare" : "", value(a.onlyItems())));
        }
        for (Minutes.Paragraph p : minutes.paragraphs()) {
            line(out, "paragraf", p.number());
            line(out, "rubrik", p.title());
            line(out, "slag", p.kind());
            line(out, "diarienummer", p.caseNumber());
            line(out, "text", p.bodyText());
            for (Minutes.ItemAttendance a : p.attendance()) {
                line(out, "närvaro", String.join(" | ", value(a.name()), value(a.party()), a.present() ? "närvarande" : "ej närvarande",
                        value(a.note())));
            }
            Minutes.Decision d = p.decision();
            if (d == null) {
                continue;
            }
            line(out, "beslut", d.intro());
            line(out, "utfall", d.outcome());
            line(out, "förslag till", d.proposalToBodyName());
            for (Minutes.Clause c : d.clauses()) {
                line(out, "att", c.text());
            }
            for (Minutes.Reference r : d.references()) {
                line(out, "underlag", r.text());
            }
            for (LinkedRecord l : d.links()) {
                line(out, "länk", String.join(" | ", value(l.kind()), value(l.label()), value(l.note())));
            }
        }
        return out.toString();
    }

    /** The SHA-256 (64 lower-case hex digits) of the canonical text's UTF-8 bytes. */
    public static String sha256(Minutes minutes) {
        return sha256(canonicalText(minutes).getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of bytes, 64 lower-case hex digits (as the database's encode(sha256(..), 'hex')). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void line(StringBuilder out, String key, Object value) {
        out.append(key).append(": ").append(value(value)).append('\n');
    }

    private static String value(Object value) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(String.valueOf(value), Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n');
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }
}
