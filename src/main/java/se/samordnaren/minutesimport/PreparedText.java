package se.samordnaren.minutesimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extracted text made ready for recognition: characters normalised (ligatures, odd spaces, UTF-8 read as
 * Windows-1252), page furniture set apart (page numbers, running headers and footers and the letterhead repeated on
 * pages, "Justerandes signatur" lines, contact lines, signature rules), the e-signature page set apart, and words
 * split by hyphenation at line ends joined again. Line numbers refer to {@link #sourceText}, where pages are separated
 * by a line holding only a form feed.
 */
final class PreparedText {

    /** One line: its number in the source text, its page (0-based) and its normalised text ("" when blank). */
    record Line(int index, int page, String text) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    final String sourceText;
    final List<Line> content;
    final List<String> furniture;
    final List<Line> signatureLines;
    final int pageCount;

    private PreparedText(String sourceText, List<Line> content, List<String> furniture, List<Line> signatureLines, int pageCount) {
        this.sourceText = sourceText;
        this.content = content;
        this.furniture = furniture;
        this.signatureLines = signatureLines;
        this.pageCount = pageCount;
    }

    // ---------------------------------------------------------------- patterns

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?iU)^(?:(?:sida|sid\\.?|s\\.|page|blad)\\s*\\d{1,3}"
            + "(?:\\s*(?:av|\\(|/|of)\\s*\\d{1,3}\\s*\\)?)?|\\d{1,3}\\s*\\(\\s*\\d{1,3}\\s*\\)|\\d{1,3}\\s*(?:/|av)\\s*\\d{1,3}"
            + "|[-–]\\s*\\d{1,3}\\s*[-–])$");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("(?iU)(?:^|\\s)(?:(?:sida|sid\\.?|page|blad)\\s*\\d{1,3}"
            + "(?:\\s*(?:\\(\\s*\\d{1,3}\\s*\\)|(?:av|/|of)\\s*\\d{1,3}))?|\\d{1,3}\\s*\\(\\s*\\d{1,3}\\s*\\))\\s*$");
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern SIGNATURE_LABELS = Pattern.compile("(?iU)^(?:(?:justerandes|justerarens|justerares"
            + "|justerare|justerande|ordförandes|sekreterarens|sekreterares|ordf|sign|signatur|signaturer|utdragsbestyrkande"
            + "|initialer|underskrift|och|/|&)\\.?\\s*)+$");
    private static final Pattern SIGNATURE_WORDS = Pattern.compile("(?iU)justerandes|justerarens|justerares|sign|utdragsbestyrkande|initialer");
    private static final Pattern RULE = Pattern.compile("^[_.\\-–—…·|\\s]{3,}$");
    private static final Pattern CONTACT = Pattern.compile("(?iU)^(?:(?:postadress|besöksadress|org\\.?\\s*nr|"
            + "organisationsnummer|bankgiro|plusgiro)\\b.{0,150}|(?:adress|telefon|tel\\.?|e-post|epost|e-mail|mail|webb|"
            + "webbplats|hemsida|fax)\\s*:.{0,150}|(?:tel\\.?|telefon)\\s*[+\\d][\\d\\s-]{5,})$");
    private static final Pattern URL = Pattern.compile("(?iU)^(?:www\\.|https?://)\\S+$");
    private static final Pattern ADDRESS_HINT = Pattern.compile("(?iU)\\b\\d{3}\\s?\\d{2}\\s+\\p{Lu}|\\bbox\\s+\\d+|@|www\\.|"
            + "\\btel\\b|telefon|org\\.?\\s*nr|justerandes");
    private static final Pattern HEADER_HINT = Pattern.compile("(?iU)\\bprotokoll\\b|sammanträdesdatum|samordningsförbund|"
            + "\\bfinsam\\b");
    private static final Pattern PROTECTED = Pattern.compile("(?iU)^(?:§|\\d{1,4}\\s*§|att\\s|[-•*]\\s|beslut\\s*:?$|"
            + "(?:styrelsen|arbetsutskottet|au|beredningsgruppen|ägarsamrådet|mötet)\\s+(?:beslut|föreslå|godkän|noter|bevilj)"
            + "|inget\\.?$|inga\\.?$|ingenting\\.?$)");
    private static final Pattern E_SIGNATURE_START = Pattern.compile("(?iU)^(?:signatursida|signaturer\\s*\\(elektroniska\\)"
            + "|signeringslogg|signeringsbevis|signaturbevis|elektroniska underskrifter|elektroniskt undertecknat|"
            + "e-signaturer|verifikat\\b|transaktion\\s+\\d{8,}|signature page|electronic signatures?|"
            + "(?:signerat|signerad|undertecknat|e-signerat|elektroniskt signerat)\\s+(?:av|digitalt)\\b|signerat digitalt)"
            + "|detta dokument (?:har|är) (?:blivit )?(?:elektroniskt|digitalt) (?:undertecknat|signerat)"
            + "|(?:har|är) (?:elektroniskt|digitalt) (?:undertecknats|signerats|undertecknat|signerat) av");
    private static final Pattern STRONG_HEADING = Pattern.compile("^(?:\\p{Lu}\\p{L}{0,7}\\.?\\s*)?§\\s*\\d{1,4}|^\\d{1,4}\\s*§");

    // ---------------------------------------------------------------- building

    static PreparedText of(ExtractedText extracted) {
        List<String> pages = new ArrayList<>();
        for (String page : extracted.pages()) {
            pages.add(normalise(page));
        }
        pages = fixMojibake(pages);

        List<String> source = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                source.add("\f");
            }
            for (String raw : pages.get(p).split("\n", -1)) {
                String text = tidyLine(raw);
                lines.add(new Line(source.size(), p, text));
                source.add(text);
            }
        }
        String sourceText = String.join("\n", source);

        Set<Integer> signature = signatureBlock(lines);
        Map<Integer, String> stripped = new HashMap<>();
        Set<Integer> furniture = furniture(lines, pages.size(), signature, stripped);

        List<Line> content = new ArrayList<>();
        List<String> furnitureTexts = new ArrayList<>();
        List<Line> signatureLines = new ArrayList<>();
        for (Line line : lines) {
            if (signature.contains(line.index())) {
                signatureLines.add(line);
            } else if (furniture.contains(line.index())) {
                furnitureTexts.add(line.text());
            } else if (stripped.containsKey(line.index())) {
                furnitureTexts.add(line.text());
                content.add(new Line(line.index(), line.page(), stripped.get(line.index())));
            } else {
                content.add(line);
            }
        }
        return new PreparedText(sourceText, dehyphenate(content), furnitureTexts, signatureLines, pages.size());
    }

    // ---------------------------------------------------------------- characters

    private static String normalise(String page) {
        String text = page.replace("\r\n", "\n").replace('\r', '\n');
        text = text.replaceAll("\u00AD\\s*\n", "-\n").replace("\u00AD", "");
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = text.replaceAll("[\u200B-\u200D\u2060\uFEFF]", "")
                .replaceAll("[\u2010\u2011\u2212]", "-")
                .replace('\u00A0', ' ')
                .replace("Â§", "§")
                .replace("§§", "§");
        return text;
    }

    /** Trims, turns wide gaps (3+ spaces, as in a laid-out text export) into tabs and collapses other spaces. */
    private static String tidyLine(String raw) {
        String text = raw.replaceAll("[ \\u2000-\\u200A\\u202F\\u205F\\u3000]{3,}", "\t")
                .replaceAll("[ \\u2000-\\u200A\\u202F\\u205F\\u3000]+", " ")
                .replaceAll(" ?\t ?", "\t")
                .replaceAll("\t{2,}", "\t");
        return text.strip();
    }

    private static final Pattern MOJIBAKE = Pattern.compile("Ã[¥¤¶…„–©¼]|Â§");

    /** UTF-8 bytes read as Windows-1252 ("Ã¥" for "å"): read them again as UTF-8 when that is clearly the case. */
    private static List<String> fixMojibake(List<String> pages) {
        String all = String.join("\f", pages);
        Matcher m = MOJIBAKE.matcher(all);
        int hits = 0;
        while (m.find()) {
            hits++;
        }
        if (hits < 3) {
            return pages;
        }
        Charset cp1252 = Charset.forName("windows-1252");
        CharsetEncoder encoder = cp1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.allocate(all.length() * 4);
        for (char c : all.toCharArray()) {
            try {
                if (c < 0x100 && !encoder.canEncode(c)) {
                    buffer.put((byte) c);
                } else {
                    buffer.put(encoder.encode(java.nio.CharBuffer.wrap(new char[] {c})));
                }
            } catch (CharacterCodingException e) {
                // A byte that Windows-1252 does not define was lost when the text was misread; keep the character.
                buffer.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        buffer.flip();
        String fixed = StandardCharsets.UTF_8.decode(buffer).toString();
        Matcher left = MOJIBAKE.matcher(fixed);
        int remaining = 0;
        while (left.find()) {
            remaining++;
        }
        if (remaining >= hits) {
            return pages;
        }
        return List.of(fixed.split("\f", -1));
    }

    // ---------------------------------------------------------------- e-signature page

    /**
     * The e-signature page(s): from the first marker ("Signatursida", "Detta dokument har elektroniskt undertecknats
     * av", "Verifikat" …) after which no paragraph follows, to the end. A marker stamped on every page is furniture.
     */
    private static Set<Integer> signatureBlock(List<Line> lines) {
        Set<Integer> block = new HashSet<>();
        int lastHeading = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (STRONG_HEADING.matcher(lines.get(i).text()).find()) {
                lastHeading = i;
            }
        }
        Map<String, Integer> markerCounts = new HashMap<>();
        for (Line line : lines) {
            if (E_SIGNATURE_START.matcher(line.text()).find()) {
                markerCounts.merge(key(line.text()), 1, Integer::sum);
            }
        }
        for (int i = lastHeading + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (E_SIGNATURE_START.matcher(line.text()).find() && markerCounts.get(key(line.text())) < 3) {
                int start = i;
                // A title such as "Signatursida" or "Verifikat" may stand on the lines just above the marker.
                while (start > lastHeading + 1 && start > i - 2 && !lines.get(start - 1).blank()
                        && lines.get(start - 1).text().length() < 40 && lines.get(start - 1).page() == line.page()
                        && !lines.get(start - 1).text().matches("(?iU).*\\b(?:justera|ordförande|sekreterare)\\b.*")) {
                    start--;
                }
                for (int j = start; j < lines.size(); j++) {
                    block.add(lines.get(j).index());
                }
                break;
            }
        }
        return block;
    }

    // ---------------------------------------------------------------- furniture

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("\\d+", "#")
                .replaceAll("[^\\p{L}#]+", " ")
                .strip();
    }

    private static Set<Integer> furniture(List<Line> lines, int pageCount, Set<Integer> signature, Map<Integer, String> stripped) {
        Set<Integer> furniture = new HashSet<>();
        List<Integer> boundaries = new ArrayList<>();

        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            if (line.blank() || signature.contains(line.index())) {
                continue;
            }
            if (PAGE_NUMBER.matcher(text).matches()) {
                furniture.add(line.index());
                boundaries.add(i);
            } else if (SIGNATURE_LABELS.matcher(text.replaceAll("[_.…|\\t]+", " ").strip()).matches()
                    && SIGNATURE_WORDS.matcher(text).find()) {
                furniture.add(line.index());
            } else if (RULE.matcher(text).matches() || CONTACT.matcher(text).matches() || URL.matcher(text).matches()) {
                furniture.add(line.index());
            } else {
                Matcher suffix = PAGE_SUFFIX.matcher(text);
                if (suffix.find() && suffix.start() > 0 && !STRONG_HEADING.matcher(text).find()) {
                    stripped.put(line.index(), text.substring(0, suffix.start()).strip());
                    boundaries.add(i);
                }
            }
        }

        // Edge lines: near the top and bottom of each page, and near a page number in a text without page breaks.
        Map<Integer, Set<Integer>> groupsByLine = new HashMap<>();
        if (pageCount > 1) {
            Map<Integer, List<Integer>> byPage = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).blank()) {
                    byPage.computeIfAbsent(lines.get(i).page(), p -> new ArrayList<>()).add(i);
                }
            }
            byPage.forEach((page, indexes) -> {
                for (int k = 0; k < indexes.size(); k++) {
                    if (k < 6 || k >= indexes.size() - 6) {
                        groupsByLine.computeIfAbsent(indexes.get(k), x -> new HashSet<>()).add(page);
                    }
                }
                // A lone page number at the edge of its page.
                for (int k = 0; k < indexes.size(); k++) {
                    if ((k < 2 || k >= indexes.size() - 2) && LONE_NUMBER.matcher(lines.get(indexes.get(k)).text()).matches()) {
                        int number = Integer.parseInt(lines.get(indexes.get(k)).text());
                        if (number == page + 1 || number == page) {
                            furniture.add(lines.get(indexes.get(k)).index());
                        }
                    }
                }
            });
        }
        if (pageCount == 1) {
            int group = 1000;
            for (int boundary : boundaries) {
                group++;
                markAround(lines, boundary, -1, group, groupsByLine);
                markAround(lines, boundary, 1, group, groupsByLine);
            }
        }

        Map<String, Set<Integer>> groupsByKey = new HashMap<>();
        Map<String, Integer> linesByKey = new HashMap<>();
        groupsByLine.forEach((i, groups) -> {
            String key = key(stripped.getOrDefault(lines.get(i).index(), lines.get(i).text()));
            groupsByKey.computeIfAbsent(key, k -> new HashSet<>()).addAll(groups);
            linesByKey.merge(key, 1, Integer::sum);
        });
        groupsByLine.forEach((i, groups) -> {
            Line line = lines.get(i);
            String text = stripped.getOrDefault(line.index(), line.text());
            String key = key(text);
            int seen = Math.min(groupsByKey.get(key).size(), linesByKey.get(key));
            boolean oneWord = !key.contains(" ");
            if (key.isEmpty() || PROTECTED.matcher(text).find() || seen < 2 || (oneWord && seen < 3)) {
                return;
            }
            furniture.add(line.index());
        });

        // Without page breaks or page numbers: letterhead and running headers repeated in the text.
        Map<String, List<Integer>> occurrences = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.blank() && line.text().length() <= 120) {
                occurrences.computeIfAbsent(key(stripped.getOrDefault(line.index(), line.text())), k -> new ArrayList<>()).add(i);
            }
        }
        occurrences.forEach((key, indexes) -> {
            if (indexes.size() < 2 || key.isEmpty()) {
                return;
            }
            String text = lines.get(indexes.getFirst()).text();
            if (PROTECTED.matcher(text).find() || text.split("\\s+").length > 14) {
                return;
            }
            if (ADDRESS_HINT.matcher(text).find() || (HEADER_HINT.matcher(text).find() && text.split("\\s+").length <= 6)) {
                indexes.forEach(i -> furniture.add(lines.get(i).index()));
            }
        });
        furniture.removeAll(signature);
        return furniture;
    }

    private static void markAround(List<Line> lines, int boundary, int step, int group, Map<Integer, Set<Integer>> groupsByLine) {
        int seen = 0;
        for (int i = boundary + step; i >= 0 && i < lines.size() && seen < 5; i += step) {
            if (lines.get(i).blank()) {
                continue;
            }
            seen++;
            groupsByLine.computeIfAbsent(i, x -> new HashSet<>()).add(group);
        }
    }

    // ---------------------------------------------------------------- hyphenation

    private static final Pattern HYPHEN_END = Pattern.compile("(\\p{L})-$");
    private static final Pattern INLINE_HYPHEN = Pattern.compile("(\\p{Ll}{2,})- (\\p{Ll}{2,})");
    private static final Set<String> SUSPENDED = Set.of("och", "eller", "samt", "respektive", "resp", "till", "som",
            "men", "liksom", "utan", "plus", "minus");

    /**
     * "arbets-" + "marknaden" → "arbetsmarknaden" (the fragment is moved up to the line that was cut); "ESF-" +
     * "projektet" keeps its hyphen; "heltids- och deltid" stays as it is.
     */
    private static List<Line> dehyphenate(List<Line> content) {
        List<Line> result = new ArrayList<>(content);
        for (int i = 0; i < result.size(); i++) {
            Line line = result.get(i);
            Matcher inline = INLINE_HYPHEN.matcher(line.text());
            StringBuilder joined = new StringBuilder();
            boolean changed = false;
            while (inline.find()) {
                if (SUSPENDED.contains(inline.group(2))) {
                    inline.appendReplacement(joined, Matcher.quoteReplacement(inline.group()));
                } else {
                    inline.appendReplacement(joined, Matcher.quoteReplacement(inline.group(1) + inline.group(2)));
                    changed = true;
                }
            }
            inline.appendTail(joined);
            if (changed) {
                line = new Line(line.index(), line.page(), joined.toString());
                result.set(i, line);
            }
            Matcher end = HYPHEN_END.matcher(line.text());
            if (!end.find() || line.text().endsWith(" -")) {
                continue;
            }
            int next = i + 1;
            while (next < result.size() && result.get(next).blank() && next - i <= 3) {
                next++;
            }
            if (next >= result.size() || result.get(next).blank()) {
                continue;
            }
            String following = result.get(next).text();
            if (following.isEmpty() || !Character.isLowerCase(following.codePointAt(0))) {
                continue;
            }
            String[] split = following.split("[ \\t]", 2);
            String word = split[0];
            if (SUSPENDED.contains(word)) {
                continue;
            }
            if (split.length > 1 && split[1].strip().length() <= 30) {
                // A short rest moves up too, so that a title cut in two is whole again.
                word = following;
                split = new String[] {following};
            }
            String before = line.text().substring(0, line.text().length() - 1);
            boolean keepHyphen = Character.isUpperCase(end.group(1).codePointAt(0)) || Character.isDigit(end.group(1).codePointAt(0));
            result.set(i, new Line(line.index(), line.page(), (keepHyphen ? before + "-" : before) + word));
            result.set(next, new Line(result.get(next).index(), result.get(next).page(), split.length > 1 ? split[1].strip() : ""));
            if (HYPHEN_END.matcher(result.get(i).text()).find()) {
                i--;
            }
        }
        return result;
    }
}
