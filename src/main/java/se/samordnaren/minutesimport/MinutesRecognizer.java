package se.samordnaren.minutesimport;

import se.samordnaren.minutesimport.HeaderFields.Field;
import se.samordnaren.minutesimport.PreparedText.Line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static se.samordnaren.minutesimport.MinutesImportException.Reason.INVOICE;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.KALLELSE;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.NOT_MINUTES;

/**
 * Recognises Swedish minutes in extracted text: the paragraphs first (they decide where the header ends), then the
 * header, signature and notice fields, the organ, the association, and each paragraph's section, text and decision. A
 * kallelse, an invoice or a text without numbered paragraphs is refused with a Swedish message saying which.
 */
public final class MinutesRecognizer {

    private static final Pattern SECTION = Pattern.compile("(?iU)^(?:[A-ZIVX0-9]{1,3}[.)]\\s*)?(?<name>"
            + "informationsärenden|informationsärende|informationspunkter|beslutsärenden|beslutsärende|beslutspunkter|"
            + "ärenden för beslut|ärenden för information|ärenden för diskussion|övriga frågor|övriga ärenden|"
            + "anmälningsärenden|delegationsärenden|formalia|inledande formalia|mötesformalia|diskussionsärenden|"
            + "diskussionspunkter|rapporter och information|information och rapporter|avslutande formalia)\\s*:?$");
    private static final Pattern TRAILER_LABEL = Pattern.compile("(?iU)^(?:vid protokollet|underskrifter|underskrift|"
            + "justeras|justerat|justerare|justerande|justeringens\\b.*|ordförande|mötesordförande|sekreterare|"
            + "protokollförare|anslag\\s*/\\s*bevis|anslagsbevis|protokollet är justerat\\b.*|paragrafer\\b.*|"
            + "sammanträdets ordförande|ordf\\.?|ort och datum|datum och ort|signaturer)\\s*:?\\s*"
            + "(?:\\p{Lu}\\p{L}+(?:[- ]\\p{Lu}\\p{L}+){1,3})?\\s*$");
    private static final Pattern ONLINE = Pattern.compile("(?iU)(digital\\w*(?:\\s+(?:via|i|på|genom)\\s+\\p{L}+)?(?:\\s+\\p{L}+)?|"
            + "(?:microsoft\\s+)?teams(?:-möte)?|zoom|skype|google meet|videomöte|via länk|telefonmöte|distans)");
    private static final Pattern ASSOCIATION_FIRST = Pattern.compile("(?U)((?:Samordningsförbundet|Finsamförbundet|Finsam)"
            + "(?:\\s+(?:(?:i|och|&)\\s+)?\\p{Lu}[\\p{L}-]*){1,4}(?:\\s+län\\b)?)");
    private static final Pattern ASSOCIATION_LAST = Pattern.compile("(?U)((?:(?:Norra|Södra|Östra|Västra|Mellersta|Centrala|"
            + "Nordöstra|Nordvästra|Sydöstra|Sydvästra|Övre|Nedre|Mitt|Stora|Lilla)\\s+)?\\p{Lu}[\\p{L}-]*)\\s+"
            + "([Ss]amordningsförbund(?:et)?|[Ff]insamförbund(?:et)?)");
    private static final Set<String> ASSOCIATION_STOP = Set.of("protokoll", "protokollet", "styrelsen", "styrelse",
            "sammanträdesdatum", "sammanträde", "sida", "arbetsutskottet", "arbetsutskott", "beredningsgruppen",
            "ägarsamråd", "ägarsamrådet", "kallelse", "möte", "mötesdatum", "datum", "organ", "plats", "tid", "dnr",
            "styrelsemöte", "justerandes", "paragrafer", "au", "beslutande", "anslag", "underskrifter", "revisorerna",
            "sammanträdesprotokoll", "mötesprotokoll", "styrelseprotokoll", "protokollsutdrag");
    private static final Pattern BODY_INTRO = Pattern.compile("(?iU)^(förbundsstyrelsen|styrelsen|arbetsutskottet|au|"
            + "beredningsgruppen|ägarsamrådet|revisorerna)\\s+(?:\\p{L}+\\s+)?(?:beslut|föreslå|godkän|noter|bevilj|"
            + "tillstyrk|rekommender|lägg|fastställ|utser|väljer)");
    private static final Pattern KALLELSE_TITLE = Pattern.compile("(?iU)\\bkallelse\\b|\\bföredragningslista\\b|\\binbjudan\\b");
    private static final Pattern AGENDA_TITLE = Pattern.compile("(?iU)\\bdagordning\\b|\\bärendelista\\b");
    private static final Pattern MINUTES_TITLE = Pattern.compile("(?iU)\\bprotokoll\\b|\\bprotokollet\\b|"
            + "sammanträdesprotokoll|mötesprotokoll|styrelseprotokoll|protokollsutdrag|minnesanteckningar|"
            + "mötesanteckningar|anteckningar från");
    private static final Pattern MINUTES_LABELS = Pattern.compile("(?imU)^(?:justerare|justeras|utses att justera|"
            + "justeringens|vid protokollet|underskrifter|sekreterare|protokollförare)\\b");
    private static final Pattern MINUTES_VERBS = Pattern.compile("(?iU)\\bbeslutade\\b|\\bbeslöt\\b|\\bbeslutades\\b");
    private static final Pattern PRESENT_LABELS = Pattern.compile("(?imU)^(?:beslutande|närvarande|övriga närvarande|"
            + "närvarande ledamöter)\\b");
    private static final Pattern PROPOSAL_FOR_DECISION = Pattern.compile("(?iU)förslag till beslut|föreslås\\s+(?:\\S+\\s+)?"
            + "(?:besluta|att)");
    private static final Pattern INVITATION = Pattern.compile("(?iU)\\bvälkomna\\b|\\bvälkommen\\b|anmäl\\w*\\s+(?:\\S+\\s+)?"
            + "förhinder|förhinder\\s+anmäls|meddela\\w*\\s+förhinder|\\bosa\\b|kallas\\s+(?:härmed\\s+)?till");
    private static final List<Pattern> INVOICE_SIGNS = List.of(
            Pattern.compile("(?iU)fakturanummer|fakturanr|faktura\\s*nr"), Pattern.compile("(?iU)fakturadatum"),
            Pattern.compile("(?iU)förfallodatum|förfallodag|betalningsvillkor"), Pattern.compile("(?iU)att betala"),
            Pattern.compile("(?iU)\\bocr\\b"), Pattern.compile("(?iU)bankgiro|plusgiro|\\biban\\b"),
            Pattern.compile("(?iU)\\bmoms\\b|momsreg|\\bvat\\b"), Pattern.compile("(?iU)er referens|vår referens"),
            Pattern.compile("(?iU)\\bfaktura\\b"));

