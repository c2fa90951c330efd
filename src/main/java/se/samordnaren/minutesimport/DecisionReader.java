package se.samordnaren.minutesimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph's decision and its outcome, read from how Swedish minutes phrase them: an intro ("Styrelsen
 * beslutade", "Arbetsutskottet beslutar att …", "… föreslår styrelsen att …"), a heading ("Beslut:", "Styrelsens
 * beslut", "Förslag till beslut"), "Att …" lines under them, or a short sentence standing alone ("Den utsända
 * dagordningen godkänns.", "Informationen noteras."). The decision is the last such block of the paragraph (what comes
 * before is the background); a proposal followed by a decision "enligt förslaget" takes the proposal's clauses.
 */
final class DecisionReader {

    private static final String SUBJECT = "(?:förbunds)?styrelsen|arbetsutskottet|au|beredningsgruppen|beredningen|"
            + "ägarsamrådet|samrådet|medlemssamrådet|revisorerna|mötet|sammanträdet|presidiet|utskottet|gruppen|nämnden|"
            + "ledamöterna|förbundschefen|förbundssamordnaren|förbundsdirektören|ordföranden|ordförande|kansliet";
    private static final String ADVERBS = "(?:(?:har|hade|därför|därmed|enhälligt|enigt|också|även|då|sedan|vidare|"
            + "slutligen|således|alltså|nu|dessutom|gemensamt|för egen del|i dag|idag)\\s+)*";
    private static final String PRESENT = "beslutar|beslutat|besluta|godkänner|beviljar|antar|fastställer|utser|väljer|"
            + "noterar|lägger|föreslår|avslår|återremitterar|bordlägger|tillstyrker|avstyrker|rekommenderar|tackar|"
            + "tar del|uppdrar|ger|bifaller|antecknar|ställer sig bakom|överlämnar|delegerar|godkänt|beviljat|antagit|"
            + "fastställt|noterat|föreslagit";
    private static final String PAST = "beslutade|beslöt|godkände|beviljade|antog|fastställde|utsåg|valde|noterade|lade|"
            + "föreslog|avslog|återremitterade|bordlade|tillstyrkte|avstyrkte|rekommenderade|tackade|tog del|uppdrog|gav|"
            + "biföll|antecknade|ställde sig bakom|överlämnade|delegerade";
    private static final Pattern INTRO = Pattern.compile("(?iU)^(?:[-•*]\\s*)?(?<subj>" + SUBJECT + ")\\s+" + ADVERBS
            + "(?<verb>" + PRESENT + "|" + PAST + ")(?![\\p{L}])(?<rest>.*)$");
    private static final Pattern PROPOSE_VERB = Pattern.compile("(?iU)föreslår|föreslog|föreslagit|rekommenderar|"
            + "rekommenderade|tillstyrker|tillstyrkte|avstyrker|avstyrkte|överlämnar|överlämnade");
    private static final Pattern PAST_VERB = Pattern.compile("(?iU)" + PAST);
    private static final Pattern HEADING = Pattern.compile("(?iU)^(?:[-•*]\\s*)?(?<h>beslut|beslutet|beslutades|beslutade|"
            + "beslutsförslag|förslag till beslut|förslag till (?:förbunds)?styrelsen|förslag till (?:förbunds)?styrelsens beslut|"
            + "\\p{L}+s\\s+beslut|\\p{L}+s\\s+förslag(?:\\s+till\\s+(?:förbunds)?styrelsen)?(?:\\s+till\\s+beslut)?|förslag)"
            + "(?![\\p{L}])\\s*(?<colon>:)?\\s*(?<rest>.*)$");
    private static final Pattern PASSIVE_PRESENT = Pattern.compile("(?iU)\\b(?:godkänns|fastställs|antas|beviljas|väljs|"
            + "utses|noteras|antecknas|avslås|återremitteras|bordläggs|bifalls|tillstyrks|avstyrks|överlämnas|delegeras|"
            + "uppdras|föreslås|läggs\\b.{0,60}?\\btill handlingarna|tas emot|tackas)\\b");
    private static final Pattern PASSIVE_PAST = Pattern.compile("(?iU)\\b(?:godkändes|fastställdes|antogs|beviljades|"
            + "valdes|utsågs|noterades|antecknades|avslogs|återremitterades|bordlades|bifölls|"
            + "lades\\b.{0,60}?\\btill handlingarna)\\b");
    private static final Pattern CLAUSE = Pattern.compile("(?iU)^(?:[-•*–]\\s*|\\d{1,2}[.)]\\s*)?att\\s+\\S.*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•*–]|\\d{1,2}[.)])\\s*\\S.*");
    private static final Pattern STOP = Pattern.compile("(?iU)^(?:beslutet\\s+(?:skickas|expedieras|delges|meddelas)|"
            + "expedieras|expediering|protokollsutdrag|utdrag\\s+till|reservation|reserverar|jäv|underlag|bilaga|"
            + "bilagor|handlingar|beslutsunderlag|yrkanden?|propositionsordning|beslutsgång|särskilt yttrande|"
            + "paragrafen\\s+(?:justeras|förklaras)|omedelbart justerad|justeras omedelbart|bakgrund|ärendebeskrivning|"
            + "sammanfattning|beskrivning av ärendet|ärendet|föredragande|skickas till|för kännedom|kopia till)\\b");
    private static final Pattern AS_PROPOSED = Pattern.compile("(?iU)enligt\\s+(?:\\S+\\s+){0,3}?förslag|i enlighet med\\s+"
            + "(?:\\S+\\s+){0,3}?förslag|bifall\\w*\\s+(?:\\S+\\s+){0,2}?förslag|biföll\\s+(?:\\S+\\s+){0,2}?förslag");

