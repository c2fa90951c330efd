package se.samordnaren.meeting;

import se.samordnaren.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A meeting shows where later decisions referred to it ("Protokollet läggs till handlingarna: Styrelsen … § 4"). */
class MeetingReferralsViewTest extends ViewTest {

    @Autowired
    MeetingService meetings;

    @Test
    @WithMockUser(username = "referralreader", roles = "STYRELSE")
    void later_decisions_linking_to_the_meeting_are_listed_in_its_header() {
        long body = data.board();
        long november = data.meeting(body, LocalDate.of(2020, 11, 27));
        long march = data.meeting(body, LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(march, 3, "Dagordning", "Att fastställa dagordningen");
        long decision = data.paragraphWithDecision(march, 4, "Föregående protokoll", "Att lägga protokollet till handlingarna");
        data.link(decision, data.meetingRecord(november), "Protokollet läggs till handlingarna");

        assertThat(meetings.load(november).referredBy())
                .extracting(r -> r.paragraph().meetingId(), r -> r.paragraph().number(), Minutes.Referral::note)
                .containsExactly(tuple(march, 4, "Protokollet läggs till handlingarna"));
        assertThat(meetings.load(march).referredBy()).isEmpty();

        navigate("sammantraden/" + november, MeetingView.class);
        // The header is markup (ui.StaticMarkup): the link is an <a class="decided-at-link"> in it.
        assertThat(rendered(find(MeetingHeader.class).single()).select("a.decided-at-link")).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo("Protokollet läggs till handlingarna: " + data.boardName() + " 2021-03-19 § 4");
            assertThat(link.attr("href")).isEqualTo("sammantraden/" + march + "?paragraf=4");
        });
    }
}