    private MinutesRecognizer() {
    }

    public static ParsedMinutes recognize(ExtractedText extracted, String fileName) {
        PreparedText text = PreparedText.of(extracted);
        List<Line> content = text.content;
        List<ParagraphFinder.Heading> headings = ParagraphFinder.find(content);
        checkKind(text, headings);
        if (headings.isEmpty()) {
            throw new MinutesImportException(NOT_MINUTES, "Filen ser inte ut att vara ett protokoll: inga numrerade "
                    + "paragrafer (§) hittades.");
        }

        List<String> warnings = new ArrayList<>();
        int first = headings.getFirst().line();
        ParagraphFinder.Heading last = headings.getLast();
        int trailerStart = trailerStart(content, last.bodyStart());

        List<String> headerLines = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            headerLines.add(content.get(i).text());
        }
        for (int i = trailerStart; i < content.size(); i++) {
            headerLines.add(content.get(i).text());
        }
        HeaderFields header = HeaderFields.read(headerLines);

        Body body = body(header, text.furniture, content);
        if (body == Body.OTHER) {
            warnings.add("Organet (styrelse, arbetsutskott …) kunde inte avgöras.");
        }

        List<Paragraph> paragraphs = paragraphs(content, headings, trailerStart, headerLines, body);
        for (int k = 1; k < paragraphs.size(); k++) {
            int gap = paragraphs.get(k).number() - paragraphs.get(k - 1).number();
            if (gap > 1) {
                warnings.add("§ " + (paragraphs.get(k - 1).number() + 1)
                        + (gap > 2 ? "–" + (paragraphs.get(k).number() - 1) : "") + " saknas i numreringen.");
            }
        }