    // Outcome vocabulary.
    private static final Pattern REFERRED_BACK = Pattern.compile("(?iU)återremi|åter\\s*remi");
    private static final Pattern POSTPONED = Pattern.compile("(?iU)bordl[äa]|bordlagd|bordlagt|skjut\\w*\\s+upp|"
            + "skjuts\\s+upp|sköts\\s+upp|ajourner|vilande|tas\\s+upp\\s+(?:igen\\s+)?(?:på|vid)\\s+(?:nästa|ett\\s+senare|"
            + "kommande)\\s+(?:\\S+\\s+)?(?:möte|sammanträde)");
    private static final Pattern REJECTED = Pattern.compile("(?iU)\\bavsl[åa]\\w*|\\bavslag\\w*|\\bavslog\\w*|"
            + "\\b(?:inte|ej|icke)\\s+(?:\\S+\\s+)?(?:bevilja|godkänna|bifalla|anta|tillstyrka|stödja|finansiera)\\w*|"
            + "\\bavstyrk\\w*");
    private static final Pattern NOTED = Pattern.compile("(?iU)till handlingarna|\\bnoter\\w*|\\banteckna\\w*|"
            + "\\btack\\w*\\s+för\\s+(?:informationen|redovisningen|rapporten|dragningen|presentationen)|"
            + "\\bt(?:a|ar|og|agit)\\s+del\\s+av|\\bgodkän\\w*\\s+informationen|informationen\\s+(?:godkänns|tas\\s+emot)|"
            + "\\bta\\s+emot\\s+(?:informationen|rapporten|redovisningen)|\\btas\\s+emot\\b|\\bemottag|\\bmottaga");
    private static final Pattern STRONG_APPROVAL = Pattern.compile("(?iU)bevilj\\w*|\\bant(?:a|ar|as|og|ogs|agit|agits)\\b|"
            + "fastställ\\w*|\\butse\\w*|\\butser\\b|\\butses\\b|\\butsåg\\w*|\\bvälj\\w*|\\bvaldes\\b|\\bvalde\\b|"
            + "\\bomvälj\\w*|\\bbifall\\w*|\\bbiföll|\\buppdra\\w*|\\bi\\s+uppdrag|\\btilldela\\w*|\\banställ\\w*|"
            + "\\bteckna\\w*|\\bförläng\\w*|\\bgenomföra\\b|\\binrätta\\w*|\\bavsätt\\w*|\\bställ\\w*\\s+sig\\s+bakom");
    private static final String ORGANS = "(?:förbunds)?styrelsen|arbetsutskottet|au|ägarsamrådet";
    private static final Pattern PROPOSAL = Pattern.compile("(?iU)föreslå\\w*\\s+(?:därför\\s+|att\\s+)?(?<target>" + ORGANS
            + "|medlemmarna|medlemsorganisationerna|förbundsmedlemmarna|huvudmännen|(?:kommun|region)?fullmäktige)|"
            + "(?:rekommender|tillstyrk|avstyrk)\\w*\\s+(?:därför\\s+)?(?<target1>" + ORGANS + ")|"
            + "förslag\\s+till\\s+(?<target2>" + ORGANS + "|medlemmarna)|"
            + "(?<target3>" + ORGANS + ")\\s+föreslås|"
            + "överlämna\\w*\\s+(?:\\S+\\s+){0,3}?till\\s+(?<target4>" + ORGANS + ")\\s+(?:för|att)\\s+(?:beslut|besluta|fatta)");
    private static final Pattern RECOMMENDS = Pattern.compile("(?iU)\\btillstyrk\\w*|\\bavstyrk\\w*|\\brekommender\\w*");
    static final Pattern DELEGATION = Pattern.compile("(?iU)delegationsbeslut|delegeringsbeslut|delegationsärend|"
            + "delegerade\\s+beslut|beslut\\s+(?:fattade|tagna|fattat|taget)\\s+(?:på|enligt|med\\s+stöd\\s+av)\\s+delegation|"
            + "anmälan\\s+av\\s+delegation|redovisning\\s+av\\s+delegation|anmälningsärenden");
    private static final Pattern PROCEDURAL = Pattern.compile("(?iU)\\b(?:öppna\\w*|öppnande|avslut\\w*|närvaro|upprop|inledning|"
            + "välkommen|välkomna|mötet\\s+avslutas|sammanträdet\\s+avslutas)\\b");
    private static final Pattern NEGATIVE = Pattern.compile("(?iU)\\b(?:inget|inga|ingenting|ingen)\\b|hanns\\s+inte|"
            + "\\butgår\\b|\\butgick\\b|inte\\s+behandla|ej\\s+behandla|\\bbordlagd|\\bstruken|\\bströk");

