package se.samordnaren.minutesimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled fields of a protocol header and of its signature and notice blocks: "Plats och tid", "Beslutande",
 * "Ersättare", "Övriga närvarande", "Justerare", "Justeringens plats och tid", "Underskrifter", "Anslag/Bevis" … A
 * label may stand alone with its value on the next lines, share the line with it ("Plats och tid Skype, …", with or
 * without a colon, or a tab as from a table), and a second label may follow on the same line where a two-column layout
 * was flattened ("Beslutande Anna Berg, ordförande  Utses att justera Per Lind"). Lines without a label continue the
 * field of the last label that began a line; lines before the first label are the title lines.
 */
final class HeaderFields {

    enum Field {
        PLACE_TIME, DATE, TIME, PLACE, DECISION_MAKERS, PRESENT, SERVING_SUBSTITUTES, SUBSTITUTES, OTHERS, ABSENT,
        SECRETARY, CHAIR, JUSTERARE, JUSTERING, SIGNATURES, ANSLAG, ANSLAG_UP, ANSLAG_DOWN, ORGAN, KEEPING, PARAGRAPHS
    }

    private record Label(String text, Field field, Pattern start, Pattern middle, boolean distinctive) {
    }

    private static final List<Label> LABELS = new ArrayList<>();

    static {
        label(Field.PLACE_TIME, true, "plats och tid", "tid och plats", "plats och datum", "datum och plats",
                "datum, tid och plats", "datum, plats och tid", "tid, plats", "plats, tid", "datum och tid", "datum, tid",
                "tid och lokal", "lokal och tid", "sammanträdets plats och tid", "mötets plats och tid", "plats/tid",
                "tid/plats", "datum/tid", "datum och klockslag", "mötesform och tid");
        label(Field.DATE, true, "sammanträdesdatum", "mötesdatum", "datum för sammanträdet", "datum för mötet",
                "sammanträdets datum", "mötesdag", "sammanträdesdag");
        label(Field.DATE, false, "datum");
        label(Field.TIME, false, "tid", "klockan", "tidpunkt", "mötestid");
        label(Field.PLACE, false, "plats", "lokal", "mötesplats", "sammanträdesplats", "möteslokal", "sammanträdeslokal",
                "mötesform");
        label(Field.DECISION_MAKERS, true, "beslutande ledamöter", "beslutande", "närvarande ledamöter",
                "ledamöter närvarande", "närvarande beslutande", "ordinarie ledamöter", "närvarande styrelseledamöter",
                "styrelseledamöter", "närvarande ordinarie ledamöter", "beslutande ledamot");
        label(Field.DECISION_MAKERS, false, "ledamöter");
        label(Field.PRESENT, false, "närvarande", "deltagare", "deltagande", "mötesdeltagare", "närvarolista");
        label(Field.SERVING_SUBSTITUTES, false, "tjänstgörande");
        label(Field.SERVING_SUBSTITUTES, true, "tjänstgörande ersättare", "tjänstgörande suppleanter",
                "ersättare, tjänstgörande", "ersättare tjänstgörande");
        label(Field.SUBSTITUTES, true, "ej tjänstgörande ersättare", "icke tjänstgörande ersättare",
                "inte tjänstgörande ersättare", "övriga ersättare", "närvarande ersättare", "ersättare närvarande",
                "närvarande suppleanter", "ej tjänstgörande");
        label(Field.SUBSTITUTES, false, "ersättare", "suppleanter");
        label(Field.OTHERS, true, "övriga närvarande", "övriga deltagande", "övriga deltagare", "närvarande övriga",
                "närvarande tjänstemän", "dessutom närvarande", "dessutom deltog", "närvarande i övrigt",
                "övriga närvarande tjänstemän", "också närvarande", "därutöver närvarande", "även närvarande",
                "närvarande från kansliet", "övriga mötesdeltagare", "inbjudna gäster", "närvarande tjänstepersoner",
                "från förbundet", "från kansliet", "från förbundets kansli");
        label(Field.OTHERS, false, "övriga", "tjänstemän", "tjänstepersoner", "adjungerade", "adjungerad", "gäster",
                "inbjudna", "inbjuden", "föredragande", "sakkunniga", "medverkande");
        label(Field.ABSENT, true, "frånvarande", "anmält förhinder", "ej närvarande", "anmält frånvaro",
                "frånvarande ledamöter", "frånvarande ersättare", "anmält förfall");
        label(Field.ABSENT, false, "förhinder", "förfall");
        label(Field.SECRETARY, true, "protokollförare", "protokollförande", "vid protokollet", "protokollskrivare",
                "protokoll fört av", "protokollet fördes av", "protokollet förs av", "mötessekreterare",
                "sekreterare för mötet");
        label(Field.SECRETARY, false, "sekreterare", "sekr");
        label(Field.CHAIR, true, "mötesordförande", "sammanträdets ordförande", "mötets ordförande",
                "ordförande för mötet", "ordförande vid mötet");
        label(Field.CHAIR, false, "ordförande", "ordf");
        label(Field.JUSTERARE, true, "utses att justera", "utsedd att justera", "utsedda att justera", "justeras av",
                "protokolljusterare", "justeringsperson", "justeringspersoner", "justerande ledamot", "utsedd justerare",
                "valda justerare", "att jämte ordföranden justera", "att justera");
        label(Field.JUSTERARE, false, "justerare", "justerande");
        label(Field.JUSTERING, true, "justeringens tid och plats", "justeringens plats och tid",
                "plats och tid för justering", "tid och plats för justering", "justeringens tid", "justeringsdatum",
                "datum för justering", "justeringsdag", "justeringens plats", "tid för justering");
        label(Field.JUSTERING, false, "justering", "justerat", "justerad", "justeringens");
        label(Field.SIGNATURES, true, "underskrifter", "underskrift", "signaturer");
        label(Field.SIGNATURES, false, "justeras", "sign");
        label(Field.ANSLAG_UP, true, "datum då anslaget sätts upp", "datum då anslag sätts upp",
                "datum för anslags uppsättande", "anslaget uppsatt", "anslag uppsatt", "datum för anslaget",
                "anslagsdatum", "anslaget sätts upp", "datum för anslags uppsättning", "anslaget publicerat",
                "datum då anslaget publiceras", "anslaget har satts upp", "datum för uppsättande");
        label(Field.ANSLAG_UP, false, "uppsättande", "uppsatt");
        label(Field.ANSLAG_DOWN, true, "datum då anslaget tas ned", "datum då anslag tas ned",
                "datum för anslags nedtagande", "anslaget nedtaget", "anslaget tas ned", "datum då anslaget tas bort",
                "datum då anslag tas ner", "datum då anslaget tas ner", "anslaget tas ner", "anslaget tas bort",
                "datum för nedtagande", "anslaget ska tas ned");
        label(Field.ANSLAG_DOWN, false, "nedtagande", "nedtaget");
        label(Field.ANSLAG, true, "anslag/bevis", "anslag / bevis", "anslagsbevis", "bevis om anslag",
                "protokollet är justerat", "justeringen har tillkännagivits", "justeringen har tillkännagetts");
        label(Field.ANSLAG, false, "anslag", "bevis");
        label(Field.ORGAN, true, "beslutande organ", "sammanträdande organ");
        label(Field.ORGAN, false, "organ", "instans");
        label(Field.KEEPING, true, "förvaringsplats för protokollet", "förvaringsplats", "protokollet förvaras",
                "protokollets förvaringsplats");
        label(Field.PARAGRAPHS, true, "paragrafer", "protokollet omfattar", "paragrafer nr");
        label(Field.PARAGRAPHS, false, "paragraf");
        LABELS.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
    }