        List<Participant> participants = participants(header);
        String chair = firstName(header.get(Field.CHAIR));
        if (chair == null) {
            chair = participants.stream().filter(p -> People.isChairRole(p.role())).map(Participant::name).findFirst().orElse(null);
        }
        String secretary = firstName(header.get(Field.SECRETARY));
        if (secretary == null) {
            secretary = participants.stream().filter(p -> People.isSecretaryRole(p.role())).map(Participant::name).findFirst().orElse(null);
        }
        List<String> justerare = justerare(header, paragraphs, chair, secretary);

        LocalDate date = meetingDate(header, text.furniture, fileName);
        if (date == null) {
            warnings.add("Datum för sammanträdet hittades inte.");
        }
        String time = firstNonNull(SwedishDates.time(header.joined(Field.TIME)),
                SwedishDates.time(header.joined(Field.PLACE_TIME)), SwedishDates.time(header.joined(Field.DATE)),
                SwedishDates.time(String.join(" ", header.titleLines)));
        String place = place(header, headerLines);

        String justering = header.joined(Field.JUSTERING);
        LocalDate justeringDate = SwedishDates.first(justering);
        String justeringPlace = justering.isEmpty() ? null : cleanPlace(justering);
        if (justeringDate == null) {
            justeringDate = paragraphs.stream().filter(p -> p.title().toLowerCase(Locale.ROOT).contains("juster"))
                    .map(p -> SwedishDates.first(p.text())).filter(d -> d != null).findFirst().orElse(null);
        }

        if (participants.isEmpty()) {
            warnings.add("Inga deltagare hittades i protokollets huvud.");
        }

