package se.samordnaren.allocation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.association.MemberType;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.config.TranslationProvider;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.testsupport.TestData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.ALLOCATION_YEAR;
import static se.samordnaren.db.Tables.DECISION_LINK;

/** Tilldelade medel on the real database: the members' shares, payments and differences, the §, refusals and roles. */
class AllocationServiceTest extends DatabaseTest {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    @Autowired
    AllocationService allocations;
    @Autowired
    TranslationProvider texts;

    private TestData fixture;

    @BeforeEach
    void fixture() {
        fixture = new TestData(db);
    }

    private static AllocationYearDraft year(int year, long total, Map<Long, BigDecimal> keys) {
        return new AllocationYearDraft(null, null, year, BigDecimal.valueOf(total), new BigDecimal("50"),
                new BigDecimal("25"), new BigDecimal("25"), "Befolkning 31 december " + (year - 1), null, null, keys);
    }

    private static Map<Long, BigDecimal> keys(Object... memberAndValue) {
        Map<Long, BigDecimal> keys = new LinkedHashMap<>();
        for (int i = 0; i < memberAndValue.length; i += 2) {
            keys.put((Long) memberAndValue[i], new BigDecimal(memberAndValue[i + 1].toString()));
        }
        return keys;
    }

    private static AllocationYearDetail.MemberShare share(AllocationYearDetail detail, long memberId) {
        return detail.shares().stream().filter(s -> s.memberId() == memberId).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void two_municipalities_split_their_quarter_by_the_key_and_payments_show_the_differences() {
        TestData.LundMembers members = fixture.lundMembers();
        long eslov = fixture.member("Eslövs kommun", MemberType.MUNICIPALITY, 34_000);
        // 8 000 000: state 4 000 000, region 2 000 000, municipalities 2 000 000 split 3:1.
        long id = allocations.saveYear(year(2021, 8_000_000, keys(members.lund(), 120_000, eslov, 40_000)));
        allocations.savePayment(new PaymentDraft(null, null, id, members.fk(), LocalDate.of(2021, 1, 15),
                new BigDecimal("1000000"), "Kvartal 1"));
        allocations.savePayment(new PaymentDraft(null, null, id, members.fk(), LocalDate.of(2021, 4, 15),
                new BigDecimal("1000000"), "Kvartal 2"));
        allocations.savePayment(new PaymentDraft(null, null, id, members.region(), LocalDate.of(2021, 3, 1),
                new BigDecimal("2000000"), null));
        allocations.savePayment(new PaymentDraft(null, null, id, eslov, LocalDate.of(2021, 2, 1),
                new BigDecimal("510000"), "Helår"));

        AllocationYearDetail detail = allocations.year(2021).orElseThrow();
        var fk = share(detail, members.fk());
        assertThat(fk.expected()).isEqualByComparingTo("4000000");
        assertThat(fk.paid()).isEqualByComparingTo("2000000");
        assertThat(fk.difference()).isEqualByComparingTo("-2000000");
        assertThat(fk.lastPaidOn()).isEqualTo(LocalDate.of(2021, 4, 15));
        assertThat(fk.state()).isEqualTo(PaymentState.PARTLY_PAID);
        var region = share(detail, members.region());
        assertThat(region.expected()).isEqualByComparingTo("2000000");
        assertThat(region.state()).isEqualTo(PaymentState.PAID);
        var lund = share(detail, members.lund());
        assertThat(lund.expected()).isEqualByComparingTo("1500000");
        assertThat(lund.paid()).isEqualByComparingTo("0");
        assertThat(lund.lastPaidOn()).isNull();
        assertThat(lund.state()).isEqualTo(PaymentState.NOT_PAID);
        var eslovShare = share(detail, eslov);
        assertThat(eslovShare.expected()).isEqualByComparingTo("500000");
        assertThat(eslovShare.difference()).isEqualByComparingTo("10000");
        assertThat(eslovShare.state()).isEqualTo(PaymentState.OVERPAID);
        assertThat(share(detail, members.af()).state()).isEqualTo(PaymentState.NO_SHARE);

        assertThat(detail.expectedTotal()).isEqualByComparingTo("8000000");
        assertThat(detail.paidTotal()).isEqualByComparingTo("4510000");
        assertThat(detail.differenceTotal()).isEqualByComparingTo("-3490000");
        assertThat(detail.payments()).extracting(AllocationYearDetail.Payment::paidOn).containsExactly(
                LocalDate.of(2021, 1, 15), LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 15));
        // The order of the split: state, region, municipalities, then the others.
        assertThat(detail.shares()).extracting(AllocationYearDetail.MemberShare::memberType).containsExactly(
                MemberType.FORSAKRINGSKASSAN, MemberType.REGION, MemberType.MUNICIPALITY, MemberType.MUNICIPALITY,
                MemberType.ARBETSFORMEDLINGEN);
        assertThat(allocations.years()).containsExactly(2021);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_municipality_without_a_key_is_marked_and_a_changed_key_changes_the_shares() {
        TestData.LundMembers members = fixture.lundMembers();
        long eslov = fixture.member("Eslövs kommun", MemberType.MUNICIPALITY, 34_000);
        long id = allocations.saveYear(year(2021, 8_000_000, keys(members.lund(), 1)));
        AllocationYearDetail detail = allocations.year(2021).orElseThrow();
        assertThat(share(detail, eslov).state()).isEqualTo(PaymentState.KEY_MISSING);
        assertThat(share(detail, members.lund()).expected()).isEqualByComparingTo("2000000");
        assertThat(detail.keys()).extracting(AllocationYearDetail.MunicipalKey::population).containsExactly(34_000, 124_935);

        allocations.saveYear(new AllocationYearDraft(id, detail.version(), 2021, new BigDecimal("8000000"),
                new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"), "Avtalad andel", null, null,
                keys(members.lund(), 75, eslov, 25)));
        detail = allocations.year(2021).orElseThrow();
        assertThat(share(detail, members.lund()).expected()).isEqualByComparingTo("1500000");
        assertThat(share(detail, eslov).expected()).isEqualByComparingTo("500000");
        assertThat(detail.keyBasis()).isEqualTo("Avtalad andel");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_new_year_is_prefilled_with_the_population_of_every_municipality() {
        fixture.lundMembers();
        assertThat(allocations.municipalities()).singleElement().satisfies(m -> {
            assertThat(m.memberName()).isEqualTo("Lunds kommun");
            assertThat(m.population()).isEqualTo(124_935);
        });
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void shares_that_do_not_add_up_to_100_are_refused_in_swedish_by_the_service_and_by_the_database() {
        fixture.lundMembers();
        assertThatThrownBy(() -> allocations.saveYear(new AllocationYearDraft(null, null, 2021, new BigDecimal("7000000"),
                new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("25"), "Befolkning", null, null, Map.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("allocation.error.sharesSum");
                    assertThat(texts.getTranslation(e.messageKey(), SWEDISH, e.arguments()))
                            .isEqualTo("Statens, regionens och kommunernas andelar ska tillsammans vara 100 procent, inte 105 procent.");
                });
        assertThatThrownBy(() -> db.insertInto(ALLOCATION_YEAR).set(ALLOCATION_YEAR.YEAR, 2021)
                .set(ALLOCATION_YEAR.TOTAL, new BigDecimal("7000000")).set(ALLOCATION_YEAR.STATE_SHARE, new BigDecimal("60"))
                .execute())
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("allocation.error.sharesSumRefused");
                    assertThat(texts.getTranslation(e.messageKey(), SWEDISH))
                            .isEqualTo("Statens, regionens och kommunernas andelar ska tillsammans vara 100 procent.");
                });
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_key_for_a_member_that_is_not_a_municipality_is_refused_in_swedish() {
        TestData.LundMembers members = fixture.lundMembers();
        assertThatThrownBy(() -> allocations.saveYear(year(2021, 7_000_000, keys(members.region(), 100))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("allocation.error.keyOnlyMunicipalities");
                    assertThat(texts.getTranslation(e.messageKey(), SWEDISH))
                            .isEqualTo("Fördelningsnyckeln gäller bara kommunerna.");
                });
        assertThat(allocations.years()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_same_year_twice_is_refused() {
        fixture.lundMembers();
        allocations.saveYear(year(2021, 7_000_000, Map.of()));
        assertThatThrownBy(() -> allocations.saveYear(year(2021, 6_000_000, Map.of())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("allocation.error.yearExists"));
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void an_allocation_cannot_rest_on_a_proposal_or_a_rejection() {
        fixture.lundMembers();
        var proposal = fixture.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.PROPOSAL, "Förslag till budget");
        assertThatThrownBy(() -> allocations.saveYear(new AllocationYearDraft(null, null, 2021,
                new BigDecimal("7000000"), new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"),
                "Befolkning", proposal.id(), null, Map.of())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("allocation.error.decisionNotDeciding"));
        var rejected = fixture.boardDecision(LocalDate.of(2020, 11, 28), DecisionOutcome.REJECTED, "Budget");
        var noted = fixture.boardDecision(LocalDate.of(2020, 11, 29), DecisionOutcome.NOTED, "Tilldelning 2021");
        assertThat(allocations.decisionChoices("", PageRequest.first(50))).extracting(MoneyDecision::decisionId)
                .containsExactly(noted.id());
        assertThat(rejected.id()).isNotEqualTo(noted.id());
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_outcomes_an_allocation_may_rest_on_are_the_ones_the_database_accepts() {
        fixture.lundMembers();
        int year = 2000;
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            var decision = fixture.boardDecision(LocalDate.of(2020, 1, 1).plusDays(year - 2000), outcome, "Beslut " + outcome);
            int y = ++year;
            boolean accepted;
            try {
                db.insertInto(ALLOCATION_YEAR).set(ALLOCATION_YEAR.YEAR, y).set(ALLOCATION_YEAR.TOTAL, BigDecimal.TEN)
                        .set(ALLOCATION_YEAR.DECISION_ID, decision.id()).execute();
                accepted = true;
            } catch (UserFacingException refused) {
                assertThat(refused.messageKey()).isEqualTo("allocation.error.decisionNotDeciding");
                accepted = false;
            }
            assertThat(accepted).as(outcome.name()).isEqualTo(AllocationService.mayRestOn(outcome));
        }
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_paragraph_is_linked_in_open_minutes_and_the_link_moves_with_a_new_paragraph() {
        fixture.lundMembers();
        var first = fixture.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, "Budget 2021");
        var second = fixture.boardDecision(LocalDate.of(2021, 3, 19), DecisionOutcome.NOTED, "Tilldelning 2021");
        long id = allocations.saveYear(new AllocationYearDraft(null, null, 2021, new BigDecimal("7000000"),
                new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"), "Befolkning", first.id(), null, Map.of()));
        long recordId = db.select(ALLOCATION_YEAR.RECORD_ID).from(ALLOCATION_YEAR).where(ALLOCATION_YEAR.ID.eq(id))
                .fetchSingle(ALLOCATION_YEAR.RECORD_ID);
        assertThat(db.select(DECISION_LINK.DECISION_ID, DECISION_LINK.NOTE).from(DECISION_LINK)
                .where(DECISION_LINK.RECORD_ID.eq(recordId)).fetch().map(r -> r.value1() + " " + r.value2()))
                .containsExactly(first.id() + " Tilldelade medel 2021");
        AllocationYearDetail detail = allocations.year(2021).orElseThrow();
        assertThat(detail.decidedAt().label()).isEqualTo(fixture.boardName() + " 2020-11-27 § 1");
        assertThat(detail.decidedAt().href()).isEqualTo("sammantraden/" + first.meetingId() + "?paragraf=1");

        allocations.saveYear(new AllocationYearDraft(id, detail.version(), 2021, new BigDecimal("7000000"),
                new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"), "Befolkning", second.id(), null, Map.of()));
        assertThat(db.select(DECISION_LINK.DECISION_ID).from(DECISION_LINK).where(DECISION_LINK.RECORD_ID.eq(recordId))
                .fetch(DECISION_LINK.DECISION_ID)).containsExactly(second.id());
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void approved_minutes_keep_their_links_but_the_allocation_still_carries_its_paragraph() {
        fixture.lundMembers();
        var decision = fixture.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, "Budget 2021");
        fixture.approve(decision.meetingId());
        allocations.saveYear(new AllocationYearDraft(null, null, 2021, new BigDecimal("7000000"),
                new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"), "Befolkning", decision.id(), null, Map.of()));
        assertThat(db.fetchCount(DECISION_LINK)).isZero();
        assertThat(allocations.year(2021).orElseThrow().decidedAt().label()).isEqualTo(fixture.boardName() + " 2020-11-27 § 1");
        assertThat(allocations.decisionChoice(decision.id()).orElseThrow().minutesApproved()).isTrue();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_records_the_paragraph_and_the_open_minutes_list_the_allocation() {
        fixture.lundMembers();
        var decision = fixture.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, "Budget 2021");
        allocations.saveYear(new AllocationYearDraft(null, null, 2021, new BigDecimal("7000000"),
                new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"), "Befolkning", decision.id(), null, Map.of()));
        assertThat(allocations.year(2021).orElseThrow().decisionId()).isEqualTo(decision.id());
        assertThat(db.fetchCount(DECISION_LINK, DECISION_LINK.DECISION_ID.eq(decision.id()))).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_stale_edit_of_a_year_or_a_payment_is_refused_and_nothing_is_overwritten() {
        TestData.LundMembers members = fixture.lundMembers();
        long id = allocations.saveYear(year(2021, 7_000_000, Map.of()));
        AllocationYearDetail opened = allocations.year(2021).orElseThrow();
        allocations.saveYear(new AllocationYearDraft(id, opened.version(), 2021, new BigDecimal("7100000"),
                new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"), "Befolkning", null, null, Map.of()));
        assertThatThrownBy(() -> allocations.saveYear(new AllocationYearDraft(id, opened.version(), 2021,
                new BigDecimal("6900000"), new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"),
                "Befolkning", null, null, Map.of())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(allocations.year(2021).orElseThrow().total()).isEqualByComparingTo("7100000");

        long payment = allocations.savePayment(new PaymentDraft(null, null, id, members.fk(), LocalDate.of(2021, 1, 15),
                new BigDecimal("875000"), null));
        allocations.savePayment(new PaymentDraft(payment, 1, id, members.fk(), LocalDate.of(2021, 1, 15),
                new BigDecimal("880000"), "Rättat"));
        assertThatThrownBy(() -> allocations.savePayment(new PaymentDraft(payment, 1, id, members.fk(),
                LocalDate.of(2021, 1, 15), new BigDecimal("1"), null))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> allocations.deletePayment(payment, 1)).isInstanceOf(ConcurrentEditException.class);
        allocations.deletePayment(payment, 2);
        assertThat(allocations.year(2021).orElseThrow().payments()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_payment_of_zero_is_refused() {
        TestData.LundMembers members = fixture.lundMembers();
        long id = allocations.saveYear(year(2021, 7_000_000, Map.of()));
        assertThatThrownBy(() -> allocations.savePayment(new PaymentDraft(null, null, id, members.fk(),
                LocalDate.of(2021, 1, 15), BigDecimal.ZERO, null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("allocation.error.amountNotZero"));
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_but_may_not_write() {
        assertThat(allocations.years()).isEmpty();
        assertThatThrownBy(() -> allocations.saveYear(year(2021, 7_000_000, Map.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "bg", roles = "BEREDNINGSGRUPP")
    void the_preparatory_group_sees_no_money() {
        assertThatThrownBy(() -> allocations.years()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.year(2021)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void the_secretary_sees_no_money() {
        assertThatThrownBy(() -> allocations.year(2021)).isInstanceOf(AccessDeniedException.class);
    }
}
