package se.samordnaren.decision;

import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ParagraphRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Swedish full-text search over the paragraphs (title, text, diarienummer) and the "Att …" clauses of the minutes:
 * websearch_to_tsquery('swedish', …) against the stored search vectors (GIN indexes), ranked with ts_rank, with
 * ts_headline snippets. The snippet comes back as plain text fragments, the matches flagged — no HTML ever.
 */
@Service
public class SearchService {

    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String HEADLINE_OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP
            + "\", MaxWords=32, MinWords=14, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final int MAX_HITS = 50;

    /*
     * Rank and limit first, join and cut snippets for the 50 hits shown only: the hits carry their meeting and number
     * (for the order among equal ranks) from the rows the index scans read anyway; the paragraph's text, the body, the
     * decision and ts_headline are read for the page alone (docs/performance.md).
     */
    private static final String SQL = """
            with q as (select websearch_to_tsquery('swedish'::regconfig, ?) as query),
            hits as (
                select i.id as item_id, i.meeting_id, i.number, ts_rank(i.search_vector, q.query) as rank
                  from agenda_item i, q
                 where i.search_vector @@ q.query
                union all
                select i.id, i.meeting_id, i.number, ts_rank(c.search_vector, q.query)
                  from decision_clause c join decision d on d.id = c.decision_id join agenda_item i on i.id = d.item_id, q
                 where c.search_vector @@ q.query
            ),
            top as (
                select h.item_id, sum(h.rank) as rank, h.number, m.id as meeting_id, m.meeting_date, m.body_id
                  from hits h join meeting m on m.id = h.meeting_id
                 group by h.item_id, h.number, m.id
                 order by sum(h.rank) desc, m.meeting_date desc, h.number
                 limit ?
            )
            select i.id, t.meeting_id, t.meeting_date, b.name, b.paragraph_prefix, i.number, i.title, t.rank,
                   ts_headline('swedish'::regconfig,
                       concat_ws(' ', i.body_text, dec.intro,
                                 (select string_agg(c.text, ' ' order by c.position) from decision_clause c where c.decision_id = dec.id)),
                       q.query, ?) as snippet
              from top t
              join agenda_item i on i.id = t.item_id
              join body b on b.id = t.body_id
              left join decision dec on dec.item_id = i.id
             cross join q
             order by t.rank desc, t.meeting_date desc, t.number
            """;


    /** A piece of the snippet; match = the searched word (in some inflection). */
    public record Fragment(String text, boolean match) {
    }

    /** A paragraph that matched: where it is, its title, how well it matched and the snippet around the match. */
    public record Hit(long itemId, ParagraphRef paragraph, String title, double rank, List<Fragment> snippet) {
    }

    private final DSLContext db;

    SearchService(DSLContext db) {
        this.db = db;
    }

    /** Best hits first; an empty or blank query finds nothing. Understands "quoted phrases", or, and -excluded words. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Hit> search(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String cleaned = query.strip().replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
        return db.resultQuery(SQL, cleaned, MAX_HITS, HEADLINE_OPTIONS)
                .fetch(r -> new Hit(r.get(0, Long.class), new ParagraphRef(r.get(1, Long.class), r.get(3, String.class),
                        r.get(4, String.class), r.get(2, LocalDate.class), r.get(5, Integer.class)), r.get(6, String.class),
                        r.get(7, Double.class), fragments(r.get(8, String.class))));
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
