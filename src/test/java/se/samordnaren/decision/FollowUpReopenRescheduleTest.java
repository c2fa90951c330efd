package se.samordnaren.decision;

import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.meeting.DecisionOutcome;
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
import static se.samordnaren.db.Tables.FOLLOW_UP;

class FollowUpReopenRescheduleTest extends DatabaseTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    TranslationProvider translations;

    long responsible;
    long other;
    long followUp;
    long before;
    long later;
    long laterItem;

    @BeforeEach
    void followUp() {
        long body = data.body(data.name("Omplaneringsstyrelsen"));
        responsible = data.person(data.name("Ansvarig"));
        other = data.person(data.name("Ny ansvarig"));
        before = data.heldMeeting(body, LocalDate.of(2020, 6, 5), "Kristallen");
        long deciding = data.heldMeeting(body, LocalDate.of(2020, 9, 25), "Kristallen");
        long decision = data.decision(data.item(deciding, 5, "En väg in", null), DecisionOutcome.GRANTED, "Att bevilja medel");
        followUp = data.followUp(decision, "Redovisa förankringen " + data.tag, responsible, LocalDate.of(2021, 3, 19));
        later = data.heldMeeting(body, LocalDate.of(2021, 3, 19), "Skype");
        laterItem = data.item(later, 5, "Fortsatta medel", null);
    }

    private FollowUpService.Row row() {
        return followUps.list(new FollowUpService.Filter(FollowUpService.Show.ALL, null)).stream()
                .filter(r -> r.id() == followUp).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void reopening_clears_the_closing_paragraph_and_note() {
        followUps.close(followUp, row().version(), laterItem, "Redovisningen godtogs");
        FollowUpService.Row closed = row();
        assertThat(closed.open()).isFalse();

        followUps.reopen(followUp, closed.version());

        FollowUpService.Row reopened = row();
        assertThat(reopened.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(reopened.closedBy()).isNull();
        assertThat(reopened.closedNote()).isNull();
        assertThat(reopened.version()).isEqualTo(closed.version() + 1);
        var stored = db.fetchSingle(FOLLOW_UP, FOLLOW_UP.ID.eq(followUp));
        assertThat(stored.getClosedByItemId()).isNull();
        assertThat(stored.getClosedNote()).isNull();
        // Stale: the version we closed with is gone; reopening an open one is refused the same way.
        assertThatThrownBy(() -> followUps.reopen(followUp, closed.version())).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> followUps.reopen(followUp, reopened.version())).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void rescheduling_moves_the_due_date_to_a_meeting_and_changes_the_responsible() {
        FollowUpService.Row open = row();
        assertThat(open.dueOn()).isEqualTo(LocalDate.of(2021, 3, 19));

        followUps.reschedule(followUp, open.version(), null, later, other);

        FollowUpService.Row moved = row();
        assertThat(moved.responsible()).isEqualTo("Ny ansvarig " + data.tag);
        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2021, 3, 19));
        assertThat(followUps.schedule(followUp)).isEqualTo(new FollowUpService.Schedule(null, later, other));

        followUps.reschedule(followUp, moved.version(), LocalDate.of(2030, 1, 31), null, null);
        FollowUpService.Row dated = row();
        assertThat(dated.dueOn()).isEqualTo(LocalDate.of(2030, 1, 31));
        assertThat(dated.overdue()).isFalse();
        assertThat(dated.responsible()).isNull();
        assertThat(followUps.schedule(followUp)).isEqualTo(new FollowUpService.Schedule(LocalDate.of(2030, 1, 31), null, null));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void stale_or_closed_or_invalid_reschedules_are_refused_in_swedish() {
        FollowUpService.Row open = row();
        followUps.reschedule(followUp, open.version(), LocalDate.of(2030, 1, 31), null, responsible);
        assertThatThrownBy(() -> followUps.reschedule(followUp, open.version(), LocalDate.of(2031, 1, 31), null, responsible))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(row().dueOn()).isEqualTo(LocalDate.of(2030, 1, 31));

        int current = row().version();
        assertThatThrownBy(() -> followUps.reschedule(followUp, current, null, before, responsible))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("followUp.error.dueBeforeDecision");
                    assertThat(translations.getTranslation(e.messageKey(), Locale.of("sv", "SE")))
                            .contains("före beslutet");
                });
        assertThatThrownBy(() -> followUps.reschedule(followUp, current, LocalDate.of(2030, 1, 1), later, responsible))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("followUp.error.oneDue"));
        assertThat(row().version()).isEqualTo(current);

        followUps.close(followUp, current, laterItem, null);
        int closedVersion = row().version();
        assertThatThrownBy(() -> followUps.reschedule(followUp, closedVersion, LocalDate.of(2031, 1, 31), null, responsible))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_cannot_reopen_or_reschedule() {
        int version = row().version();
        assertThatThrownBy(() -> followUps.reopen(followUp, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.reschedule(followUp, version, LocalDate.of(2030, 1, 31), null, other))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(row().version()).isEqualTo(version);
        assertThat(row().responsible()).isEqualTo("Ansvarig " + data.tag);
    }
}
