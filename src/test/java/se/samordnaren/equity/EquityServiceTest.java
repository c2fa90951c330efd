package se.samordnaren.equity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.association.MemberType;
import se.samordnaren.budget.BudgetVersionKind;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.config.TranslationProvider;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.testsupport.TestData;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.ALLOCATION_YEAR;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.GUIDELINE_STEP;

/**
 * Annual results, discharge, the guideline and the equity against it on the real database — first of all Lund's
 * 2020 figures end to end.
 */
class EquityServiceTest extends DatabaseTest {

    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final String SOURCE = "Nationella rådet för finansiell samordning, rekommendation om eget kapital";

    @Autowired
    EquityService equity;
    @Autowired
    TranslationProvider texts;

    private TestData fixture;

    @BeforeEach
    void fixture() {
        fixture = new TestData(db);
    }

    private void allocation(int year, long total) {
        db.insertInto(ALLOCATION_YEAR).set(ALLOCATION_YEAR.YEAR, year).set(ALLOCATION_YEAR.TOTAL, BigDecimal.valueOf(total))
                .execute();
    }

    private void step(String validFrom, Long upTo, String share) {
        db.insertInto(GUIDELINE_STEP).set(GUIDELINE_STEP.VALID_FROM, LocalDate.parse(validFrom))
                .set(GUIDELINE_STEP.ALLOCATION_UP_TO, upTo == null ? null : BigDecimal.valueOf(upTo))
                .set(GUIDELINE_STEP.MAX_SHARE, new BigDecimal(share)).set(GUIDELINE_STEP.SOURCE, SOURCE + " " + validFrom)
                .execute();
    }

    private static AnnualResultDraft result(int year, long income, long costs, long start, long end, Long allocation,
                                            Long decisionId) {
        return new AnnualResultDraft(null, null, year, BigDecimal.valueOf(income), BigDecimal.valueOf(costs),
                BigDecimal.valueOf(start), BigDecimal.valueOf(end), allocation == null ? null : BigDecimal.valueOf(allocation),
                decisionId, null, null, null, null);
    }

