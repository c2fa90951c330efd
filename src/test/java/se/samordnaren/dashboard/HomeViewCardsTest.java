package se.samordnaren.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page's cards: the next meeting and the counts, written the Swedish way. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class HomeViewCardsTest extends ViewTest {

    @Test
    void without_meetings_the_cards_say_so() {
        // The UI opens on the start page before the database is reset: build it anew on the empty database.
        open("personer", com.vaadin.flow.component.Component.class);
        HomeView view = open("", HomeView.class);

        assertThat(figures(view)).containsExactly("–", "0", "0");
        assertThat(find(Span.class).from(view).all()).extracting(Span::getText).contains("Inget sammanträde är planerat.");
    }

    @Test
    void the_next_meeting_links_to_it_with_its_body_and_long_date() {
        LocalDate day = LocalDate.now().plusDays(10);
        long meeting = data.meeting(data.body("Styrelsen"), day);
        open("personer", com.vaadin.flow.component.Component.class); // the start page was built before the meeting

        HomeView view = open("", HomeView.class);

        assertThat(figures(view).getFirst()).isEqualTo(day.toString());
        assertThat(find(Anchor.class).from(view).all()).filteredOn(a -> a.getHref().equals("sammantraden/" + meeting))
                .singleElement().satisfies(a -> assertThat(a.getText()).startsWith("Styrelsen, ").endsWith(" " + day.getYear()));
    }

    private java.util.List<String> figures(HomeView view) {
        return find(Span.class).from(view).all().stream().filter(s -> s.hasClassName("card-figure")).map(Span::getText).toList();
    }
}
