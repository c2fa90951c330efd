package se.samordnaren.decision;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ParagraphRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Swedish full-text search over the paragraphs (title, text, diarienummer and the decision's "Att …" clauses, as one
 * stored vector per § in agenda_item_search): websearch_to_tsquery('swedish', …), ranked with ts_rank, with
 * ts_headline snippets. The snippet comes back as plain text fragments, the matches flagged — no HTML ever.
 * <p>
 * The cost is bounded however many § a word is in: up to {@value #RANK_ALL_UP_TO} hits are all ranked (a rare word
 * misses nothing); beyond that the {@value #NEWEST_WHEN_CAPPED} newest hits are ranked, and the result says so, so the
 * view can ask the user to narrow the search (docs/performance.md, "Search").
 */
@Service
public class SearchService {

    /** Hits per page. */
    public static final int PAGE_SIZE = 50;
    /** Up to this many hits, every hit is ranked. */
    public static final int RANK_ALL_UP_TO = 1000;
    /** With more hits, only this many of the newest are ranked. */
    public static final int NEWEST_WHEN_CAPPED = 200;

    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String HEADLINE_OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP
            + "\", MaxWords=32, MinWords=14, MaxFragments=2, FragmentDelimiter=\" … \"";
    /** The whole title, its matches flagged (a title match weighs most, and the snippet is cut from the text). */
    private static final String TITLE_OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP + "\", HighlightAll=true";

    /*
     * {0} the query, {1} RANK_ALL_UP_TO, {2} NEWEST_WHEN_CAPPED, {3} page size, {4} offset, {5} headline options,
     * {6} title options.
     * `capped`: are there more than {1} hits? (at most {1} + 1 index entries and rows read). Then one of two branches
     * runs, the other's one-time filter is false: every hit ranked, or the newest {2} ranked, found by walking
     * agenda_item_search_newest_idx down from today and stopping at {2}. That branch tests the match with
     * ts_match_vq, the function behind @@, which no index answers, so its plan is always that walk (with @@ the GIN
     * index would hand over every hit to be sorted by date). The tsquery is computed once (an InitPlan) and no plan
     * depends on the words, so the plan PostgreSQL keeps for the prepared statement is the one for every search. The
     * page is cut before the text, the decision and ts_headline are read, so snippets are cut for the page only.
     */
    private static final String SQL = """
            with q as (select websearch_to_tsquery('swedish'::regconfig, {0}) as query),
            capped as (
                select count(*) > {1} as capped
                  from (select from agenda_item_search s
                         where s.search_vector @@ (select query from q)
                         limit {1} + 1) x
            ),
            candidates as (
                select s.item_id, s.meeting_id, s.meeting_date, s.number,
                       ts_rank(s.search_vector, (select query from q)) as rank
                  from agenda_item_search s
                 where s.search_vector @@ (select query from q)
                   and not (select capped from capped)
                union all
                select n.item_id, n.meeting_id, n.meeting_date, n.number,
                       ts_rank(n.search_vector, (select query from q))
                  from (select s.item_id, s.meeting_id, s.meeting_date, s.number, s.search_vector
                          from agenda_item_search s
                         where ts_match_vq(s.search_vector, (select query from q))
                           and (select capped from capped)
                         order by s.meeting_date desc, s.number, s.item_id
                         limit {2}) n
            ),
            page as (
                select c.item_id, c.meeting_id, c.meeting_date, c.number, c.rank, count(*) over () as total
                  from candidates c
                 order by c.rank desc, c.meeting_date desc, c.number, c.item_id
                 limit {3} offset {4}
            )
            select i.id, p.meeting_id, p.meeting_date, b.name, b.paragraph_prefix, i.number, i.title, p.rank,
                   ts_headline('swedish'::regconfig,
                       concat_ws(' ', i.body_text, dec.intro,
                                 (select string_agg(c.text, ' ' order by c.position) from decision_clause c where c.decision_id = dec.id)),
                       (select query from q), {5}) as snippet,
                   p.total, (select capped from capped) as capped,
                   ts_headline('swedish'::regconfig, i.title, (select query from q), {6}) as title_marked
              from page p
              join agenda_item i on i.id = p.item_id
              join meeting m on m.id = p.meeting_id
              join body b on b.id = m.body_id
              left join decision dec on dec.item_id = i.id
             order by p.rank desc, p.meeting_date desc, p.number, i.id
            """;

    /** A piece of the snippet; match = the searched word (in some inflection). */
    public record Fragment(String text, boolean match) {
    }

    /**
     * A paragraph that matched: where it is, its title (also as fragments with the matches flagged), how well it
     * matched and the snippet around the match in its text and decision.
     */
    public record Hit(long itemId, ParagraphRef paragraph, String title, List<Fragment> titleFragments, double rank,
                      List<Fragment> snippet) {
    }

    /**
     * One page of hits, best first. {@code ranked}: how many hits the pages are cut from — every hit, or, when
     * {@code capped} (more than {@value #RANK_ALL_UP_TO}), the {@value #NEWEST_WHEN_CAPPED} newest.
     */
    public record Result(List<Hit> hits, int offset, int ranked, boolean capped) {

        static final Result NONE = new Result(List.of(), 0, 0, false);

        public boolean isEmpty() {
            return hits.isEmpty();
        }

        public int size() {
            return hits.size();
        }

        /** Whether a page after this one has hits. */
        public boolean hasMore() {
            return offset + hits.size() < ranked;
        }
    }

    private final DSLContext db;

    SearchService(DSLContext db) {
        this.db = db;
    }

    /** The first page; see {@link #search(String, int)}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Result search(String query) {
        return search(query, 0);
    }

    /**
     * The page of hits from {@code offset} (0, {@value #PAGE_SIZE}, …); an empty or blank query finds nothing.
     * Understands "quoted phrases", or, and -excluded words.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Result search(String query, int offset) {
        if (query == null || query.isBlank()) {
            return Result.NONE;
        }
        String cleaned = query.strip().replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
        var rows = db.resultQuery(SQL, DSL.val(cleaned), DSL.inline(RANK_ALL_UP_TO), DSL.inline(NEWEST_WHEN_CAPPED),
                DSL.inline(PAGE_SIZE), DSL.val(Math.max(0, offset)), DSL.val(HEADLINE_OPTIONS), DSL.val(TITLE_OPTIONS)).fetch();
        List<Hit> hits = rows.map(r -> new Hit(r.get(0, Long.class), new ParagraphRef(r.get(1, Long.class), r.get(3, String.class),
                r.get(4, String.class), r.get(2, LocalDate.class), r.get(5, Integer.class)), r.get(6, String.class),
                titleFragments(r.get(6, String.class), r.get(11, String.class)), r.get(7, Double.class), fragments(r.get(8, String.class))));
        if (rows.isEmpty()) {
            return new Result(hits, Math.max(0, offset), 0, false);
        }
        return new Result(hits, Math.max(0, offset), rows.getFirst().get(9, Integer.class), rows.getFirst().get(10, Boolean.class));
    }

    /** The title's fragments, or the title as it is if the headline parser changed it (it drops what looks like a tag). */
    static List<Fragment> titleFragments(String title, String marked) {
        List<Fragment> parts = fragments(marked);
        return parts.stream().map(Fragment::text).collect(Collectors.joining()).equals(title) ? parts : List.of(new Fragment(title, false));
    }

    static List<Fragment> fragments(String headline) {
        List<Fragment> parts = new ArrayList<>();
        if (headline == null || headline.isEmpty()) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        boolean inMatch = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!current.isEmpty()) {
                    parts.add(new Fragment(current.toString(), inMatch));
                    current.setLength(0);
                }
                inMatch = c == START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(new Fragment(current.toString(), inMatch));
        }
        return parts;
    }
}
