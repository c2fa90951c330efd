package se.samordnaren.meeting.docs;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class SearchServiceTest {

    @Autowired
    SearchService search;
    @Autowired
    DSLContext db;

    MinutesFixture f;
    long meeting;

    @BeforeEach
    void minutes() {
        f = new MinutesFixture(db);
        long body = f.body("Sökstyrelsen");
        meeting = f.meeting(body, LocalDate.of(2021, 3, 19), "Skype");
        f.item(meeting, 5, "Fortsatta medel " + f.word,
                "Styrelsen var enig i att insatserna är tillräckliga för att bevilja fortsatta medel. <b>fet</b> " + f.word);
        f.item(meeting, 9, "AMA-rapporten " + f.word,
                "Styrelsen var enig i att återremittera rapporten för att korrigera felaktigheterna. " + f.word);
        f.decision(f.item(meeting, 10, "Övrigt " + f.word, null), "APPROVED", "Att godkänna årsredovisningen " + f.word);
    }

    @Test
    void anInflectedFormFindsTheParagraphWithTheMatchEmphasised() {
        List<SearchService.Hit> hits = search.search("beviljade " + f.word);

        assertThat(hits).extracting(SearchService.Hit::number).containsExactly(5);
        SearchService.Hit hit = hits.getFirst();
        assertThat(hit.meetingId()).isEqualTo(meeting);
        assertThat(hit.paragraphLabel()).isEqualTo("§ 5");
        assertThat(hit.snippet()).filteredOn(SearchService.Fragment::match)
                .extracting(SearchService.Fragment::text).contains("bevilja");
        // Markup in the source text never reaches the page as markup (the parser drops tags; the view shows text only).
        assertThat(String.join("", hit.snippet().stream().map(SearchService.Fragment::text).toList()))
                .contains("fet").doesNotContain("<b>");
    }

    @Test
    void clausesAreSearchedToo() {
        assertThat(search.search("årsredovisning " + f.word)).extracting(SearchService.Hit::number).containsExactly(10);
    }

    @Test
    void aterremittera_findsItsForms_butAterremissIsAnotherWord() {
        assertThat(search.search("återremittera " + f.word)).extracting(SearchService.Hit::number).containsExactly(9);
        assertThat(search.search("återremitterade " + f.word)).extracting(SearchService.Hit::number).containsExactly(9);
        // The Swedish stemmer keeps the noun "återremiss" apart from the verb "återremittera".
        assertThat(search.search("återremiss " + f.word)).isEmpty();
        // Either word: websearch syntax "or".
        assertThat(search.search("(återremiss or återremittera) " + f.word)).extracting(SearchService.Hit::number).containsExactly(9);
    }

    @Test
    void aTermNotPresentFindsNothing() {
        assertThat(search.search(f.word + "x")).isEmpty();
        assertThat(search.search("   ")).isEmpty();
        assertThat(search.search("\"fortsatta medel\" -" + f.word)).noneMatch(h -> h.meetingId() == meeting);
    }

    @Test
    void headlineMarkersAreSplitIntoFragments() {
        assertThat(SearchService.fragments("att \uE000bevilja\uE001 medel"))
                .containsExactly(new SearchService.Fragment("att ", false), new SearchService.Fragment("bevilja", true),
                        new SearchService.Fragment(" medel", false));
    }
}