    /**
     * A label: at the start of a line (or of a tab-separated cell) followed by a colon, a space, a tab or the end; in
     * the middle of a line only the distinctive ones (several words or a word no sentence uses), written with a
     * capital, or any label after a tab or before a colon.
     */
    private static void label(Field field, boolean distinctive, String... texts) {
        for (String text : texts) {
            String words = Pattern.quote(text).replace(" ", "\\E\\s+\\Q");
            Pattern start = Pattern.compile("(?iU)^" + words + "(?![\\p{L}])\\s*[:.]?\\s*");
            String capital = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            String capitalWords = Pattern.quote(capital).replace(" ", "\\E\\s+\\Q");
            Pattern middle = distinctive
                    ? Pattern.compile("(?U)(?<=[\\s\\t])(?<![,]\\s)" + capitalWords + "(?![\\p{L}])\\s*:?")
                    : Pattern.compile("(?U)(?:(?i:(?<=\\t)" + words + ")(?![\\p{L}])|(?<=\\s)" + capitalWords + "\\s*:(?!\\d)"
                    + "|(?<=\\s)(?<![,]\\s)" + capitalWords + "(?=\\s*:?\\s*\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}|\\s*[._…]{3,}))");
            LABELS.add(new Label(text, field, start, middle, distinctive));
        }
    }

    final List<String> titleLines = new ArrayList<>();
    final Map<Field, List<String>> values = new EnumMap<>(Field.class);

    List<String> get(Field field) {
        return values.getOrDefault(field, List.of());
    }

    String joined(Field field) {
        return String.join(" ", get(field)).replace('\t', ' ').replaceAll("\\s+", " ").strip();
    }

    boolean has(Field field) {
        return !joined(field).isEmpty();
    }

    private Field left;

    static HeaderFields read(List<String> lines) {
        HeaderFields fields = new HeaderFields();
        for (String line : lines) {
            fields.add(line);
        }
        return fields;
    }

