package se.samordnaren.decision;

import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.MinutesFixture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.config.TranslationProvider;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpServiceTest extends DatabaseTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    TranslationProvider translations;

    MinutesFixture f;
    long responsible;
    long followUp;
    long earlierItem;
    long laterItem;

    @BeforeEach
    void followUp() {
        f = new MinutesFixture(db);
        long body = f.body("Uppföljningsstyrelsen");
        responsible = f.person("Ansvarig " + f.tag, null);
        long before = f.meeting(body, LocalDate.of(2020, 6, 5), "Kristallen");
        earlierItem = f.item(before, 3, "Tidigare ärende", null);
        long deciding = f.meeting(body, LocalDate.of(2020, 9, 25), "Kristallen");
        long decision = f.decision(f.item(deciding, 5, "En väg in", null), DecisionOutcome.GRANTED, "Att bevilja medel");
        followUp = f.followUp(decision, "Redovisa förankringen " + f.tag, responsible, LocalDate.of(2021, 3, 19));
        long later = f.meeting(body, LocalDate.of(2021, 3, 19), "Skype");
        laterItem = f.item(later, 5, "Fortsatta medel", null);
    }

    private FollowUpService.Row row(FollowUpService.Show show) {
        return followUps.list(new FollowUpService.Filter(show, responsible)).stream()
                .filter(r -> r.id() == followUp).findFirst().orElse(null);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void closing_with_a_later_paragraph_closes_it() {
        FollowUpService.Row open = row(FollowUpService.Show.OPEN);
        assertThat(open).isNotNull();
        assertThat(open.overdue()).isTrue();
        assertThat(open.responsible()).isEqualTo("Ansvarig " + f.tag);
        assertThat(open.decidedAt().number()).isEqualTo(5);
        assertThat(open.decidedAt().meetingDate()).isEqualTo(LocalDate.of(2020, 9, 25));

        followUps.close(followUp, open.version(), laterItem, "Redovisningen godtogs");

        assertThat(row(FollowUpService.Show.OPEN)).isNull();
        FollowUpService.Row closed = row(FollowUpService.Show.CLOSED);
        assertThat(closed.status()).isEqualTo(FollowUpStatus.CLOSED);
        assertThat(closed.overdue()).isFalse();
        assertThat(closed.closedBy().meetingDate()).isEqualTo(LocalDate.of(2021, 3, 19));
        assertThat(closed.closedNote()).isEqualTo("Redovisningen godtogs");
        assertThat(row(FollowUpService.Show.ALL)).isNotNull();
        // A second close with the old version is a stale edit.
        assertThatThrownBy(() -> followUps.close(followUp, open.version(), laterItem, "igen"))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void a_paragraph_from_before_the_decision_is_refused_in_swedish() {
        FollowUpService.Row open = row(FollowUpService.Show.OPEN);
        assertThatThrownBy(() -> followUps.close(followUp, open.version(), earlierItem, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("followUp.error.closingBeforeDecision");
                    assertThat(translations.getTranslation(e.messageKey(), Locale.of("sv", "SE")))
                            .contains("kan inte stängas av en paragraf från ett sammanträde före beslutet");
                });
        assertThat(row(FollowUpService.Show.OPEN)).isNotNull();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_but_cannot_close() {
        FollowUpService.Row open = row(FollowUpService.Show.OPEN);
        assertThat(open).isNotNull();
        assertThatThrownBy(() -> followUps.close(followUp, open.version(), laterItem, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(row(FollowUpService.Show.OPEN)).isNotNull();
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void the_auditor_cannot_close_either() {
        assertThatThrownBy(() -> followUps.close(followUp, 1, laterItem, null)).isInstanceOf(AccessDeniedException.class);
    }
}