        return new ParsedMinutes(body, association(header, text.furniture, content), date, time, place, participants,
                secretary, chair, justerare, justeringDate, justeringPlace,
                SwedishDates.first(header.joined(Field.ANSLAG_UP)), SwedishDates.first(header.joined(Field.ANSLAG_DOWN)),
                ESignatures.read(text.signatureLines), paragraphs, extracted.type(), text.sourceText, warnings);
    }

    // ---------------------------------------------------------------- document kind

    private static void checkKind(PreparedText text, List<ParagraphFinder.Heading> headings) {
        StringBuilder top = new StringBuilder();
        int taken = 0;
        for (Line line : text.content) {
            if (!line.blank() && taken++ < 15) {
                top.append(line.text()).append('\n');
            }
        }
        text.furniture.stream().limit(10).forEach(f -> top.append(f).append('\n'));
        StringBuilder all = new StringBuilder();
        text.content.forEach(line -> all.append(line.text()).append('\n'));
        String topText = top.toString();
        String allText = all.toString();

        int minutes = 0;
        if (MINUTES_TITLE.matcher(topText).find()) {
            minutes += 3;
        }
        if (MINUTES_LABELS.matcher(allText).find()) {
            minutes += 2;
        }
        if (MINUTES_VERBS.matcher(allText).find()) {
            minutes += 2;
        }
        if (PRESENT_LABELS.matcher(allText).find()) {
            minutes += 1;
        }
        int kallelse = KALLELSE_TITLE.matcher(topText).find() ? 4 : 0;
        if (kallelse == 0 && AGENDA_TITLE.matcher(firstLines(text, 3)).find()) {
            kallelse = 4;
        }
        Matcher proposals = PROPOSAL_FOR_DECISION.matcher(allText);
        int count = 0;
        while (proposals.find() && count < 3) {
            count++;
        }
        kallelse += count;
        if (INVITATION.matcher(allText).find()) {
            kallelse += 1;
        }
        if (kallelse >= 4 && kallelse > minutes) {
            throw new MinutesImportException(KALLELSE, "Filen ser ut att vara en kallelse (dagordning med förslag till "
                    + "beslut), inte ett protokoll. Importera protokollet från mötet i stället.");
        }
        int invoice = 0;
        for (Pattern sign : INVOICE_SIGNS) {
            if (sign.matcher(allText).find()) {
                invoice++;
            }
        }
        if (invoice >= 4 && (minutes < 3 || headings.isEmpty())) {
            throw new MinutesImportException(INVOICE, "Filen ser ut att vara en faktura, inte ett protokoll.");
        }
    }

    private static String firstLines(PreparedText text, int count) {
        StringBuilder lines = new StringBuilder();
        int taken = 0;
        for (Line line : text.content) {
            if (!line.blank() && taken++ < count) {
                lines.append(line.text()).append('\n');
            }
        }
        return lines.toString();
    }

    // ---------------------------------------------------------------- paragraphs

    private static int trailerStart(List<Line> content, int from) {
        for (int i = from; i < content.size(); i++) {
            String text = content.get(i).text();
            if (text.isEmpty()) {
                continue;
            }
            boolean label = false;
            boolean other = false;
            for (String segment : text.split("\t")) {
                String s = segment.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (TRAILER_LABEL.matcher(s).matches()) {
                    label = true;
                } else if (People.wholeName(s) == null) {
                    other = true;
                }
            }
            if (label && !other) {
                return i;
            }
        }
        return content.size();
    }

    private static List<Paragraph> paragraphs(List<Line> content, List<ParagraphFinder.Heading> headings, int trailerStart,
                                              List<String> headerLines, Body body) {
        String section = null;
        for (int i = 0; i < headings.getFirst().line(); i++) {
            Matcher m = SECTION.matcher(content.get(i).text());
            if (m.matches()) {
                section = sectionName(m.group("name"));
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int k = 0; k < headings.size(); k++) {
            ParagraphFinder.Heading heading = headings.get(k);
            int to = k + 1 < headings.size() ? headings.get(k + 1).line() : trailerStart;
            to = Math.max(to, heading.bodyStart());
            List<String> lines = new ArrayList<>();
            String nextSection = null;
            for (int i = heading.bodyStart(); i < to; i++) {
                String line = content.get(i).text();
                Matcher m = SECTION.matcher(line);
                if (m.matches() && restIsBlank(content, i + 1, to)) {
                    nextSection = sectionName(m.group("name"));
                    continue;
                }
                lines.add(line);
            }
            String text = tidy(lines);
            Decision decision = DecisionReader.read(lines, heading.title(), text, body);
            int lastLine = content.get(Math.max(heading.line(), Math.min(to, content.size()) - 1)).index();
            paragraphs.add(new Paragraph(heading.number(), heading.title(), section, text, decision,
                    content.get(heading.line()).index(), lastLine, heading.doubts()));
            if (nextSection != null) {
                section = nextSection;
            }
        }
        return paragraphs;
    }

    private static boolean restIsBlank(List<Line> content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!content.get(i).blank()) {
                return false;
            }
        }
        return true;
    }

    private static String sectionName(String written) {
        String name = written.strip();
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            name = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }
        return name;
    }

    /** Lines joined, tabs as spaces, runs of blank lines as one. */
    private static String tidy(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            String l = line.replace('\t', ' ').strip();
            if (l.isEmpty()) {
                blank = !text.isEmpty();
                continue;
            }
            if (!text.isEmpty()) {
                text.append(blank ? "\n\n" : "\n");
            }
            text.append(l);
            blank = false;
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- header

    private static List<Participant> participants(HeaderFields header) {
        Map<Field, Attendance> groups = new EnumMap<>(Field.class);
        groups.put(Field.DECISION_MAKERS, Attendance.DECISION_MAKER);
        groups.put(Field.PRESENT, Attendance.DECISION_MAKER);
        groups.put(Field.SERVING_SUBSTITUTES, Attendance.SERVING_SUBSTITUTE);
        groups.put(Field.SUBSTITUTES, Attendance.SUBSTITUTE);
        groups.put(Field.OTHERS, Attendance.OTHER);
        Map<String, Participant> byName = new LinkedHashMap<>();
        groups.forEach((field, attendance) -> {
            for (String value : header.get(field)) {
                for (Participant p : People.entries(value, attendance, field == Field.PRESENT)) {
                    byName.putIfAbsent(p.name(), p);
                }
            }
        });
        return List.copyOf(byName.values());
    }

    private static String firstName(List<String> values) {
        for (String value : values) {
            String name = People.leadingName(value.replace('\t', ' '));
            if (name == null) {
                List<String> names = People.namesIn(value);
                name = names.isEmpty() ? null : names.getFirst();
            }
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static List<String> justerare(HeaderFields header, List<Paragraph> paragraphs, String chair, String secretary) {
        List<String> names = new ArrayList<>();
        String value = header.joined(Field.JUSTERARE);
        boolean besidesChair = value.toLowerCase(Locale.ROOT).matches("(?U).*\\b(?:utöver|jämte|förutom|tillsammans med)\\b.*");
        for (String line : header.get(Field.JUSTERARE)) {
            for (String name : People.namesIn(line)) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty()) {
            for (Paragraph p : paragraphs) {
                if (p.title().toLowerCase(Locale.ROOT).matches("(?U).*\\b(?:justera|justerare|justeringsperson\\w*|protokolljusterare)\\b.*")) {
                    String text = String.join(" ", p.decision().clauses()) + " " + p.text();
                    besidesChair = true;
                    for (String name : People.namesIn(text)) {
                        if (!names.contains(name)) {
                            names.add(name);
                        }
                    }
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            // "Justeras  Ove Lund  Ida Kvarn" under the signature lines: the chair signs too.
            for (String line : header.get(Field.SIGNATURES)) {
                for (String name : People.namesIn(line)) {
                    if (!names.contains(name) && !name.equals(secretary)) {
                        names.add(name);
                    }
                }
            }
            besidesChair = true;
        }
        if (chair != null && names.size() > 1 && (besidesChair || names.contains(chair))) {
            names.remove(chair);
        }
        return names;
    }

    private static LocalDate meetingDate(HeaderFields header, List<String> furniture, String fileName) {
        LocalDate date = firstNonNull(SwedishDates.first(header.joined(Field.DATE)),
                SwedishDates.first(header.joined(Field.PLACE_TIME)), SwedishDates.first(header.joined(Field.TIME)),
                SwedishDates.first(String.join(" \n ", header.titleLines)),
                SwedishDates.first(String.join(" \n ", furniture)),
                fileName == null ? null : SwedishDates.first(fileName.replace('_', '-')));
        if (date != null) {
            return date;
        }
        LocalDate reference = firstNonNull(SwedishDates.first(header.joined(Field.JUSTERING)),
                SwedishDates.first(header.joined(Field.ANSLAG_UP)));
        if (reference != null) {
            return firstNonNull(SwedishDates.firstWithoutYear(header.joined(Field.DATE), reference.getYear()),
                    SwedishDates.firstWithoutYear(header.joined(Field.PLACE_TIME), reference.getYear()));
        }
        return null;
    }

    private static String place(HeaderFields header, List<String> headerLines) {
        if (header.has(Field.PLACE)) {
            String place = cleanPlace(header.joined(Field.PLACE));
            if (place != null) {
                return place;
            }
        }
        if (header.has(Field.PLACE_TIME)) {
            String place = cleanPlace(header.joined(Field.PLACE_TIME));
            if (place != null) {
                return place;
            }
        }
        for (String line : headerLines) {
            Matcher online = ONLINE.matcher(line);
            if (online.find() && !line.toLowerCase(Locale.ROOT).contains("justering")) {
                String found = online.group(1).strip();
                return Character.toUpperCase(found.charAt(0)) + found.substring(1);
            }
        }
        return null;
    }

    /** "Skype, fredagen den 19 mars 2021" → "Skype"; "Kommunhuset Kristallen måndag den 29 mars 2021" → "Kommunhuset Kristallen". */
    private static String cleanPlace(String value) {
        String text = SwedishDates.withoutTimes(SwedishDates.withoutDates(value));
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[,;\\t]")) {
            String p = part.replaceAll("(?iU)\\b(?:kl|klockan|den|tid|plats|datum)\\b\\.?", " ")
                    .replaceAll("^[\\s–\\-:.]+|[\\s–\\-:.,]+$", "")
                    .replaceAll("\\s+", " ").strip();
            if (!p.isEmpty() && p.matches(".*\\p{L}.*")) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    // ---------------------------------------------------------------- organ and association

    private static Body body(HeaderFields header, List<String> furniture, List<Line> content) {
        Map<Body, Integer> votes = new EnumMap<>(Body.class);
        List<String> strong = new ArrayList<>(header.titleLines);
        strong.addAll(header.get(Field.ORGAN));
        strong.addAll(furniture);
        for (String line : strong) {
            Body found = bodyIn(line);
            if (found != null) {
                votes.merge(found, 5, Integer::sum);
            }
        }
        for (Line line : content) {
            Matcher m = BODY_INTRO.matcher(line.text());
            if (m.find()) {
                Body found = bodyIn(m.group(1));
                if (found != null) {
                    votes.merge(found, 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Body.OTHER);
    }

    private static final List<Map.Entry<Body, Pattern>> BODY_WORDS = List.of(
            Map.entry(Body.ARBETSUTSKOTT, Pattern.compile("(?iU)arbetsutskott|\\bau\\b|au-(?:möte|sammanträde|protokoll)")),
            Map.entry(Body.BEREDNINGSGRUPP, Pattern.compile("(?iU)beredningsgrupp|beredningsmöte")),
            Map.entry(Body.AGARSAMRAD, Pattern.compile("(?iU)ägarsamråd|medlemssamråd|ägardialog|samråd med (?:ägarna|medlemmarna)|"
                    + "ägarmöte|medlemsmöte")),
            Map.entry(Body.REVISORER, Pattern.compile("(?iU)\\brevisor(?:er|erna|ernas|smöte)\\b|revisionsmöte")),
            Map.entry(Body.STYRELSE, Pattern.compile("(?iU)styrelse|förbundsstyrelse")));

    /** The organ named first in the line. */
    private static Body bodyIn(String line) {
        Body best = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<Body, Pattern> entry : BODY_WORDS) {
            Matcher m = entry.getValue().matcher(line);
            if (m.find() && m.start() < at) {
                best = entry.getKey();
                at = m.start();
            }
        }
        return best;
    }

    private static String association(HeaderFields header, List<String> furniture, List<Line> content) {
        List<String> sources = new ArrayList<>(header.titleLines);
        sources.addAll(header.get(Field.ORGAN));
        sources.addAll(furniture);
        for (List<String> values : header.values.values()) {
            sources.addAll(values);
        }
        content.stream().limit(400).forEach(line -> sources.add(line.text()));
        String shouted = null;
        for (String source : sources) {
            boolean capitals = source.equals(source.toUpperCase(Locale.ROOT));
            String found = associationIn(capitals ? titleCase(source) : source);
            if (found != null && !capitals) {
                return found;
            }
            if (found != null && shouted == null) {
                shouted = found;
            }
        }
        return shouted;
    }

    private static String associationIn(String line) {
        Matcher first = ASSOCIATION_FIRST.matcher(line);
        if (first.find()) {
            String name = trimAssociation(first.group(1));
            if (name.contains(" ")) {
                return name;
            }
        }
        Matcher last = ASSOCIATION_LAST.matcher(line);
        while (last.find()) {
            String word = last.group(1);
            if (!ASSOCIATION_STOP.contains(word.toLowerCase(Locale.ROOT).replaceAll("^.*\\s", ""))) {
                return word + " " + last.group(2);
            }
        }
        return null;
    }

    private static String trimAssociation(String found) {
        List<String> words = new ArrayList<>();
        for (String word : found.split("\\s+")) {
            if (ASSOCIATION_STOP.contains(word.toLowerCase(Locale.ROOT)) || word.matches("\\d.*")) {
                break;
            }
            words.add(word);
        }
        while (!words.isEmpty() && words.getLast().matches("(?iU)i|och|&")) {
            words.removeLast();
        }
        return String.join(" ", words);
    }

    private static String titleCase(String text) {
        StringBuilder result = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            if (word.isEmpty() || word.matches("i|och|län|av|för")) {
                result.append(word);
            } else if (word.length() <= 3 && word.matches("\\p{L}+")) {
                result.append(word.toUpperCase(Locale.ROOT));
            } else {
                result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return result.toString();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
