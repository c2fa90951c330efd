package se.samordnaren.decision;

import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.meeting.DecisionOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@WithMockUser(username = "styrelse", roles = "STYRELSE")
class SearchServiceTest extends DatabaseTest {

    @Autowired
    SearchService search;

    long meeting;
    /** A word only the many-hits tests use (the minutes of every test mention data.word). */
    String broad;

    @BeforeEach
    void minutes() {
        broad = "bred" + data.word;
        long body = data.body(data.name("Sökstyrelsen"));
        meeting = data.heldMeeting(body, LocalDate.of(2021, 3, 19), "Skype");
        data.item(meeting, 5, "Fortsatta medel " + data.word,
                "Styrelsen var enig i att insatserna är tillräckliga för att bevilja fortsatta medel. <b>fet</b> " + data.word);
        data.item(meeting, 9, "AMA-rapporten " + data.word,
                "Styrelsen var enig i att återremittera rapporten för att korrigera felaktigheterna. " + data.word);
        data.decision(data.item(meeting, 10, "Övrigt " + data.word, null), DecisionOutcome.APPROVED, "Att godkänna årsredovisningen " + data.word);
    }

    @Test
    void an_inflected_form_finds_the_paragraph_with_the_match_emphasised() {
        List<SearchService.Hit> hits = search.search("beviljade " + data.word).hits();

        assertThat(hits).extracting(h -> h.paragraph().number()).containsExactly(5);
        SearchService.Hit hit = hits.getFirst();
        assertThat(hit.paragraph().meetingId()).isEqualTo(meeting);
        assertThat(hit.paragraph().paragraph()).isEqualTo("§ 5");
        assertThat(hit.snippet()).filteredOn(SearchService.Fragment::match)
                .extracting(SearchService.Fragment::text).contains("bevilja");
        // Markup in the source text never reaches the page as markup (the parser drops tags; the view shows text only).
        assertThat(String.join("", hit.snippet().stream().map(SearchService.Fragment::text).toList()))
                .contains("fet").doesNotContain("<b>");
    }

    @Test
    void clauses_are_searched_too() {
        assertThat(search.search("årsredovisning " + data.word).hits()).extracting(h -> h.paragraph().number()).containsExactly(10);
    }

    @Test
    void aterremittera_finds_its_forms_but_aterremiss_is_another_word() {
        assertThat(search.search("återremittera " + data.word).hits()).extracting(h -> h.paragraph().number()).containsExactly(9);
        assertThat(search.search("återremitterade " + data.word).hits()).extracting(h -> h.paragraph().number()).containsExactly(9);
        // The Swedish stemmer keeps the noun "återremiss" apart from the verb "återremittera".
        assertThat(search.search("återremiss " + data.word).hits()).isEmpty();
        // Either word: websearch syntax "or".
        assertThat(search.search("(återremiss or återremittera) " + data.word).hits()).extracting(h -> h.paragraph().number()).containsExactly(9);
    }

    @Test
    void a_term_not_present_finds_nothing() {
        assertThat(search.search(data.word + "x").hits()).isEmpty();
        assertThat(search.search("   ").hits()).isEmpty();
        assertThat(search.search("\"fortsatta medel\" -" + data.word).hits()).noneMatch(h -> h.paragraph().meetingId() == meeting);
    }

    @Test
    void the_words_of_a_query_may_be_in_the_title_the_text_or_the_decision_of_the_paragraph() {
        long item = data.item(meeting, 12, "Prognos för " + data.word, "Förbundschefen redogjorde för läget.");
        data.decision(item, DecisionOutcome.APPROVED, "Att lägga prognosen till handlingarna");

        assertThat(search.search("förbundschefen prognosen " + data.word).hits()).extracting(h -> h.paragraph().number())
                .containsExactly(12);
        // A match in the title weighs more than matches in the text (§ 14 has three there, § 5 one and its title).
        data.item(meeting, 14, "Rapport " + data.word, "Fortsatta medel, fortsatta medel och åter fortsatta medel.");
        assertThat(search.search("\"fortsatta medel\" " + data.word).hits()).extracting(h -> h.paragraph().number())
                .containsExactly(5, 14);
    }

