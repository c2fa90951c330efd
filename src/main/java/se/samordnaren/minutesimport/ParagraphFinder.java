package se.samordnaren.minutesimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the paragraph headings: "§ 5 Titel", "§5.", "5 §", "Nvsf § 88", "Nvsf 88", "AU § 12", and in a lossy text a
 * number whose § sign was lost or turned into another character ("$ 5", "5 Titel"). Every line that could be a heading
 * is a candidate with a strength; the headings are the chain of candidates, in text order with rising numbers, that
 * scores best — numbers that follow on (n, n+1) gain, gaps cost. So a numbered list inside a paragraph, a reference
 * "§ 5 i förbundsordningen" or the agenda in the header do not break the paragraphs, and a heading whose § sign was
 * lost still takes its place between its neighbours.
 */
final class ParagraphFinder {

    /** A chosen heading: its content line, where its text starts, number, title and what was uncertain. */
    record Heading(int line, int bodyStart, int number, String title, boolean withoutSign, List<String> doubts) {
    }

    private enum Kind { SIGN, PREFIX, MANGLED, BARE }

    private record Candidate(int line, int number, String prefix, String title, Kind kind, double score) {
    }

    private static final String AFTER = "(?<after>(?:[\\s.:)\\-–—]|$).*)";
    /** A year after the number: "§ 34/2020", "§ 12/21". */
    private static final String YEAR = "(?:\\s*/\\s*(?:19|20)?\\d{2}(?!\\d))?";
    private static final Pattern SIGN = Pattern.compile("^(?:(?<pre>\\p{Lu}\\p{L}{0,7})\\.?\\s*)?§\\s*(?<num>\\d{1,4})" + YEAR
            + "(?:\\s*[-–]\\s*\\d{1,4}(?!\\d))?" + AFTER + "$");
    private static final Pattern NUMBER_SIGN = Pattern.compile("^(?<num>\\d{1,4})" + YEAR + "\\s*§" + AFTER + "$");
    private static final Pattern PREFIXED = Pattern.compile("^(?<pre>\\p{Lu}\\p{L}{1,7})\\.?\\s+(?<num>\\d{1,4})" + AFTER + "$");
    private static final Pattern BARE = Pattern.compile("^(?<sym>[^\\p{L}\\p{N}\\s]{1,2}|S(?=\\s?\\d))?\\s*(?<num>\\d{1,3})"
            + "(?<after>(?:[.:)]?(?:[\\s\\t]+|$)).*)$");
    /** "§" read as "8" by a poor text layer or OCR: "8 23 Mötet öppnas". */
    private static final Pattern EIGHT = Pattern.compile("^8\\s?(?<num>\\d{1,3})(?<after>\\s+\\p{Lu}.*)$");
    private static final Set<String> BULLETS = Set.of("-", "–", "—", "•", "*", "·", "(", "[", "+", ">", "o", "»", "→", "▪", "■", "□", "✓", "–-");
    private static final Set<String> STOP_PREFIXES = Set.of("att", "kl", "ca", "cirka", "den", "det", "dnr", "nr", "sida",
            "sid", "bilaga", "bil", "kap", "kapitel", "år", "vecka", "rum", "box", "tel", "enligt", "se", "och", "av", "till",
            "under", "med", "från", "efter", "före", "om", "inom", "per", "i", "på", "steg", "fas", "mål", "nivå", "del",
            "etapp", "version", "kvartal", "tertial", "avsnitt", "lag", "sfs", "januari", "februari", "mars", "april",
            "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "totalt", "summa", "ca.", "mellan", "runt",
            "drygt", "knappt", "över", "högst", "minst", "omkring", "punkterna", "paragraferna", "tabell",
            "figur", "diagram", "tid", "datum", "plats", "organ", "antal", "varav", "ht", "vt", "utfall", "budget");
    private static final Set<String> STRONG_PREFIXES = Set.of("punkt", "ärende", "paragraf", "pkt");
    private static final Pattern TOC = Pattern.compile("(?:\\.{3,}|…+|\\t)\\s*\\d{1,3}$");
    static final Pattern DNR = Pattern.compile("(?iU)[,;]?\\s*\\(?\\b(?:dnr|diarienr|diarienummer|diarie-?nr|ärendenr)\\.?"
            + "\\s*[:.]?\\s*[\\p{L}\\d./:\\-]*\\d[\\p{L}\\d./:\\-]*\\)?");
    private static final Pattern DANGLING = Pattern.compile("(?iU)(?:\\s(?:och|eller|samt|för|av|till|om|i|med|från|på|"
            + "inom|kring|gällande|avseende|angående|inför|mellan|under|efter|vid|hos|mot|enligt|inklusive|rörande|"
            + "beträffande)|[-–&,/])$");