    private DecisionReader() {
    }

    private enum Kind { DECIDE, PROPOSE }

    private record Block(Kind kind, List<String> clauses, String intro, int start, int end, boolean passive) {
    }

    /** The line opens a decision (used to keep such a line out of a heading's title). */
    static boolean startsDecision(String line) {
        return acceptedIntro(line) != null || heading(line) != null || CLAUSE.matcher(line).matches();
    }

    static Decision read(List<String> lines, String title, String text, Body body) {
        List<Block> blocks = blocks(lines);
        List<Block> decisions = blocks.stream().filter(b -> b.kind() == Kind.DECIDE).toList();
        List<Block> proposals = blocks.stream().filter(b -> b.kind() == Kind.PROPOSE).toList();

        if (decisions.isEmpty() && proposals.isEmpty()) {
            return new Decision(List.of(), withoutDecision(title, text));
        }
        if (decisions.isEmpty()) {
            List<String> clauses = clausesOf(proposals);
            String all = joined(proposals);
            Outcome outcome = proposalTarget(all, body) || body != Body.STYRELSE && body != Body.AGARSAMRAD
                    ? Outcome.PROPOSAL : classify(all, title, body);
            return new Decision(clauses, outcome);
        }
        List<String> clauses = clausesOf(decisions);
        String all = joined(decisions);
        if (AS_PROPOSED.matcher(all).find() && !proposals.isEmpty()) {
            List<String> proposed = clausesOf(proposals);
            String proposalText = joined(proposals);
            boolean onlyAsProposed = clauses.stream().allMatch(c -> AS_PROPOSED.matcher(c).find() && c.split("\\s+").length <= 8);
            if (onlyAsProposed) {
                clauses = proposed;
            }
            Outcome outcome = classify(all, title, body);
            if (outcome == Outcome.APPROVED || outcome == Outcome.PROPOSAL) {
                Outcome fromProposal = classify(stripProposalTarget(proposalText), title, body);
                outcome = fromProposal == Outcome.PROPOSAL ? Outcome.APPROVED : fromProposal;
            }
            return new Decision(clauses, outcome);
        }
        return new Decision(clauses, classify(all, title, body));
    }

