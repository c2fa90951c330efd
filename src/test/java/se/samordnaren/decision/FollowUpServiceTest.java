package se.samordnaren.decision;

import se.samordnaren.meeting.ConditionDraft;
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

class FollowUpServiceTest extends DatabaseTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    TranslationProvider translations;

    long responsible;
    long followUp;
    long earlierItem;
    long laterItem;
    long laterMeeting;

    @BeforeEach
    void followUp() {
        long body = data.body(data.name("Uppföljningsstyrelsen"));
        responsible = data.person(data.name("Ansvarig"));
        long before = data.heldMeeting(body, LocalDate.of(2020, 6, 5), "Kristallen");
        earlierItem = data.item(before, 3, "Tidigare ärende", null);
        long deciding = data.heldMeeting(body, LocalDate.of(2020, 9, 25), "Kristallen");
        long decision = data.decision(data.item(deciding, 5, "En väg in", null), DecisionOutcome.GRANTED, "Att bevilja medel");
        followUp = data.followUp(decision, "Redovisa förankringen " + data.tag, responsible, LocalDate.of(2021, 3, 19));
        laterMeeting = data.heldMeeting(body, LocalDate.of(2021, 3, 19), "Skype");
        laterItem = data.item(laterMeeting, 5, "Fortsatta medel", null);
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
        assertThat(open.responsible()).isEqualTo("Ansvarig " + data.tag);
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

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void the_minutes_add_change_and_remove_a_follow_up_through_the_one_writer() {
        long decision = decisionOfLaterMeeting();
        followUps.save(new ConditionDraft(null, null, decision, "  Redovisa utfallet  ", responsible, null, null));
        FollowUpService.Row added = followUps.list(new FollowUpService.Filter(FollowUpService.Show.OPEN, responsible)).stream()
                .filter(r -> r.description().equals("Redovisa utfallet")).findFirst().orElseThrow();
        followUps.save(new ConditionDraft(added.id(), added.version(), decision, "Redovisa utfallet i juni", null,
                LocalDate.of(2021, 6, 11), null));
        assertThat(followUps.schedule(added.id())).isEqualTo(new FollowUpService.Schedule(LocalDate.of(2021, 6, 11), null, null));

        assertThatThrownBy(() -> followUps.remove(added.id(), added.version())).isInstanceOf(ConcurrentEditException.class);
        followUps.remove(added.id(), added.version() + 1);
        assertThat(db.fetchExists(FOLLOW_UP, FOLLOW_UP.ID.eq(added.id()))).isFalse();
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void what_the_minutes_cannot_store_is_refused_in_swedish() {
        long decision = decisionOfLaterMeeting();
        assertThatThrownBy(() -> followUps.save(new ConditionDraft(null, null, decision, "Redovisa", null,
                LocalDate.of(2021, 6, 11), laterMeeting)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("followUp.error.oneDue"));
        assertThatThrownBy(() -> followUps.save(new ConditionDraft(null, null, decision, " ", null, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("followUp.error.descriptionRequired"));
        assertThatThrownBy(() -> followUps.save(new ConditionDraft(null, null, decision, "x".repeat(50_001), null, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.text.tooLong"));
        assertThat(db.fetchCount(FOLLOW_UP, FOLLOW_UP.DECISION_ID.eq(decision))).isZero();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_follow_up_of_approved_minutes_is_neither_added_changed_nor_removed() {
        long decision = decisionOfLaterMeeting();
        long existing = data.followUp(decision, "Redovisa " + data.tag, responsible, null);
        data.approve(laterMeeting, LocalDate.of(2021, 3, 29), "Kristallen", null, null);

        assertThatThrownBy(() -> followUps.save(new ConditionDraft(null, null, decision, "Ny", null, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("followUp.error.locked"));
        assertThatThrownBy(() -> followUps.save(new ConditionDraft(existing, 1, decision, "Ändrad", null, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("followUp.error.locked"));
        assertThatThrownBy(() -> followUps.remove(existing, 1))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("followUp.error.locked"));
        // The database's lock says the same when the service is bypassed.
        assertThatThrownBy(() -> db.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(existing)).execute())
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("followUp.error.locked"));
        assertThat(db.fetchSingle(FOLLOW_UP, FOLLOW_UP.ID.eq(existing)).getDescription()).isEqualTo("Redovisa " + data.tag);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_cannot_write_follow_ups_from_the_minutes() {
        long decision = decisionOfLaterMeeting();
        assertThatThrownBy(() -> followUps.save(new ConditionDraft(null, null, decision, "Redovisa", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.remove(followUp, 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchExists(FOLLOW_UP, FOLLOW_UP.ID.eq(followUp))).isTrue();
    }

    private long decisionOfLaterMeeting() {
        return data.decision(data.item(laterMeeting, 6, "Återrapport", null), DecisionOutcome.NOTED, "Att notera");
    }
}
