package se.samordnaren.application;

import se.samordnaren.meeting.DecisionOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.initiative.GrantKind;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;

/**
 * A bifall books its money through the insats feature (InitiativeService.grantFromApplication) and links the decision
 * through the meeting feature (MeetingService.addLink): a continued insats gets increases and extensions, a taken
 * name or a stopped insats is refused before anything is written, and a link made in the minutes is not made twice.
 */
@WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
class ApplicationGrantTest extends DatabaseTest {

    @Autowired
    FundingApplicationService applications;
    @Autowired
    ApplicationStepService steps;
    @Autowired
    ApplicationQueries queries;

    /** An insats running since 2025 with 500 000 kr granted for 2026 on an earlier board decision. */
    private long runningInsats(String name, InitiativeStatus status) {
        long id = data.initiative(name, InitiativeStatus.RUNNING, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        long earlier = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2024, 11, 20)), 4, "Insatsen", DecisionOutcome.GRANTED);
        data.grant(id, 2026, 500_000, earlier);
        if (status != InitiativeStatus.RUNNING) {
            db.update(INITIATIVE).set(INITIATIVE.STATUS, status)
                    .set(INITIATIVE.ACTUAL_END_DATE, status.isFinished() ? LocalDate.of(2025, 12, 31) : null)
                    .where(INITIATIVE.ID.eq(id)).execute();
        }
        return id;
    }

    private long receive(String title, Long continues) {
        return AsUser.chef(() -> applications.create(new NewApplication(null, "Folkhögskolan", null, null, continues,
                FundingApplicationServiceTest.version(title, LocalDate.of(2026, 1, 10), 2026, 100_000, 200_000))));
    }

    private int version(long id) {
        return queries.detail(id).orElseThrow().version();
    }

    @Test
    void a_continued_insats_gets_an_increase_for_a_year_with_money_and_an_extension_for_a_new_year() {
        long insats = runningInsats("Fortsättningen", InitiativeStatus.RUNNING);
        long id = receive("Fortsättningen år 2", insats);
        long granted = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 3, 3)), 5, "Ansökan", DecisionOutcome.GRANTED);

        steps.recordBoardDecision(id, version(id), StepOutcome.APPROVE, granted, null, "Ignoreras: insatsen finns");

        assertThat(db.select(INITIATIVE_GRANT.YEAR, INITIATIVE_GRANT.KIND, INITIATIVE_GRANT.AMOUNT).from(INITIATIVE_GRANT)
                .where(INITIATIVE_GRANT.DECISION_ID.eq(granted)).orderBy(INITIATIVE_GRANT.YEAR)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3().intValue()))
                .containsExactly("2026 INCREASE 100000", "2027 EXTENSION 200000");
        var after = db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(insats)).fetchSingle();
        assertThat(String.valueOf(after.getStatus())).isEqualTo("EXTENDED");
        assertThat(after.getPlannedEndDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(after.getName()).isEqualTo("Fortsättningen");
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(1);
        ApplicationDetail done = queries.detail(id).orElseThrow();
        assertThat(done.initiativeId()).isEqualTo(insats);
        assertThat(done.grants()).extracting(ApplicationDetail.Grant::kind)
                .containsExactly(GrantKind.INCREASE, GrantKind.EXTENSION);
    }

    @Test
    void a_decision_already_linked_to_the_insats_in_the_minutes_is_not_linked_twice() {
        long insats = runningInsats("Redan länkad", InitiativeStatus.RUNNING);
        long id = receive("Redan länkad år 2", insats);
        long granted = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 3, 3)), 5, "Ansökan", DecisionOutcome.GRANTED);
        data.link(granted, data.initiativeRecord(insats), "Länkad av sekreteraren");

        steps.recordBoardDecision(id, version(id), StepOutcome.APPROVE, granted, null, null);

        assertThat(db.select(DECISION_LINK.NOTE).from(DECISION_LINK).where(DECISION_LINK.DECISION_ID.eq(granted))
                .fetch(DECISION_LINK.NOTE)).containsExactly("Länkad av sekreteraren");
        assertThat(queries.detail(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
    }

    @Test
    void a_new_insats_needs_a_free_name_and_nothing_is_saved_when_it_is_taken() {
        runningInsats("Upptaget namn", InitiativeStatus.RUNNING);
        long id = receive("Ny ansökan", null);
        long granted = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 3, 3)), 5, "Ansökan", DecisionOutcome.GRANTED);

        assertThatThrownBy(() -> steps.recordBoardDecision(id, version(id), StepOutcome.APPROVE, granted, null, "UPPTAGET namn"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("initiative.error.duplicateName");
                    assertThat(e.arguments()).containsExactly("UPPTAGET namn");
                });

        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(1);
        assertThat(db.fetchCount(INITIATIVE_GRANT, INITIATIVE_GRANT.DECISION_ID.eq(granted))).isZero();
        assertThat(db.fetchCount(DECISION_LINK)).isZero();
        assertThat(queries.detail(id).orElseThrow().status()).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    void a_stopped_insats_gets_no_new_money() {
        long insats = runningInsats("Avbruten", InitiativeStatus.STOPPED);
        long id = receive("Avbruten år 2", insats);
        long granted = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 3, 3)), 5, "Ansökan", DecisionOutcome.GRANTED);

        assertThatThrownBy(() -> steps.recordBoardDecision(id, version(id), StepOutcome.APPROVE, granted, null, null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("initiative.error.statusMove"));

        assertThat(db.fetchCount(INITIATIVE_GRANT, INITIATIVE_GRANT.DECISION_ID.eq(granted))).isZero();
        assertThat(queries.detail(id).orElseThrow().status()).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    void a_new_insats_name_longer_than_the_database_keeps_is_refused_with_the_fields_name() {
        long id = receive("Långt namn", null);
        long granted = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 3, 3)), 5, "Ansökan", DecisionOutcome.GRANTED);

        assertThatThrownBy(() -> steps.recordBoardDecision(id, version(id), StepOutcome.APPROVE, granted, null, "x".repeat(301)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.text.tooLong"));
        assertThat(db.fetchCount(INITIATIVE)).isZero();
    }
}
