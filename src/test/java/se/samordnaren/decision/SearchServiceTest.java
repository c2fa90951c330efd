package se.samordnaren.decision;

import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.meeting.DecisionOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@WithMockUser(username = "styrelse", roles = "STYRELSE")
class SearchServiceTest extends DatabaseTest {

    @Autowired
    SearchService search;

    long meeting;

    @BeforeEach
    void minutes() {
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
        List<SearchService.Hit> hits = search.search("beviljade " + data.word);

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
        assertThat(search.search("årsredovisning " + data.word)).extracting(h -> h.paragraph().number()).containsExactly(10);
    }

    @Test
    void aterremittera_finds_its_forms_but_aterremiss_is_another_word() {
        assertThat(search.search("återremittera " + data.word)).extracting(h -> h.paragraph().number()).containsExactly(9);
        assertThat(search.search("återremitterade " + data.word)).extracting(h -> h.paragraph().number()).containsExactly(9);
        // The Swedish stemmer keeps the noun "återremiss" apart from the verb "återremittera".
        assertThat(search.search("återremiss " + data.word)).isEmpty();
        // Either word: websearch syntax "or".
        assertThat(search.search("(återremiss or återremittera) " + data.word)).extracting(h -> h.paragraph().number()).containsExactly(9);
    }

    @Test
    void a_term_not_present_finds_nothing() {
        assertThat(search.search(data.word + "x")).isEmpty();
        assertThat(search.search("   ")).isEmpty();
        assertThat(search.search("\"fortsatta medel\" -" + data.word)).noneMatch(h -> h.paragraph().meetingId() == meeting);
    }

    @Test
    void headline_markers_are_split_into_fragments() {
        assertThat(SearchService.fragments("att \uE000bevilja\uE001 medel"))
                .containsExactly(new SearchService.Fragment("att ", false), new SearchService.Fragment("bevilja", true),
                        new SearchService.Fragment(" medel", false));
    }
}
