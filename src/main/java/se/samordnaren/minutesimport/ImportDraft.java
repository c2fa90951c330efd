package se.samordnaren.minutesimport;

import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.meeting.DecisionOutcome;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Minutes read from one file, as the user reviews them before saving: the header mapped to the register (body,
 * people), every § with where it came from in the source text, what the reading was unsure of, and the register's
 * records a § names as link suggestions. The review edits this object; {@link MinutesImportService#save} saves it.
 * Merging and splitting paragraphs are rules of the draft, not of the screen.
 */
public final class ImportDraft implements Serializable {

    final String fileName;
    final byte[] content;
    /** The batch file this draft came from, or null for a single file or pasted text. */
    final Long batchFileId;
    final List<String> sourceLines;
    final List<Signature> signatures;
    final List<String> warnings;
    final String parsedBody;
    final String association;

    public Long bodyId;
    public LocalDate date;
    public LocalTime startTime;
    public LocalTime endTime;
    public String location;
    public boolean digital;
    public LocalDate approvalDate;
    public String approvalPlace;
    public final List<Attendee> attendees = new ArrayList<>();
    public final List<Item> paragraphs = new ArrayList<>();

    ImportDraft(String fileName, byte[] content, Long batchFileId, ParsedMinutes parsed) {
        this.fileName = fileName;
        this.content = content;
        this.batchFileId = batchFileId;
        this.sourceLines = List.of(parsed.sourceText().split("\n", -1));
        this.signatures = parsed.signatures();
        this.warnings = parsed.warnings();
        this.parsedBody = parsed.body() == null ? null : parsed.body().code();
        this.association = parsed.association();
    }

    public String fileName() {
        return fileName;
    }

    public Long batchFileId() {
        return batchFileId;
    }

    public List<String> sourceLines() {
        return sourceLines;
    }

    /** The source lines a § came from (inclusive), empty when unknown. */
    public List<String> sourceOf(Item item) {
        if (item.firstLine < 0 || item.firstLine >= sourceLines.size()) {
            return List.of();
        }
        return sourceLines.subList(item.firstLine, Math.min(sourceLines.size(), item.lastLine + 1));
    }

    public List<Signature> signatures() {
        return signatures;
    }

    /** What the reading of the whole file was unsure of (Swedish). */
    public List<String> warnings() {
        return warnings;
    }

    public String association() {
        return association;
    }

    /** How many things the reading was unsure of: the measure the batch's review list is sorted by. */
    public int doubtCount() {
        int doubts = warnings.size() + (bodyId == null ? 1 : 0) + (date == null ? 1 : 0);
        for (Item item : paragraphs) {
            doubts += item.doubts.size();
        }
        return doubts;
    }

    /** Joins § {@code index} with the § after it: titles stay the first's, texts, clauses and links are joined. */
    public void mergeWithNext(int index) {
        if (index < 0 || index + 1 >= paragraphs.size()) {
            return;
        }
        Item first = paragraphs.get(index);
        Item second = paragraphs.remove(index + 1);
        first.text = join(first.text, second.title + "\n" + nullToEmpty(second.text));
        first.clauses.addAll(second.clauses);
        if (first.outcome == null) {
            first.outcome = second.outcome;
        }
        first.lastLine = Math.max(first.lastLine, second.lastLine);
        first.suggestions.addAll(second.suggestions.stream().filter(s -> !first.suggestions.contains(s)).toList());
        first.acceptedLinks.addAll(second.acceptedLinks);
        first.amounts.addAll(second.amounts);
        first.periods.addAll(second.periods);
        first.doubts.clear();
    }

    /**
     * Splits § {@code index} before line {@code atLine} of its text: the lines from there on become a new § after it,
     * numbered one higher, titled by its first line; the numbers after it move up by one.
     */
    public void split(int index, int atLine) {
        Item item = paragraphs.get(index);
        List<String> lines = new ArrayList<>(List.of(nullToEmpty(item.text).split("\n", -1)));
        if (atLine <= 0 || atLine >= lines.size()) {
            return;
        }
        Item rest = new Item();
        rest.title = lines.get(atLine).strip();
        rest.text = String.join("\n", lines.subList(atLine + 1, lines.size())).strip();
        item.text = String.join("\n", lines.subList(0, atLine)).strip();
        rest.number = item.number + 1;
        rest.firstLine = item.firstLine;
        rest.lastLine = item.lastLine;
        rest.doubts.add("Delad för hand: kontrollera titel, text och beslut.");
        for (int i = index + 1; i < paragraphs.size(); i++) {
            paragraphs.get(i).number++;
        }
        paragraphs.add(index + 1, rest);
    }

    private static String join(String a, String b) {
        return (nullToEmpty(a) + "\n\n" + nullToEmpty(b)).strip();
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** One person of the header; {@code personId} null means: create a new person of this name on saving. */
    public static final class Attendee implements Serializable {
        public String name;
        public String capacity;
        public AttendanceRole role;
        public boolean chair;
        public boolean approver;
        public Long personId;
        /** The name of the register's person {@code personId} points to, for the review. */
        public String personName;
        /** The member organisation a new person comes from, when the protocol names one of the register. */
        public Long memberId;
        public boolean include = true;
    }

    /** One §: what the user may correct, where it came from and what the reading was unsure of. */
    public static final class Item implements Serializable {
        public int number;
        public String title;
        public String section;
        public String text;
        /** Null: no decision (information, opening, closing). */
        public DecisionOutcome outcome;
        /** What the reading classified (information and none both save as "no decision"). */
        public Outcome parsedOutcome;
        public final List<String> clauses = new ArrayList<>();
        public Long proposalToBodyId;
        public int firstLine = -1;
        public int lastLine = -1;
        public final List<String> doubts = new ArrayList<>();
        public final List<LinkSuggestion> suggestions = new ArrayList<>();
        public final Set<Long> acceptedLinks = new LinkedHashSet<>();
        public final List<Amount> amounts = new ArrayList<>();
        /** Periods as written ("för resten av 2021", "2021 ut"). */
        public final List<String> periods = new ArrayList<>();
    }

    /** A record of the register the § names: kind (INITIATIVE, FUNDING_APPLICATION, MEMBER), label, as written. */
    public record LinkSuggestion(long recordId, String kind, String label, String matched) implements Serializable {
    }

    /** An amount as written ("1,4 miljoner") and as a figure. */
    public record Amount(String written, BigDecimal value) implements Serializable {
    }
}