    private ParagraphFinder() {
    }

    static List<Heading> find(List<PreparedText.Line> content) {
        List<Candidate> candidates = candidates(content);
        List<Candidate> chain = bestChain(candidates, content);
        List<Heading> headings = new ArrayList<>();
        for (int k = 0; k < chain.size(); k++) {
            Candidate candidate = chain.get(k);
            int limit = k + 1 < chain.size() ? chain.get(k + 1).line() : content.size();
            headings.add(heading(candidate, content, limit));
        }
        return headings;
    }

    // ---------------------------------------------------------------- candidates

    private static List<Candidate> candidates(List<PreparedText.Line> content) {
        List<Candidate> raw = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            PreparedText.Line line = content.get(i);
            if (line.blank()) {
                continue;
            }
            boolean afterBlank = i == 0 || content.get(i - 1).blank() || content.get(i - 1).page() != line.page();
            Candidate candidate = candidate(i, line.text(), afterBlank);
            if (candidate != null) {
                raw.add(candidate);
            }
        }
        // A prefix without § ("Nvsf 88") counts as a heading style when it recurs or also stands before a § sign.
        Map<String, Integer> prefixes = new HashMap<>();
        for (Candidate c : raw) {
            if (c.prefix() != null) {
                prefixes.merge(c.prefix().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : raw) {
            if (c.score() < 1) {
                continue;
            }
            if (c.kind() == Kind.PREFIX) {
                String prefix = c.prefix().toLowerCase(Locale.ROOT);
                boolean style = STRONG_PREFIXES.contains(prefix) || prefixes.getOrDefault(prefix, 0) >= 2;
                double score = c.score() - (style ? 0 : 7);
                if (score < 1) {
                    continue;
                }
                result.add(new Candidate(c.line(), c.number(), c.prefix(), c.title(), c.kind(), score));
            } else {
                result.add(c);
            }
        }
        // Two weak candidates one after the other with rising numbers look like a list, not like headings.
        for (int k = 0; k + 1 < result.size(); k++) {
            Candidate a = result.get(k);
            Candidate b = result.get(k + 1);
            if (a.kind().compareTo(Kind.MANGLED) >= 0 && b.kind().compareTo(Kind.MANGLED) >= 0
                    && b.number() == a.number() + 1 && nextNonBlank(content, a.line()) == b.line()) {
                result.set(k, new Candidate(a.line(), a.number(), a.prefix(), a.title(), a.kind(), a.score() - 2));
                result.set(k + 1, new Candidate(b.line(), b.number(), b.prefix(), b.title(), b.kind(), b.score() - 2));
            }
        }
        return result;
    }

    private static Candidate candidate(int line, String text, boolean afterBlank) {
        if (TOC.matcher(text).find()) {
            return null;
        }
        Matcher m = SIGN.matcher(text);
        Kind kind = null;
        String prefix = null;
        if (m.matches()) {
            prefix = m.group("pre");
            if (prefix != null && STOP_PREFIXES.contains(prefix.toLowerCase(Locale.ROOT))) {
                return null;
            }
            kind = Kind.SIGN;
        } else if ((m = NUMBER_SIGN.matcher(text)).matches()) {
            kind = Kind.SIGN;
        } else if ((m = PREFIXED.matcher(text)).matches()
                && !STOP_PREFIXES.contains(m.group("pre").toLowerCase(Locale.ROOT))) {
            prefix = m.group("pre");
            kind = Kind.PREFIX;
        } else if ((m = EIGHT.matcher(text)).matches()) {
            kind = Kind.MANGLED;
        } else if ((m = BARE.matcher(text)).matches()) {
            String sym = m.group("sym");
            if (sym != null && BULLETS.contains(sym)) {
                return null;
            }
            kind = sym == null ? Kind.BARE : Kind.MANGLED;
        }
        if (kind == null) {
            return null;
        }
        int number = Integer.parseInt(m.group("num"));
        if (number == 0) {
            return null;
        }
        String title = cleanTitle(m.group("after"));
        double score = switch (kind) {
            case SIGN -> 10;
            case PREFIX -> 8;
            case MANGLED -> 6;
            case BARE -> 3;
        };
        boolean weak = kind == Kind.MANGLED || kind == Kind.BARE;
        if (title.isEmpty()) {
            score -= weak ? 1 : 0;
        } else {
            int first = title.codePointAt(0);
            if (weak && !(Character.isUpperCase(first) || "\"”'«(".indexOf(first) >= 0 && title.length() > 1
                    && Character.isUpperCase(title.codePointAt(1)))) {
                return null;
            }
            if (Character.isLowerCase(first)) {
                score -= 6;
            }
            if (title.toLowerCase(Locale.ROOT).startsWith("att ")) {
                score -= 4;
            }
            if (weak) {
                if (afterBlank) {
                    score += 1;
                }
                if (title.length() > 120) {
                    score -= 2;
                }
                if (title.matches(".*\\p{Ll}\\. \\p{Lu}.*")) {
                    score -= 1;
                }
                if (title.matches("(?iU)^(?:kronor|kr|procent|tkr|mkr|miljoner|personer|deltagare|st|år|månader|dagar|"
                        + "timmar|veckor)\\b.*")) {
                    return null;
                }
            }
        }
        return new Candidate(line, number, prefix, title, kind, score);
    }

    static String cleanTitle(String after) {
        String title = after.replaceFirst("^[\\s.:)\\-–—]+", "");
        title = DNR.matcher(title).replaceAll(" ");
        title = title.replace('\t', ' ').replaceAll("\\s+", " ").strip();
        title = title.replaceAll("(?<!\\.\\.)[.:;,]+$", "").strip();
        return title;
    }

    // ---------------------------------------------------------------- the best chain

    private static List<Candidate> bestChain(List<Candidate> candidates, List<PreparedText.Line> content) {
        int n = candidates.size();
        double[] best = new double[n];
        int[] previous = new int[n];
        int bestEnd = -1;
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            best[i] = c.score();
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                Candidate p = candidates.get(j);
                int diff = c.number() - p.number();
                if (diff < 1 || p.line() == c.line()) {
                    continue;
                }
                double transition = diff == 1 ? 3 : -3.0 * (diff - 1);
                double total = best[j] + c.score() + transition;
                if (total > best[i]) {
                    best[i] = total;
                    previous[i] = j;
                }
            }
            if (bestEnd < 0 || best[i] > best[bestEnd]) {
                bestEnd = i;
            }
        }
        List<Candidate> chain = new ArrayList<>();
        for (int i = bestEnd; i >= 0; i = previous[i]) {
            chain.addFirst(candidates.get(i));
        }
        if (chain.size() == 1 && chain.getFirst().kind() != Kind.SIGN) {
            return List.of();
        }
        return chain;
    }

    // ---------------------------------------------------------------- title and text start

    private static Heading heading(Candidate c, List<PreparedText.Line> content, int limit) {
        List<String> doubts = new ArrayList<>();
        boolean withoutSign = c.kind() == Kind.BARE || c.kind() == Kind.MANGLED
                || c.kind() == Kind.PREFIX && !content.get(c.line()).text().contains("§");
        if (c.kind() == Kind.BARE || c.kind() == Kind.MANGLED) {
            doubts.add("Numret stod utan §-tecken.");
        }
        String title = c.title();
        int next = c.line() + 1;
        if (title.isEmpty()) {
            int k = next;
            while (k < limit && (content.get(k).blank() || DNR.matcher(content.get(k).text()).replaceAll("").isBlank())) {
                k++;
            }
            if (k < limit && content.get(k).text().length() <= 150 && !DecisionReader.startsDecision(content.get(k).text())) {
                title = cleanTitle(content.get(k).text());
                next = k + 1;
                doubts.add("Rubriken stod på raden efter numret.");
            } else {
                doubts.add("Rubrik saknas.");
            }
        }
        // A title wrapped onto the next line(s).
        for (int joined = 0; joined < 2 && next < limit && !content.get(next).blank(); joined++) {
            String following = content.get(next).text();
            boolean dangling = DANGLING.matcher(title).find();
            boolean continues = Character.isLowerCase(following.codePointAt(0)) && following.length() <= 60
                    && !following.endsWith(".") && !following.toLowerCase(Locale.ROOT).startsWith("att ");
            if (!(dangling || continues) || title.length() + following.length() > 200
                    || DecisionReader.startsDecision(following)) {
                break;
            }
            title = cleanTitle(title + " " + following);
            next++;
        }
        return new Heading(c.line(), next, c.number(), title, withoutSign, doubts);
    }

    private static int nextNonBlank(List<PreparedText.Line> content, int line) {
        for (int i = line + 1; i < content.size(); i++) {
            if (!content.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }
}