    // ---------------------------------------------------------------- blocks

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher intro = acceptedIntro(line);
            Matcher head = intro == null ? heading(line) : null;
            boolean passive = intro == null && head == null && standalonePassive(lines, i);
            if (intro == null && head == null && !passive) {
                continue;
            }
            List<String> clauses = new ArrayList<>();
            Kind kind;
            int next;
            if (intro != null) {
                kind = PROPOSE_VERB.matcher(intro.group("verb")).matches() ? Kind.PROPOSE : Kind.DECIDE;
                String rest = intro.group("rest").strip();
                Matcher att = Pattern.compile("(?iU)(?:^|\\s|:)(att\\s+\\S.*)$").matcher(rest);
                String first = null;
                if (att.find()) {
                    first = att.group(1);
                } else if (!rest.replaceAll("[:.,]", "").isBlank() && !AS_PROPOSED.matcher(rest).find()) {
                    first = line;
                } else if (AS_PROPOSED.matcher(rest).find()) {
                    first = rest.replaceAll("^[:,\\s]+", "");
                }
                next = collect(lines, i, first, clauses);
            } else if (head != null) {
                String h = head.group("h").toLowerCase(Locale.ROOT);
                kind = h.contains("förslag") ? Kind.PROPOSE : Kind.DECIDE;
                String rest = head.group("rest").strip();
                if (!rest.isEmpty() && acceptedIntro(rest) != null) {
                    // "Beslut: Styrelsen godkänner dagordningen" — the intro is read as a block of its own.
                    Matcher inner = acceptedIntro(rest);
                    kind = PROPOSE_VERB.matcher(inner.group("verb")).matches() ? Kind.PROPOSE : kind;
                    String innerRest = inner.group("rest").strip();
                    Matcher att = Pattern.compile("(?iU)(?:^|\\s|:)(att\\s+\\S.*)$").matcher(innerRest);
                    next = collect(lines, i, att.find() ? att.group(1) : rest, clauses);
                    blocks.add(new Block(kind, clauses, line, i, next, false));
                    i = next - 1;
                    continue;
                }
                next = collect(lines, i, rest.isEmpty() ? null : rest, clauses);
                if (clauses.isEmpty()) {
                    // "Beslut" followed by a plain sentence: that sentence is the decision.
                    int k = i + 1;
                    while (k < lines.size() && lines.get(k).isBlank() && k <= i + 2) {
                        k++;
                    }
                    if (k < lines.size() && !lines.get(k).isBlank() && acceptedIntro(lines.get(k).strip()) == null
                            && heading(lines.get(k).strip()) == null && !STOP.matcher(lines.get(k).strip()).find()) {
                        StringBuilder sentence = new StringBuilder();
                        int taken = 0;
                        while (k < lines.size() && !lines.get(k).isBlank() && taken < 4) {
                            sentence.append(sentence.isEmpty() ? "" : " ").append(lines.get(k).strip());
                            k++;
                            taken++;
                        }
                        clauses.add(sentence.toString());
                        next = k;
                    }
                }
            } else {
                kind = PASSIVE_PRESENT.matcher(line).find() && line.toLowerCase(Locale.ROOT).contains("föreslås")
                        ? Kind.PROPOSE : Kind.DECIDE;
                clauses.add(line);
                next = i + 1;
            }
            blocks.add(new Block(kind, clauses, line, i, Math.max(next, i + 1), passive));
            i = Math.max(i, next - 1);
        }
        return lastGroup(blocks, lines);
    }

    /**
     * The decision is the last group of blocks that follow one another with nothing but blank lines between: a
     * decision-like sentence earlier in the paragraph, with text after it, was background.
     */
    private static List<Block> lastGroup(List<Block> blocks, List<String> lines) {
        if (blocks.size() < 2) {
            return blocks;
        }
        int first = blocks.size() - 1;
        while (first > 0 && onlyBlank(lines, blocks.get(first - 1).end(), blocks.get(first).start())) {
            first--;
        }
        // A sentence such as "… tillstyrker att styrelsen beviljas ansvarsfrihet" before an explicit decision is background.
        while (first < blocks.size() - 1 && blocks.get(first).passive()
                && blocks.subList(first + 1, blocks.size()).stream().anyMatch(b -> !b.passive())) {
            first++;
        }
        // A proposal followed by the decision ("Förslag till beslut … Beslut: enligt förslaget") stays together.
        List<Block> group = new ArrayList<>(blocks.subList(first, blocks.size()));
        for (int k = first - 1; k >= 0; k--) {
            if (blocks.get(k).kind() == Kind.PROPOSE) {
                group.addFirst(blocks.get(k));
            }
        }
        return group;
    }

    private static boolean onlyBlank(List<String> lines, int from, int to) {
        for (int i = from; i < to && i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Matcher acceptedIntro(String line) {
        Matcher m = INTRO.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group("rest").strip();
        boolean past = PAST_VERB.matcher(m.group("verb")).matches();
        int words = line.split("\\s+").length;
        if (past && !(rest.matches("(?iU)^(?:att\\b|:|,|\\.|enligt|i enlighet|därför|följande|enhälligt|att:).*")
                || rest.isEmpty() || words <= 12)) {
            return null;
        }
        String subject = m.group("subj").toLowerCase(Locale.ROOT);
        if (subject.matches("ordföranden|ordförande|förbundschefen|förbundssamordnaren|förbundsdirektören|kansliet")
                && !PROPOSE_VERB.matcher(m.group("verb")).matches() && !m.group("verb").toLowerCase(Locale.ROOT).startsWith("besl")) {
            return null;
        }
        return m;
    }

    private static Matcher heading(String line) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group("rest").strip();
        boolean colon = m.group("colon") != null;
        if (rest.isEmpty() || colon || rest.toLowerCase(Locale.ROOT).startsWith("att ")
                || acceptedIntro(rest) != null) {
            if (m.group("h").toLowerCase(Locale.ROOT).equals("förslag") && !colon && rest.isEmpty()) {
                return null;
            }
            return m;
        }
        return null;
    }

    private static boolean standalonePassive(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (line.toLowerCase(Locale.ROOT).startsWith("att ") || Character.isLowerCase(line.codePointAt(0))) {
            return false;
        }
        boolean alone = (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
        int words = line.split("\\s+").length;
        if (!alone) {
            return false;
        }
        return PASSIVE_PRESENT.matcher(line).find() && words <= 30 || PASSIVE_PAST.matcher(line).find() && words <= 15;
    }

    /**
     * The clauses of a block: the first (from the intro line) and the "att" lines that follow, each with the lines it
     * wraps onto. Returns the index after the block.
     */
    private static int collect(List<String> lines, int start, String first, List<String> clauses) {
        StringBuilder current = null;
        // "… föreslår styrelsen att" followed by a list: each item is a clause of its own.
        boolean listFollows = first != null && first.matches("(?iU).*\\batt\\s*:?\\s*$");
        if (first != null && !first.isBlank() && !listFollows) {
            current = new StringBuilder(first.strip());
        }
        int i = start + 1;
        int blanks = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                blanks++;
                if (blanks > 2) {
                    break;
                }
                continue;
            }
            if (STOP.matcher(line).find() || acceptedIntro(line) != null || heading(line) != null) {
                break;
            }
            if (CLAUSE.matcher(line).matches()) {
                if (current != null) {
                    clauses.add(current.toString());
                }
                current = new StringBuilder(line.replaceFirst("^(?:[-•*–]\\s*|\\d{1,2}[.)]\\s*)", ""));
                blanks = 0;
                continue;
            }
            if (listFollows && (LIST_ITEM.matcher(line).matches() || current == null)) {
                if (current != null) {
                    clauses.add(current.toString());
                }
                current = new StringBuilder("att " + line.replaceFirst("^(?:[-•*–]\\s*|\\d{1,2}[.)]\\s*)", ""));
                blanks = 0;
                continue;
            }
            if (current != null && blanks == 0) {
                current.append(' ').append(line);
                continue;
            }
            break;
        }
        if (current != null) {
            clauses.add(current.toString());
        }
        return i;
    }

    private static List<String> clausesOf(List<Block> blocks) {
        List<String> clauses = new ArrayList<>();
        for (Block block : blocks) {
            for (String clause : block.clauses()) {
                String tidy = clause.replace('\t', ' ').replaceAll("\\s+", " ").strip();
                if (!tidy.isEmpty() && !clauses.contains(tidy)) {
                    clauses.add(tidy);
                }
            }
        }
        return clauses;
    }

    private static String joined(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            text.append(block.intro()).append(' ');
            block.clauses().forEach(c -> text.append(c).append(' '));
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- outcome

    static Outcome classify(String decisionText, String title, Body body) {
        String text = decisionText.toLowerCase(Locale.ROOT);
        if (proposalTarget(text, body) || RECOMMENDS.matcher(text).find() && (body == Body.BEREDNINGSGRUPP || body == Body.ARBETSUTSKOTT)) {
            return Outcome.PROPOSAL;
        }
        if (REFERRED_BACK.matcher(text).find()) {
            return Outcome.REFERRED_BACK;
        }
        if (POSTPONED.matcher(text).find()) {
            return Outcome.POSTPONED;
        }
        if (REJECTED.matcher(text).find()) {
            return Outcome.REJECTED;
        }
        if (title != null && DELEGATION.matcher(title).find() || DELEGATION.matcher(text).find()
                && !STRONG_APPROVAL.matcher(text).find()) {
            return Outcome.DELEGATION_REPORTED;
        }
        if (NOTED.matcher(text).find() && !STRONG_APPROVAL.matcher(text).find()) {
            return Outcome.NOTED;
        }
        return Outcome.APPROVED;
    }

    private static boolean proposalTarget(String text, Body body) {
        Matcher m = PROPOSAL.matcher(text);
        while (m.find()) {
            String target = null;
            for (String group : List.of("target", "target1", "target2", "target3", "target4")) {
                if (m.group(group) != null) {
                    target = m.group(group);
                }
            }
            if (target == null || bodyOf(target) != body) {
                return true;
            }
        }
        return false;
    }

    private static String stripProposalTarget(String text) {
        return PROPOSAL.matcher(text).replaceAll(" ");
    }

    private static Body bodyOf(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        if (t.contains("styrelse")) {
            return Body.STYRELSE;
        }
        if (t.contains("arbetsutskott") || t.equals("au")) {
            return Body.ARBETSUTSKOTT;
        }
        if (t.contains("ägarsamråd")) {
            return Body.AGARSAMRAD;
        }
        return Body.OTHER;
    }

    private static Outcome withoutDecision(String title, String text) {
        String plain = text == null ? "" : text.strip();
        int words = plain.isEmpty() ? 0 : plain.split("\\s+").length;
        boolean negative = plain.replaceAll("[^\\p{L}]", "").length() < 3
                || words <= 14 && NEGATIVE.matcher(plain).find();
        if (title != null && DELEGATION.matcher(title).find()) {
            return negative ? Outcome.NONE : Outcome.DELEGATION_REPORTED;
        }
        if (title != null && PROCEDURAL.matcher(title).find() || negative) {
            return Outcome.NONE;
        }
        return Outcome.INFORMATION;
    }
}
