package se.samordnaren.meeting.noticeboard;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import se.samordnaren.common.DateFormats;
import se.samordnaren.testsupport.ViewTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Vaadin notice board, opened by an anonymous visitor. */
@WithAnonymousUser
class NoticeBoardViewTest extends ViewTest {

    final LocalDate today = LocalDate.now(DateFormats.SWEDEN);

    private long minutes(String bodyName, LocalDate date) {
        long meeting = data.boardMeeting(data.body(bodyName), date);
        data.paragraphWithDecision(meeting, 1, "Årsredovisning för 2020", "Att godkänna årsredovisningen");
        return meeting;
    }

    @Test
    void an_anonymous_visitor_sees_the_posted_minutes_with_their_appeal_date_and_nothing_else() {
        String body = data.name("Styrelsen");
        long posted = minutes(body, today.minusDays(30));
        data.approve(posted, today.minusDays(3), "Kristallen", null, null);
        data.notice(posted, today.minusDays(2), today.plusDays(19), today.plusDays(20));
        minutes(data.name("Utkastorganet"), today.minusDays(10));
        long later = minutes(data.name("Väntorganet"), today.minusDays(20));
        data.approve(later, today.minusDays(1), "Kristallen", null, null);
        data.notice(later, today.plusDays(3), today.plusDays(24), today.plusDays(25));
        long down = minutes(data.name("Nedtagetorganet"), today.minusDays(60));
        data.approve(down, today.minusDays(50), "Kristallen", null, null);
        data.notice(down, today.minusDays(49), today.minusDays(28), today.minusDays(27));

        NoticeBoardView view = open("anslagstavla", NoticeBoardView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Anslagstavla – Samordningsförbundet");
        assertThat($(H2.class).all()).hasSize(1);
        assertThat($(H2.class).first().getText()).startsWith(body + ", sammanträde ");
        assertThat(view.list.getChildren().filter(ListItem.class::isInstance).count()).isEqualTo(1);
        String text = view.list.getElement().getTextRecursively();
        assertThat(text).contains("Sista dag för överklagande", today.plusDays(19).toString(),
                today.minusDays(2).toString(), today.plusDays(20).toString());
        assertThat(text).doesNotContain("Utkastorganet", "Väntorganet", "Nedtagetorganet", "Anna Andersson");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void an_empty_board_says_so() {
        NoticeBoardView view = open("anslagstavla", NoticeBoardView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Inga protokoll är anslagna just nu.");
        assertThat(view.list.isVisible()).isFalse();
    }
}