    private EquityYear history(int year) {
        return equity.overview().history().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void lund_2020_result_3_3_million_equity_5_8_million_is_4_4_million_above_the_20_percent_guideline() {
        fixture.lundMembers();
        allocation(2020, 7_000_000);
        equity.saveGuidelineStep(new GuidelineStepDraft(null, null, LocalDate.of(2010, 1, 1), null, new BigDecimal("20"),
                "Nationella rådet för finansiell samordning, rekommendation om eget kapital (cirka 20 % av tilldelade medel)"));
        var approved = fixture.boardDecision(LocalDate.of(2021, 3, 19), DecisionOutcome.APPROVED, "Årsredovisning för 2020");
        equity.saveResult(new AnnualResultDraft(null, null, 2020, new BigDecimal("7050000"), new BigDecimal("3750000"),
                new BigDecimal("2500000"), new BigDecimal("5800000"), null, approved.id(), "Vi tillstyrker.",
                LocalDate.of(2021, 4, 12), true, null));

        AnnualResultDetail detail = equity.result(2020).orElseThrow();
        assertThat(detail.result()).isEqualByComparingTo("3300000");
        assertThat(detail.equityEnd()).isEqualByComparingTo("5800000");
        assertThat(detail.allocation()).isEqualByComparingTo("7000000");
        assertThat(detail.allocationStated()).isNull();
        assertThat(detail.decidedAt().label()).isEqualTo(fixture.boardName() + " 2021-03-19 § 1");
        EquityYear e = detail.equity();
        assertThat(e.allowed()).isEqualByComparingTo("1400000");
        assertThat(e.maxShare()).isEqualByComparingTo("20");
        assertThat(e.excess()).isEqualByComparingTo("4400000");
        assertThat(e.ratioPercent()).isEqualByComparingTo("82.9");
        assertThat(e.level()).isEqualTo(EquityLevel.ABOVE);
        assertThat(e.source()).startsWith("Nationella rådet för finansiell samordning");
        assertThat(Formats.money(e.excess()).replace('\u00a0', ' ')).isEqualTo("4 400 000 kr");
        assertThat(texts.getTranslation(e.level().translationKey(), SWEDISH)).isEqualTo("Över riktlinjen");

        assertThat(history(2020).equityEnd()).isEqualByComparingTo("5800000");
        SpendingTarget target = equity.spendingTarget(2020).orElseThrow();
        assertThat(target.forecast()).isFalse();
        assertThat(target.mustSpend()).isTrue();
        assertThat(target.amount()).isEqualByComparingTo("4400000");
        // The approving § is linked in the (still open) minutes.
        assertThat(db.fetchCount(DECISION_LINK, DECISION_LINK.DECISION_ID.eq(approved.id()))).isEqualTo(1);
        assertThat(equity.results()).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualByComparingTo("3300000");
            assertThat(r.dischargesOutstanding()).isEqualTo(4);
        });
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_staircase_picks_the_smallest_bracket_that_holds_the_allocation_and_the_steps_in_force_at_year_end() {
        fixture.lundMembers();
        step("2010-01-01", 5_000_000L, "30");
        step("2010-01-01", 10_000_000L, "25");
        step("2010-01-01", null, "20");
        step("2022-07-01", null, "15");
        equity.saveResult(result(2018, 4_000_000, 4_000_000, 1_000_000, 1_000_000, 4_000_000L, null));
        equity.saveResult(result(2019, 7_000_000, 7_000_000, 1_000_000, 1_000_000, 7_000_000L, null));
        equity.saveResult(result(2020, 12_000_000, 12_000_000, 1_000_000, 1_000_000, 12_000_000L, null));
        equity.saveResult(result(2021, 5_000_000, 5_000_000, 1_000_000, 1_000_000, 5_000_000L, null));
        equity.saveResult(result(2022, 4_000_000, 4_000_000, 1_000_000, 1_000_000, 4_000_000L, null));

        assertThat(history(2018).maxShare()).isEqualByComparingTo("30");
        assertThat(history(2018).allowed()).isEqualByComparingTo("1200000");
        assertThat(history(2018).level()).isEqualTo(EquityLevel.WITHIN);
        assertThat(history(2019).maxShare()).isEqualByComparingTo("25");
        assertThat(history(2019).allowed()).isEqualByComparingTo("1750000");
        assertThat(history(2020).maxShare()).isEqualByComparingTo("20");
        assertThat(history(2020).allowed()).isEqualByComparingTo("2400000");
        // On the bracket's limit the bracket still holds.
        assertThat(history(2021).maxShare()).isEqualByComparingTo("30");
        // The step dated 2022-07-01 replaces all earlier steps for 2022.
        assertThat(history(2022).maxShare()).isEqualByComparingTo("15");
        assertThat(history(2022).allowed()).isEqualByComparingTo("600000");
        assertThat(history(2022).excess()).isEqualByComparingTo("400000");
        assertThat(history(2022).level()).isEqualTo(EquityLevel.ABOVE);
        assertThat(history(2022).source()).isEqualTo(SOURCE + " 2022-07-01");
        // One year's page carries that year's status, not another's.
        assertThat(equity.result(2019).orElseThrow().equity().year()).isEqualTo(2019);
        assertThat(equity.result(2022).orElseThrow().equity().maxShare()).isEqualByComparingTo("15");

        assertThat(equity.guidelineSteps()).extracting(GuidelineStep::maxShare).extracting(BigDecimal::intValue)
                .containsExactly(15, 30, 25, 20);
        assertThat(equity.guidelineSteps()).extracting(GuidelineStep::inForce)
                .containsExactly(LocalDate.now().isAfter(LocalDate.of(2022, 6, 30)), false, false, false);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_year_before_any_step_has_no_guideline() {
        fixture.lundMembers();
        step("2015-01-01", null, "20");
        equity.saveResult(result(2014, 1_000_000, 900_000, 0, 100_000, 1_000_000L, null));
        assertThat(history(2014).allowed()).isNull();
        assertThat(history(2014).level()).isEqualTo(EquityLevel.NO_GUIDELINE);
        assertThat(equity.spendingTarget(2014)).isEmpty();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_forecast_follows_the_newest_decided_budget_and_plan_and_says_what_must_be_spent() {
        TestData.LundMembers members = fixture.lundMembers();
        step("2010-01-01", null, "20");
        allocation(2020, 7_000_000);
        allocation(2021, 7_000_000);
        allocation(2022, 7_000_000);
        equity.saveResult(result(2020, 7_050_000, 3_750_000, 2_500_000, 5_800_000, null, null));
        var november = fixture.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, "Budget 2021");
        var march = fixture.boardDecision(LocalDate.of(2021, 3, 19), DecisionOutcome.APPROVED, "Reviderad budget 2021");
        var draft = fixture.boardDecision(LocalDate.of(2021, 9, 24), DecisionOutcome.REFERRED_BACK, "Budget 2022");
        // The November budget with its plan years, then the revised one, which replaces it for all three years.
        fixture.decidedBudget(2021, BudgetVersionKind.BUDGET, "Budget 2021 med plan 2022–2023", november.id(), Map.of(
                "Tilldelning Region Skåne", Map.of(2021, 7_000_000L, 2022, 7_000_000L, 2023, 7_000_000L),
                "Intäkt ESF", Map.of(2021, 600_000L),
                "Kansli", Map.of(2021, 9_900_000L, 2022, 9_200_000L, 2023, 7_100_000L)));
        fixture.decidedBudget(2021, BudgetVersionKind.REVISED, "Reviderad budget 2021", march.id(), Map.of(
                "Tilldelning Region Skåne", Map.of(2021, 7_000_000L, 2022, 7_000_000L, 2023, 7_000_000L),
                "Intäkt ESF", Map.of(2021, 700_000L),
                "Kansli", Map.of(2021, 10_100_000L, 2022, 9_300_000L, 2023, 7_100_000L)));
        assertThat(members.region()).isPositive();
        assertThat(draft.id()).isPositive();

        EquityOverview overview = equity.overview();
        assertThat(overview.history()).extracting(EquityYear::year).containsExactly(2020);
        assertThat(overview.forecast()).extracting(EquityYear::year).containsExactly(2021, 2022, 2023);
        assertThat(overview.forecast()).allMatch(EquityYear::forecast);
        EquityYear y2021 = overview.forecast().get(0);
        assertThat(y2021.result()).isEqualByComparingTo("-2400000");
        assertThat(y2021.equityEnd()).isEqualByComparingTo("3400000");
        assertThat(y2021.allowed()).isEqualByComparingTo("1400000");
        assertThat(y2021.excess()).isEqualByComparingTo("2000000");
        assertThat(y2021.level()).isEqualTo(EquityLevel.ABOVE);
        EquityYear y2022 = overview.forecast().get(1);
        assertThat(y2022.equityEnd()).isEqualByComparingTo("1100000");
        assertThat(y2022.excess()).isEqualByComparingTo("-300000");
        assertThat(y2022.level()).isEqualTo(EquityLevel.WITHIN);
        assertThat(y2022.ratioPercent()).isEqualByComparingTo("15.7");
        // 2023 has no allocation year: the plan's allocation income is the allocation.
        EquityYear y2023 = overview.forecast().get(2);
        assertThat(y2023.equityEnd()).isEqualByComparingTo("1000000");
        assertThat(y2023.allocation()).isEqualByComparingTo("7000000");

        SpendingTarget by2021 = equity.spendingTarget(2021).orElseThrow();
        assertThat(by2021.forecast()).isTrue();
        assertThat(by2021.mustSpend()).isTrue();
        assertThat(by2021.amount()).isEqualByComparingTo("2000000");
        assertThat(by2021.equityEnd()).isEqualByComparingTo("3400000");
        SpendingTarget by2022 = equity.spendingTarget(2022).orElseThrow();
        assertThat(by2022.mustSpend()).isFalse();
        assertThat(by2022.amount()).isEqualByComparingTo("300000");
        assertThat(equity.spendingTarget(2030)).isEmpty();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void every_member_gets_a_discharge_row_and_the_outstanding_ones_are_listed() {
        TestData.LundMembers members = fixture.lundMembers();
        equity.saveResult(result(2019, 6_900_000, 6_300_000, 1_900_000, 2_500_000, null, null));
        AnnualResultDetail detail = equity.result(2019).orElseThrow();
        assertThat(detail.discharges()).extracting(AnnualResultDetail.Discharge::memberName).containsExactly(
                "Arbetsförmedlingen", "Försäkringskassan", "Lunds kommun", "Region Skåne");
        assertThat(detail.outstanding()).hasSize(4);

        for (var d : detail.discharges()) {
            if (d.memberId() != members.lund()) {
                equity.saveDischarge(new DischargeDraft(d.id(), d.version(), DischargeState.GRANTED,
                        LocalDate.of(2020, 4, 20), "Beslut " + d.memberName()));
            }
        }
        detail = equity.result(2019).orElseThrow();
        assertThat(detail.outstanding()).extracting(AnnualResultDetail.Discharge::memberName)
                .containsExactly("Lunds kommun");
        assertThat(equity.results()).singleElement().satisfies(r -> {
            assertThat(r.dischargesGranted()).isEqualTo(3);
            assertThat(r.dischargesOutstanding()).isEqualTo(1);
            assertThat(r.dischargesRefused()).isZero();
        });

        // A member that joins later gets its row at the next save of the result.
        long eslov = fixture.member("Eslövs kommun", MemberType.MUNICIPALITY, 34_000);
        equity.saveResult(new AnnualResultDraft(detail.id(), detail.version(), 2019, detail.income(), detail.costs(),
                detail.equityStart(), detail.equityEnd(), null, null, null, null, null, null));
        assertThat(equity.result(2019).orElseThrow().outstanding()).extracting(AnnualResultDetail.Discharge::memberId)
                .containsExactlyInAnyOrder(members.lund(), eslov);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_discharge_is_granted_with_a_date_refused_without_one_and_a_stale_edit_is_refused() {
        TestData.LundMembers members = fixture.lundMembers();
        equity.saveResult(result(2019, 6_900_000, 6_300_000, 1_900_000, 2_500_000, null, null));
        var lund = equity.result(2019).orElseThrow().discharges().stream()
                .filter(d -> d.memberId() == members.lund()).findFirst().orElseThrow();
        assertThatThrownBy(() -> equity.saveDischarge(new DischargeDraft(lund.id(), lund.version(), DischargeState.GRANTED,
                null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e ->
                        assertThat(texts.getTranslation(e.messageKey(), SWEDISH))
                                .isEqualTo("Fyll i datumet då ansvarsfriheten beviljades."));
        equity.saveDischarge(new DischargeDraft(lund.id(), lund.version(), DischargeState.REFUSED,
                LocalDate.of(2021, 5, 1), "Kommunfullmäktige 2021-05-01 § 12"));
        var refused = equity.result(2019).orElseThrow().discharges().stream()
                .filter(d -> d.memberId() == members.lund()).findFirst().orElseThrow();
        assertThat(refused.state()).isEqualTo(DischargeState.REFUSED);
        assertThat(refused.grantedOn()).isNull();
        assertThatThrownBy(() -> equity.saveDischarge(new DischargeDraft(lund.id(), lund.version(),
                DischargeState.OUTSTANDING, null, null))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_stale_edit_of_an_annual_result_is_refused() {
        fixture.lundMembers();
        long id = equity.saveResult(result(2020, 7_050_000, 3_750_000, 2_500_000, 5_800_000, null, null));
        AnnualResultDetail opened = equity.result(2020).orElseThrow();
        equity.saveResult(new AnnualResultDraft(id, opened.version(), 2020, opened.income(), new BigDecimal("3760000"),
                opened.equityStart(), new BigDecimal("5790000"), null, null, null, null, null, null));
        assertThatThrownBy(() -> equity.saveResult(new AnnualResultDraft(id, opened.version(), 2020, opened.income(),
                opened.costs(), opened.equityStart(), opened.equityEnd(), null, null, null, null, null, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(equity.result(2020).orElseThrow().result()).isEqualByComparingTo("3290000");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void an_annual_result_twice_for_a_year_or_on_a_referral_back_is_refused_in_swedish() {
        fixture.lundMembers();
        equity.saveResult(result(2020, 7_050_000, 3_750_000, 2_500_000, 5_800_000, null, null));
        assertThatThrownBy(() -> equity.saveResult(result(2020, 1, 1, 1, 1, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e ->
                        assertThat(texts.getTranslation(e.messageKey(), SWEDISH, e.arguments())).isEqualTo(
                                "Det finns redan en årsredovisning för 2020. Öppna den och ändra den i stället."));
        var referred = fixture.boardDecision(LocalDate.of(2021, 3, 19), DecisionOutcome.REFERRED_BACK, "Årsredovisning");
        assertThatThrownBy(() -> equity.saveResult(result(2021, 1, 1, 1, 1, null, referred.id())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("equity.error.decisionNotDeciding");
                    assertThat(texts.getTranslation(e.messageKey(), SWEDISH)).startsWith(
                            "Årsredovisningen kan bara kopplas till en paragraf där den godkändes");
                });
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_same_step_twice_is_refused_in_swedish_and_a_stale_step_edit_is_refused() {
        long id = equity.saveGuidelineStep(new GuidelineStepDraft(null, null, LocalDate.of(2010, 1, 1), null,
                new BigDecimal("20"), SOURCE));
        assertThatThrownBy(() -> equity.saveGuidelineStep(new GuidelineStepDraft(null, null, LocalDate.of(2010, 1, 1),
                null, new BigDecimal("25"), SOURCE)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("equity.error.stepExists");
                    assertThat(texts.getTranslation(e.messageKey(), SWEDISH))
                            .isEqualTo("Det finns redan ett steg med samma datum och samma tilldelningsgräns.");
                });
        equity.saveGuidelineStep(new GuidelineStepDraft(id, 1, LocalDate.of(2010, 1, 1), null, new BigDecimal("22"), SOURCE));
        assertThatThrownBy(() -> equity.saveGuidelineStep(new GuidelineStepDraft(id, 1, LocalDate.of(2010, 1, 1), null,
                new BigDecimal("18"), SOURCE))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> equity.deleteGuidelineStep(id, 1)).isInstanceOf(ConcurrentEditException.class);
        assertThat(equity.guidelineSteps()).singleElement()
                .satisfies(s -> assertThat(s.maxShare()).isEqualByComparingTo("22"));
        equity.deleteGuidelineStep(id, 2);
        assertThat(equity.guidelineSteps()).isEmpty();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_share_above_100_percent_is_refused() {
        assertThatThrownBy(() -> equity.saveGuidelineStep(new GuidelineStepDraft(null, null, LocalDate.of(2010, 1, 1),
                null, new BigDecimal("120"), SOURCE)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("equity.error.maxShareRange"));
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_records_results_but_only_the_forbundschef_changes_the_guideline() {
        fixture.lundMembers();
        equity.saveResult(result(2020, 7_050_000, 3_750_000, 2_500_000, 5_800_000, null, null));
        assertThatThrownBy(() -> equity.saveGuidelineStep(new GuidelineStepDraft(null, null, LocalDate.of(2010, 1, 1),
                null, new BigDecimal("20"), SOURCE))).isInstanceOf(AccessDeniedException.class);
        assertThat(equity.results()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_but_may_not_write() {
        assertThat(equity.overview().history()).isEmpty();
        assertThat(equity.guidelineSteps()).isEmpty();
        assertThatThrownBy(() -> equity.saveResult(result(2020, 1, 1, 1, 1, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void the_auditors_read_the_results() {
        assertThat(equity.results()).isEmpty();
        assertThatThrownBy(() -> equity.saveDischarge(new DischargeDraft(1, 1, DischargeState.GRANTED, LocalDate.now(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "bg", roles = "BEREDNINGSGRUPP")
    void the_preparatory_group_sees_no_money() {
        assertThatThrownBy(() -> equity.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> equity.results()).isInstanceOf(AccessDeniedException.class);
    }
}