    @Test
    void up_to_the_limit_every_hit_is_ranked_and_every_page_can_be_shown() {
        List<Long> meetings = monthlyMeetings(25);
        long oldestBest = manyHits(meetings);

        SearchService.Result first = search.search(broad);

        assertThat(first.capped()).isFalse();
        assertThat(first.ranked()).isEqualTo(SearchService.RANK_ALL_UP_TO);
        assertThat(first.hits()).hasSize(SearchService.PAGE_SIZE);
        // The best match is found although it is the oldest of a thousand.
        assertThat(first.hits().getFirst().itemId()).isEqualTo(oldestBest);
        Set<Long> seen = new HashSet<>();
        List<Double> ranks = new ArrayList<>();
        SearchService.Result page = first;
        while (true) {
            page.hits().forEach(h -> {
                seen.add(h.itemId());
                ranks.add(h.rank());
            });
            if (!page.hasMore()) {
                break;
            }
            page = search.search(broad, page.offset() + page.size());
        }
        assertThat(seen).hasSize(SearchService.RANK_ALL_UP_TO);
        assertThat(ranks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void beyond_the_limit_the_newest_hits_are_ranked_and_the_result_says_it_is_capped() {
        List<Long> meetings = monthlyMeetings(25);
        long oldestBest = manyHits(meetings);
        long newest = meetings.getLast();
        long newestBest = data.item(newest, 41, "Om " + broad, broad + ", " + broad + " och åter " + broad);

        SearchService.Result first = search.search(broad);

        assertThat(first.capped()).isTrue();
        assertThat(first.ranked()).isEqualTo(SearchService.NEWEST_WHEN_CAPPED);
        assertThat(first.hits().getFirst().itemId()).isEqualTo(newestBest);
        List<SearchService.Hit> all = new ArrayList<>(first.hits());
        for (SearchService.Result page = first; page.hasMore(); ) {
            page = search.search(broad, page.offset() + page.size());
            all.addAll(page.hits());
        }
        assertThat(all).hasSize(SearchService.NEWEST_WHEN_CAPPED).noneMatch(h -> h.itemId() == oldestBest);
        // The 200 newest: the newest meeting's 41 §, the three before it (40 each) and § 1–39 of the fifth.
        assertThat(all.stream().map(h -> h.paragraph().meetingId()).distinct())
                .containsExactlyInAnyOrderElementsOf(meetings.subList(meetings.size() - 5, meetings.size()));
        assertThat(all).filteredOn(h -> h.paragraph().meetingId() == meetings.get(meetings.size() - 5))
                .extracting(h -> h.paragraph().number()).hasSize(39).doesNotContain(40);
    }

    /** Held meetings of a board a month apart, the oldest first. */
    private List<Long> monthlyMeetings(int count) {
        long body = data.body(data.name("Bredstyrelsen"));
        List<Long> meetings = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            meetings.add(data.heldMeeting(body, LocalDate.of(2001, 1, 15).plusMonths(k), "Kristallen"));
        }
        return meetings;
    }

    /**
     * Exactly {@link SearchService#RANK_ALL_UP_TO} § that mention the broad word: 40 in each meeting, the oldest
     * meeting's § 40 the best match of all (the word in its title and three times in its text); that §'s id.
     */
    private long manyHits(List<Long> meetings) {
        assertThat(meetings.size() * 40).isEqualTo(SearchService.RANK_ALL_UP_TO);
        for (long m : meetings) {
            ManyHits.paragraphs(db, m, 1, m == meetings.getFirst() ? 39 : 40, broad);
        }
        return data.item(meetings.getFirst(), 40, "Om " + broad, broad + ", " + broad + " och åter " + broad);
    }

    @Test
    void the_title_comes_with_its_matches_flagged_unless_the_parser_would_change_it() {
        SearchService.Hit hit = search.search("rapport " + data.word).hits().getFirst();
        assertThat(hit.titleFragments()).containsExactly(new SearchService.Fragment("AMA-", false),
                new SearchService.Fragment("rapporten", true), new SearchService.Fragment(" ", false),
                new SearchService.Fragment(data.word, true));
        assertThat(SearchService.titleFragments("Budget <utkast> 2021", "Budget  2021"))
                .containsExactly(new SearchService.Fragment("Budget <utkast> 2021", false));
    }

    @Test
    void headline_markers_are_split_into_fragments() {
        assertThat(SearchService.fragments("att \uE000bevilja\uE001 medel"))
                .containsExactly(new SearchService.Fragment("att ", false), new SearchService.Fragment("bevilja", true),
                        new SearchService.Fragment(" medel", false));
    }
}
