package se.samordnaren.reminder;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.ViewTest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page's "Påminnelser" region for the user linked to the reminded person. */
@WithMockUser(username = "ordforande", roles = "STYRELSE")
class RemindersRegionTest extends ViewTest {

    @Autowired
    ReminderJob job;

    @Test
    void the_start_page_shows_the_reminder_until_it_is_marked_seen() {
        long board = data.body(data.name("Styrelsen"));
        long chair = data.person(data.name("Olle Ordförande"));
        data.ensureUser("ordforande", Role.STYRELSE);
        data.linkUser("ordforande", chair);
        long meeting = data.heldMeeting(board, LocalDate.of(2021, 2, 12), "Kristallen");
        data.attend(meeting, chair, AttendanceRole.DECISION_MAKER, "Lunds kommun", true, false, 1);
        data.signingRequested(meeting, OffsetDateTime.of(2021, 2, 15, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
        job.run(LocalDate.of(2021, 2, 20));

        navigate("sok", com.vaadin.flow.component.Component.class);
        navigate("", com.vaadin.flow.component.Component.class);
        RemindersRegion region = $(RemindersRegion.class).single();

        assertThat(region.isVisible()).isTrue();
        assertThat(region.getElement().getTextRecursively())
                .contains("Påminnelser", "Protokollet " + data.name("Styrelsen") + " 2021-02-12 väntar på din underskrift",
                        "senast 2021-02-18");
        test($(Button.class).withCondition(b -> "Markera som sedd".equals(b.getText())).single()).click();

        assertThat(region.isVisible()).isFalse();
    }

    @Test
    void a_user_without_reminders_sees_no_region() {
        data.ensureUser("ordforande", Role.STYRELSE);

        navigate("sok", com.vaadin.flow.component.Component.class);
        navigate("", com.vaadin.flow.component.Component.class);

        assertThat($(RemindersRegion.class).exists()).as("no visible region").isFalse();
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).extracting(h -> h.getText()).doesNotContain("Påminnelser");
    }
}
