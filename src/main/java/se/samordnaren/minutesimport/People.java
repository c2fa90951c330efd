package se.samordnaren.minutesimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names, member organisations and roles in the way Swedish minutes list people: "Göran Wallén (m), Lunds kommun,
 * ordförande", "Kristina Svensson, FK, Beredningsgr.", a table row "Anna Berg → ledamot → Region Skåne".
 */
final class People {

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}[\\p{Ll}'’]+)?|\\p{Lu}\\.");
    private static final Set<String> PARTICLES = Set.of("von", "af", "van", "de", "der", "den", "la", "le", "du", "di",
            "da", "bin", "al", "el", "ter", "dos", "del");
    private static final Set<String> NOT_NAMES = Set.of(
            // organisations and places
            "region", "regionen", "kommun", "kommunen", "stad", "staden", "försäkringskassan", "arbetsförmedlingen",
            "samordningsförbundet", "samordningsförbund", "landstinget", "finsam", "förbundet", "kommunhuset",
            "stadshuset", "skype", "zoom", "teams", "microsoft", "digitalt", "digital", "kansliet", "kristallen",
            // roles and header words
            "ordförande", "vice", "ledamot", "ledamöter", "ersättare", "sekreterare", "förbundschef", "förbundssamordnare",
            "justerare", "justerande", "mötesordförande", "protokollförare", "beslutande", "närvarande", "övriga",
            "frånvarande", "tjänstgörande", "adjungerad", "adjungerade", "revisor", "revisorer", "projektledare",
            "verksamhetschef", "socialdirektör", "delprojektledare", "biträdande", "processledare", "samordnare",
            "handläggare", "controller", "ekonom", "gäst", "gäster", "beredningsgrupp", "beredningsgruppen",
            "styrelsen", "styrelse", "arbetsutskottet", "ägarsamrådet", "mötet", "sammanträdet", "protokoll",
            "protokollet", "plats", "tid", "datum", "dnr", "sida", "kl", "paragrafer", "underskrifter", "anslag",
            "bevis", "organ", "signerat", "signerade", "detta", "dokument", "transaktion", "bilaga", "svensk", "svenskt",
            "bankid", "verifikat", "titel", "namn", "roll", "identifiering", "signatur",
            // function words that start sentences
            "att", "och", "den", "det", "de", "vid", "till", "från", "med", "för", "som", "utöver", "jämte", "samt",
            "enligt", "dessutom", "även", "också", "därefter", "sedan", "nu", "här", "där", "han", "hon", "vi", "ni",
            "man", "inget", "ingen", "inga", "alla", "både", "efter", "innan", "under", "över", "genom", "mellan",
            "hos", "om", "i", "på", "av", "ett", "en", "ny", "nya", "tidigare", "nuvarande", "valdes", "utses",
            "väljs", "förslag", "beslut", "information", "övrigt", "inför", "val", "mötets", "dagordning", "nästa",
            // months and weekdays
            "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
            "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen");

    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}-]*";
    static final Pattern ORGANISATION = Pattern.compile("(?U)(Försäkringskassan|Försäkringskassa|Arbetsförmedlingen|"
            + "Arbetsförmedling|Västra Götalandsregionen|Region\\s+" + PLACE_WORD + "(?:\\s+län)?|Regionen|"
            + "Landstinget\\s+" + PLACE_WORD + "|" + PLACE_WORD + "\\s+läns\\s+landsting|"
            + "(?:(?:Norra|Södra|Östra|Västra|Upplands|Lilla|Stora|Övre|Nedre)\\s+)?" + PLACE_WORD + "\\s+(?:kommun|stad)\\b|"
            + "Kommunen|Samordningsförbundet\\s+" + PLACE_WORD + "(?:\\s+" + PLACE_WORD + ")?|"
            + PLACE_WORD + "\\s+samordningsförbund\\b|\\bFK\\b|\\bAF\\b|\\bAf\\b|\\bVGR\\b)");
    private static final Pattern PARTY = Pattern.compile("(?iU)\\s*\\((?:s|m|l|c|v|kd|mp|sd|fp|fi|pp|[\\p{L}]{1,3})\\)");
    private static final Pattern PARAGRAPH_NOTE = Pattern.compile("(?iU)\\s*\\(?\\s*(?:del av\\s+|under\\s+|närvarande\\s+)?"
            + "(?:§§?|paragraf(?:erna)?|p\\.)\\s*\\d+(?:\\s*(?:[-–,]|och|t\\.?o\\.?m\\.?)\\s*\\d+)*\\s*\\)?");
    private static final Pattern PARAGRAPH_REFERENCE = Pattern.compile("(?U)^(?:\\p{Lu}\\p{L}{0,7}\\.?\\s*)?§?\\s*\\d{1,4}"
            + "(?:\\s*(?:[-–,]|och)\\s*\\d{1,4})*$");
    private static final Pattern STAFF = Pattern.compile("(?iU)förbundschef|förbundssamordnare|sekreterare|samordnare|"
            + "ekonom|controller|revisor|tjänste(?:man|person)|handläggare|projektledare|processledare|utvecklare|"
            + "\\bchef\\b|strateg|gäst|adjungerad|beredningsgr|sakkunnig|konsult|föredragande|kansli|"
            + "verksamhetsutvecklare|koordinator|utvärderare");
    private static final Pattern CHAIR_ROLE = Pattern.compile("(?iU)^(?:mötes)?ordf(?:örande|\\.)?$|^ordförande\\b(?!.*vice)");

    private People() {
    }

    private static final Pattern TITLE_WORD = Pattern.compile("(?U).*(?:chef|råd|direktör|ordförande|ledamot|"
            + "samordnare|handläggare|strateg|utvecklare|sekreterare|ansvarig|ledare|kommunstyrelsens|regionstyrelsens|"
            + "nämndens)$");

    static boolean isNameWord(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return NAME_WORD.matcher(token).matches() && !NOT_NAMES.contains(lower) && !TITLE_WORD.matcher(lower).matches();
    }

    /** The name at the start of the text ("Göran Wallén (m), Lunds …" → "Göran Wallén"), or null. */
    static String leadingName(String text) {
        if (text == null) {
            return null;
        }
        String[] tokens = text.strip().split("\\s+");
        List<String> name = new ArrayList<>();
        int words = 0;
        for (String raw : tokens) {
            boolean ends = raw.endsWith(",") || raw.endsWith(";") || raw.endsWith(":");
            String token = raw.replaceAll("[,;:]+$", "");
            if (isNameWord(token)) {
                name.add(token);
                if (!token.endsWith(".")) {
                    words++;
                }
            } else if (!name.isEmpty() && PARTICLES.contains(token)) {
                name.add(token);
            } else {
                break;
            }
            if (ends || name.size() >= 5) {
                break;
            }
        }
        while (!name.isEmpty() && PARTICLES.contains(name.getLast())) {
            name.removeLast();
        }
        return words >= 2 ? String.join(" ", name) : null;
    }

    /** The text is a name and nothing else (a party or initials in brackets may follow). */
    static String wholeName(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("[,.;:]+$", "").strip();
        String name = leadingName(plain);
        return name != null && name.equals(plain) ? name : null;
    }

    /** Every name-like run of words in running text ("Utöver ordförande Göran Wallén valdes Alexander Werne …"). */
    static List<String> namesIn(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        if (text.indexOf('\t') >= 0) {
            // Cells of a table row or columns of a signature block are separate.
            for (String cell : text.split("\t")) {
                names.addAll(namesIn(cell));
            }
            return names;
        }
        String[] tokens = text.split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replaceAll("^[(\"”'«]+", "");
            if (!isNameWord(token.replaceAll("[,;:.)]+$", "")) || token.endsWith(".") && token.length() > 2) {
                continue;
            }
            StringBuilder rest = new StringBuilder(token);
            for (int j = i + 1; j < tokens.length && j < i + 5; j++) {
                rest.append(' ').append(tokens[j]);
            }
            String name = leadingName(rest.toString().replaceAll("[.)]+(\\s|$)", ",$1"));
            if (name != null) {
                names.add(name);
                i += name.split("\\s+").length - 1;
            }
        }
        return names;
    }

    static boolean isOrganisation(String text) {
        Matcher m = ORGANISATION.matcher(text.strip());
        return m.matches();
    }

    /**
     * The people on one line of a participant list. Segments are split at tabs, semicolons and commas; a segment that
     * starts with a name starts a person, the others are that person's member organisation or role.
     */
    static List<Participant> entries(String line, Attendance group, boolean mixedGroup) {
        List<Participant> people = new ArrayList<>();
        String text = PARAGRAPH_NOTE.matcher(line).replaceAll(" ");
        text = PARTY.matcher(text).replaceAll("");
        String[] segments = text.split("\\t|;|,|\\s+[–—-]\\s+|\\s+/\\s+");
        String name = null;
        String member = null;
        StringBuilder role = new StringBuilder();
        for (String raw : segments) {
            String segment = raw.strip().replaceAll("^[-•*·]\\s*", "").replaceAll("^(?i)och\\s+", "");
            if (segment.isEmpty()) {
                continue;
            }
            if (PARAGRAPH_REFERENCE.matcher(segment).matches()) {
                continue;
            }
            // "Gun Ek Kalmar kommun" (a flattened table row): the organisation comes off before the name is read.
            Matcher inSegment = ORGANISATION.matcher(segment);
            String foundMember = null;
            if (inSegment.find() && inSegment.start() > 0 && leadingName(segment.substring(0, inSegment.start())) != null) {
                foundMember = inSegment.group(1);
                segment = (segment.substring(0, inSegment.start()) + " " + segment.substring(inSegment.end())).strip();
            }
            String leading = leadingName(segment);
            if (leading == null && !isOrganisation(segment)) {
                // "Kommunstyrelsens ordförande Lena Falk": the title before the name.
                List<String> inside = namesIn(segment);
                if (!inside.isEmpty() && segment.endsWith(inside.getLast()) && Character.isUpperCase(segment.codePointAt(0))) {
                    String title = segment.substring(0, segment.length() - inside.getLast().length()).strip();
                    if (name != null) {
                        people.add(participant(name, role.toString(), member, group, mixedGroup));
                    }
                    name = inside.getLast();
                    member = null;
                    role.setLength(0);
                    role.append(title);
                    continue;
                }
            }
            if (leading != null && !isOrganisation(segment)) {
                if (name != null) {
                    people.add(participant(name, role.toString(), member, group, mixedGroup));
                }
                name = leading;
                member = foundMember;
                role.setLength(0);
                segment = segment.substring(segment.indexOf(leading) + leading.length()).strip();
                if (segment.isEmpty()) {
                    continue;
                }
            }
            if (name == null) {
                continue;
            }
            Matcher organisation = ORGANISATION.matcher(segment);
            if (member == null && organisation.find()) {
                member = organisation.group(1);
                segment = (segment.substring(0, organisation.start()) + " " + segment.substring(organisation.end())).strip();
            }
            segment = segment.replaceAll("^[()\\s]+|[()\\s]+$", "");
            if (!segment.isEmpty()) {
                if (!role.isEmpty()) {
                    role.append(", ");
                }
                role.append(segment);
            }
        }
        if (name != null) {
            people.add(participant(name, role.toString(), member, group, mixedGroup));
        }
        return people;
    }

    private static Participant participant(String name, String role, String member, Attendance group, boolean mixedGroup) {
        String lower = role.toLowerCase(Locale.ROOT);
        Attendance attendance = group;
        if (lower.matches("(?U).*\\b(?:ej|icke|inte)\\s+tjänstgörande.*")) {
            attendance = Attendance.SUBSTITUTE;
        } else if (lower.matches("(?U).*\\b(?:tjänstgörande|tjg\\.?|tjänstgör)\\b.*")) {
            attendance = Attendance.SERVING_SUBSTITUTE;
        } else if (group == Attendance.DECISION_MAKER && lower.matches("(?U).*\\bersättare\\b.*")) {
            attendance = mixedGroup ? Attendance.SUBSTITUTE : Attendance.SERVING_SUBSTITUTE;
        } else if (group == Attendance.DECISION_MAKER && mixedGroup && STAFF.matcher(lower).find()) {
            attendance = Attendance.OTHER;
        }
        String shownRole = role.isBlank() || lower.strip().matches("tjänstgörande|tjg\\.?")
                ? defaultRole(attendance) : role.strip();
        if (attendance == Attendance.SERVING_SUBSTITUTE && !lower.contains("ersättare") && !lower.contains("tjänstgör")) {
            // "Bo Gustafsson, Region Västmanland, för Lena Ivarsson" under "Tjänstgörande ersättare".
            shownRole = lower.startsWith("för ") ? "tjänstgörande ersättare " + role.strip() : defaultRole(attendance)
                    + (role.isBlank() ? "" : ", " + role.strip());
        }
        return new Participant(name, shownRole, member, attendance);
    }

    private static String defaultRole(Attendance attendance) {
        return switch (attendance) {
            case DECISION_MAKER -> "ledamot";
            case SERVING_SUBSTITUTE -> "tjänstgörande ersättare";
            case SUBSTITUTE -> "ersättare";
            case OTHER -> null;
        };
    }

    static boolean isChairRole(String role) {
        return role != null && CHAIR_ROLE.matcher(role.strip()).find() && !role.toLowerCase(Locale.ROOT).contains("vice");
    }

    static boolean isSecretaryRole(String role) {
        return role != null && role.toLowerCase(Locale.ROOT).matches("(?U).*\\b(?:sekreterare|protokollförare|sekr\\.)\\b.*");
    }
}
