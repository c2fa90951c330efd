package se.samordnaren.decision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.MEETING;

/**
 * The start page's one statement for follow-ups and decisions, and the register's cheaper count and years: the same
 * answers as the reads they replace.
 */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class StartPageAttentionTest extends DatabaseTest {

    @Autowired
    FollowUpService followUps;
    @Autowired
    DecisionRegisterService register;

    @Test
    void attention_is_the_open_counts_the_first_open_ones_and_the_latest_decisions() {
        long body = data.body(data.name("Startstyrelsen"));
        long early = data.heldMeeting(body, LocalDate.of(2019, 5, 3), "Kristallen");
        long late = data.heldMeeting(body, LocalDate.of(2024, 5, 3), "Kristallen");
        for (int n = 1; n <= 8; n++) {
            long decision = data.decision(data.item(n % 2 == 0 ? early : late, n, "Ärende " + n, null), DecisionOutcome.APPROVED, "Att " + n);
            // Four overdue (due in the past), four due in the future (not overdue).
            data.followUp(decision, "Uppföljning " + n, null, n <= 4 ? LocalDate.of(2020, 1, n) : LocalDate.now().plusYears(1).plusDays(n));
        }

        FollowUpService.Attention attention = followUps.attention(6, 6);

        FollowUpService.OpenCounts counts = followUps.openCounts();
        assertThat(attention.open()).isEqualTo(counts.open()).isEqualTo(8);
        assertThat(attention.overdue()).isEqualTo(counts.overdue()).isEqualTo(4);
        assertThat(attention.firstOpen()).isEqualTo(followUps.page(new FollowUpService.Filter(FollowUpService.Show.OPEN, null),
                PageRequest.first(6)));
        assertThat(attention.firstOpen()).extracting(FollowUpService.Row::description)
                .startsWith("Uppföljning 1", "Uppföljning 2", "Uppföljning 3", "Uppföljning 4");
        assertThat(attention.latestDecisions()).isEqualTo(register.latestTaken(6));
        assertThat(attention.latestDecisions()).hasSize(6);
    }

    @Test
    void with_nothing_open_the_counts_are_zero() {
        FollowUpService.Attention attention = followUps.attention(6, 6);
        assertThat(attention.open()).isZero();
        assertThat(attention.overdue()).isZero();
        assertThat(attention.firstOpen()).isEmpty();
        assertThat(attention.latestDecisions()).isEmpty();
    }

    @Test
    void the_registers_years_and_count_are_those_of_every_decision() {
        long body = data.body(data.name("Årsorgan"));
        for (LocalDate date : List.of(LocalDate.of(2016, 3, 1), LocalDate.of(2018, 2, 1), LocalDate.of(2018, 12, 31),
                LocalDate.of(2023, 1, 1))) {
            long meeting = data.heldMeeting(body, date, "Kristallen");
            data.decision(data.item(meeting, 1, "Beslut " + date, null), DecisionOutcome.NOTED, "Att notera");
        }
        data.heldMeeting(body, LocalDate.of(2020, 1, 1), "Kristallen"); // a meeting without decisions: no year

        List<Integer> scanned = db.selectDistinct(org.jooq.impl.DSL.extract(MEETING.MEETING_DATE, org.jooq.DatePart.YEAR))
                .from(DECISION).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .orderBy(1).fetch().map(r -> r.value1()).reversed();
        assertThat(register.years()).isEqualTo(scanned).containsExactly(2023, 2018, 2016);
        assertThat(register.count(DecisionRegisterService.Filter.all())).isEqualTo(4);
        assertThat(register.count(new DecisionRegisterService.Filter(null, 2018, null, null, null))).isEqualTo(2);
        assertThat(register.count(new DecisionRegisterService.Filter(null, null, DecisionOutcome.NOTED, null, null))).isEqualTo(4);
    }
}
