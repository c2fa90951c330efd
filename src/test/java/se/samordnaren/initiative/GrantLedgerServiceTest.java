package se.samordnaren.initiative;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The grant ledger on the real database: first grants and opening balances, change decisions, the § picker, which
 * outcomes money may rest on (Java and SQL agree), and the refusals in Swedish. Money booked from a granted
 * application: {@code application.ApplicationGrantTest}.
 */
class GrantLedgerServiceTest extends DatabaseTest {

    @Autowired
    GrantLedgerService ledger;
    @Autowired
    InitiativeService initiatives;

    private static final PageRequest PAGE = PageRequest.first(100);

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_grant_without_a_paragraph_is_refused_by_the_database() {
        long id = data.initiative(data.name("Utan beslut"), InitiativeStatus.GRANTED, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        assertThatThrownBy(() -> ledger.recordGrant(new GrantEntry(id, null, false, null, null,
                List.of(new YearAmount(2021, new BigDecimal("100000"))), null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("initiative.error.grantNeedsDecision"));
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_records_a_grant_on_its_paragraph_and_an_opening_balance() {
        long id = data.initiative(data.name("Med beslut"), InitiativeStatus.GRANTED, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
        var decision = data.boardDecision(LocalDate.of(2020, 9, 25), DecisionOutcome.GRANTED);
        ledger.recordGrant(new GrantEntry(id, null, true, LocalDate.of(2019, 11, 29), "Styrelsen 2019-11-29 § 7",
                List.of(new YearAmount(2020, new BigDecimal("300000"))), null));
        ledger.recordGrant(new GrantEntry(id, decision.id(), false, null, null,
                List.of(new YearAmount(2021, new BigDecimal("1200000")), new YearAmount(2022, new BigDecimal("1200000"))),
                "Villkorat"));
        InitiativeDetail detail = initiatives.detail(id).orElseThrow();
        assertThat(detail.grantYears()).extracting(InitiativeDetail.GrantYear::year).containsExactly(2020, 2021, 2022);
        assertThat(detail.grantedTotal()).isEqualByComparingTo("2700000");
        assertThat(detail.ledger().getFirst().openingBalance()).isTrue();
        assertThat(detail.firstGrantingDecision().label()).isEqualTo(data.boardName() + " 2020-09-25 § 1");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_shortening_decision_reduces_2022_and_reports_the_money_freed() {
        long id = data.initiative(data.name("Förkortas"), InitiativeStatus.RUNNING, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
        var grant = data.boardDecision(LocalDate.of(2019, 11, 29), DecisionOutcome.GRANTED);
        data.grant(id, 2021, 850_000, grant.id());
        data.grant(id, 2022, 850_000, grant.id());
        var shortening = data.boardDecision(LocalDate.of(2021, 6, 11), DecisionOutcome.APPROVED);
        InitiativeDetail before = initiatives.detail(id).orElseThrow();

        List<YearAmount> freed = GrantLedgerService.remainingAfter(before, LocalDate.of(2021, 12, 31));
        assertThat(freed).containsExactly(new YearAmount(2022, new BigDecimal("850000.00")));
        ledger.recordChange(new ChangeDecision(id, before.version(), ChangeKind.SHORTEN, shortening.id(), freed,
                LocalDate.of(2021, 12, 31), null, "Förkortas till 2021"));

        InitiativeDetail after = initiatives.detail(id).orElseThrow();
        assertThat(after.status()).isEqualTo(InitiativeStatus.SHORTENED);
        assertThat(after.plannedEndDate()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(after.grantYears()).filteredOn(y -> y.year() == 2022).singleElement().satisfies(y -> {
            assertThat(y.grantedTotal()).isEqualByComparingTo("0");
            assertThat(y.freed()).isEqualByComparingTo("850000");
        });
        assertThat(after.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(GrantKind.REDUCTION);
            assertThat(c.freedAmount()).isEqualByComparingTo("850000");
            assertThat(c.decision().number()).isEqualTo(shortening.paragraph());
            assertThat(c.decision().meetingId()).isEqualTo(shortening.meetingId());
        });
        assertThat(after.timeline()).extracting(InitiativeDetail.TimelineEvent::eventKind).contains("GRANT_REDUCTION");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_grant_on_a_rejection_is_refused_by_the_database_with_its_swedish_message() {
        long id = data.initiative(data.name("Förslag"), InitiativeStatus.GRANTED, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        var rejected = data.boardDecision(LocalDate.of(2021, 3, 19), DecisionOutcome.REJECTED);
        assertThatThrownBy(() -> ledger.recordGrant(new GrantEntry(id, rejected.id(), false, null, null,
                List.of(new YearAmount(2021, BigDecimal.TEN)), null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("initiative.error.decisionNotGranting");
                });
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void money_rests_on_exactly_the_outcomes_that_grant_money_in_java_and_in_the_database() {
        long id = data.initiative(data.name("Utfall"), InitiativeStatus.GRANTED, LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31));
        int year = 2021;
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            Boolean inDatabase = db.select(DSL.field("decision_outcome_grants_money({0})", Boolean.class,
                    DSL.val(outcome.name()))).fetchSingle().value1();
            assertThat(inDatabase).as(outcome.name()).isEqualTo(GrantLedgerService.grantsMoney(outcome));

            // The grant trigger asks the same function: money on this outcome is taken exactly when Java says so.
            var decision = data.boardDecision(LocalDate.of(2020, 1, 1).plusDays(outcome.ordinal()), outcome);
            GrantEntry grant = new GrantEntry(id, decision.id(), false, null, null,
                    List.of(new YearAmount(year++, BigDecimal.TEN)), null);
            if (GrantLedgerService.grantsMoney(outcome)) {
                ledger.recordGrant(grant);
            } else {
                assertThatThrownBy(() -> ledger.recordGrant(grant)).as(outcome.name())
                        .isInstanceOfSatisfying(UserFacingException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("initiative.error.decisionNotGranting"));
            }
        }
        assertThat(ledger.grantingDecisions("", PAGE)).extracting(d -> d.paragraph().number())
                .hasSize((int) java.util.Arrays.stream(DecisionOutcome.values()).filter(GrantLedgerService::grantsMoney).count());
        assertThat(initiatives.detail(id).orElseThrow().ledger()).hasSize(ledger.grantingDecisions("", PAGE).size());
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_paragraph_picker_searches_every_word_and_pages_in_the_database() {
        for (int day = 1; day <= 12; day++) {
            data.boardDecision(LocalDate.of(2021, 3, day), DecisionOutcome.GRANTED);
        }
        data.boardDecision(LocalDate.of(2021, 4, 1), DecisionOutcome.PROPOSAL);

        List<GrantingDecision> first = ledger.grantingDecisions("", PageRequest.of(0, 5));
        List<GrantingDecision> third = ledger.grantingDecisions("", PageRequest.of(10, 5));
        assertThat(first).extracting(d -> d.paragraph().meetingDate()).containsExactly(LocalDate.of(2021, 3, 12),
                LocalDate.of(2021, 3, 11), LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 9), LocalDate.of(2021, 3, 8));
        assertThat(third).extracting(d -> d.paragraph().meetingDate()).containsExactly(LocalDate.of(2021, 3, 2),
                LocalDate.of(2021, 3, 1));
        assertThat(ledger.grantingDecisions("styrelsen 2021-03-05 medel", PAGE)).singleElement()
                .satisfies(d -> assertThat(d.label()).isEqualTo(data.boardName() + " 2021-03-05 § 5 – Medel till insats"));
        assertThat(ledger.grantingDecisions("2021-04-01", PAGE)).isEmpty();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_cannot_record_money() {
        long id = data.initiative(data.name("Läses"), InitiativeStatus.IDEA, null, null);
        assertThatThrownBy(() -> ledger.recordGrant(new GrantEntry(id, null, true, LocalDate.of(2020, 1, 1), null,
                List.of(new YearAmount(2021, BigDecimal.TEN)), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(initiatives.detail(id).orElseThrow().ledger()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_twenty_one_digit_amount_is_refused_with_a_swedish_message_and_nothing_is_saved() {
        long id = data.initiative(data.name("Stort belopp"), InitiativeStatus.GRANTED, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        var decision = data.boardDecision(LocalDate.of(2020, 12, 4), DecisionOutcome.GRANTED);
        BigDecimal huge = new BigDecimal("123456789012345678901");
        assertThatThrownBy(() -> ledger.recordGrant(new GrantEntry(id, decision.id(), false, null, null,
                List.of(new YearAmount(2021, new BigDecimal("100000")), new YearAmount(2022, huge)), null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.money.invalid"));
        assertThat(initiatives.detail(id).orElseThrow().ledger()).isEmpty();
    }
}