    void add(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return;
        }
        if (Character.isLowerCase(text.codePointAt(0)) && isWrappedLabel(text)) {
            // "ersättare" under "Tjänstgörande", "plats och tid" under "Justeringens": the rest of a wrapped label.
            return;
        }
        List<Piece> pieces = split(text);
        Field waiting = null;
        for (int k = 0; k < pieces.size(); k++) {
            Piece piece = pieces.get(k);
            if (piece.field() == null) {
                if (left == null) {
                    titleLines.add(piece.value());
                } else {
                    append(left, piece.value());
                }
                continue;
            }
            if (k == 0) {
                left = piece.field();
            }
            if (clean(piece.value()).isEmpty()) {
                waiting = piece.field();
            }
            values.computeIfAbsent(piece.field(), f -> new ArrayList<>());
            append(piece.field(), piece.value());
        }
        // A label left without a value on a line waits for it on the next ("Underskrifter  Sekreterare  ……").
        if (waiting != null) {
            left = waiting;
        }
    }

    private static boolean isWrappedLabel(String text) {
        for (String part : text.split("\t")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean label = false;
            for (Label l : LABELS) {
                Matcher m = l.start().matcher(p);
                if (m.lookingAt() && m.end() == p.length()) {
                    label = true;
                    break;
                }
            }
            if (!label && !p.matches("(?iU)(?:sätts upp|tas ned|tas ner|för protokollet|plats och tid|tid och plats|"
                    + "ersättare|deltagande|närvarande|att justera)")) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String value) {
        return value.replaceAll("[_.…·\\s:–-]+", " ").strip();
    }

    private void append(Field field, String value) {
        String v = value.replaceAll("[_.…·]{3,}", " ").strip().replaceAll("^[:–-]\\s*", "").strip();
        if (!v.isEmpty()) {
            values.computeIfAbsent(field, f -> new ArrayList<>()).add(v);
        }
    }

    private record Piece(Field field, String value) {
    }

    /** Splits a line into (label, value) pieces; a piece without label comes first if the line does not start with one. */
    private static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        Field field = null;
        Label first = startLabel(text);
        if (first != null) {
            Matcher m = first.start().matcher(text);
            m.lookingAt();
            field = first.field();
            position = m.end();
        }
        while (true) {
            int bestStart = -1;
            int bestEnd = -1;
            Label best = null;
            for (Label label : LABELS) {
                Matcher m = label.middle().matcher(text);
                int from = position;
                while (m.find(from)) {
                    if (label.distinctive() || plausibleValue(text, m.end())) {
                        if (bestStart < 0 || m.start() < bestStart || m.start() == bestStart && m.end() > bestEnd) {
                            bestStart = m.start();
                            bestEnd = m.end();
                            best = label;
                        }
                        break;
                    }
                    from = m.end();
                }
            }
            if (best == null) {
                pieces.add(new Piece(field, text.substring(position)));
                return pieces;
            }
            pieces.add(new Piece(field, text.substring(position, bestStart)));
            field = best.field();
            position = bestEnd;
        }
    }

    /**
     * After a plain word taken as a label in the middle of a line ("… Sekreterare Ingrid Falk", "Underskrifter ⇥
     * Sekreterare ⇥ ……"), the value is a name, a date, a signature rule or nothing: not an organisation, as in a
     * table row "Tove Dal ⇥ Ordförande ⇥ Kristianstads kommun".
     */
    private static boolean plausibleValue(String text, int from) {
        String rest = text.substring(from);
        int tab = rest.indexOf('\t', 1);
        String value = (tab > 0 ? rest.substring(0, tab) : rest).replaceAll("^[\\s:]+", "").strip();
        String plain = value.replaceAll("[_.…·]{3,}", "").strip();
        return plain.isEmpty() || People.leadingName(plain) != null && !People.isOrganisation(plain)
                || SwedishDates.first(plain) != null;
    }

    private static Label startLabel(String text) {
        for (Label label : LABELS) {
            Matcher m = label.start().matcher(text);
            if (m.lookingAt()) {
                String rest = text.substring(m.end());
                // "Ordförande Göran Wallén hälsar välkommen" is a sentence, not a label with a value.
                if (!rest.isEmpty() && isSentence(label, rest, text)) {
                    continue;
                }
                return label;
            }
        }
        return null;
    }

    private static boolean isSentence(Label label, String rest, String text) {
        boolean colon = text.substring(0, Math.min(text.length(), label.text().length() + 2)).contains(":");
        boolean tab = text.length() > label.text().length() && text.charAt(label.text().length()) == '\t';
        if (colon || tab) {
            return false;
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        // A label is followed by a value, not by a verb: "Justering sker …", "Ordförande förklarar …".
        return lower.matches("(?U)^(?:sker|skedde|förklarar|förklarade|hälsar|hälsade|öppnar|öppnade|avslutar|avslutade|"
                + "informerar|informerade|föreslår|föreslog|redogör|redogjorde|är|var|har|hade|ska|skall|kommer|tackar|"
                + "tackade|meddelar|meddelade|konstaterar|konstaterade|beslutar|beslutade|går|gick|lämnar|lämnade|"
                + "berättar|berättade|väljs|valdes|utses|utsågs|och|i|av|för|om)\\b.*");
    }
}
