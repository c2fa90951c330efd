package se.samordnaren.budget;

import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.association.MemberType;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.samordnaren.db.Tables.BUDGET_AMOUNT;
import static se.samordnaren.db.Tables.BUDGET_ITEM;
import static se.samordnaren.db.Tables.BUDGET_VERSION;
import static se.samordnaren.db.Tables.DECISION_LINK;

/** The budget service on the real database: items, versions, amounts, the decided lock, prefill and comparison. */
@WithMockUser(username = "ekonom", roles = "EKONOM")
class BudgetServiceTest extends DatabaseTest {

    @Autowired
    BudgetService budgets;
    @Autowired
    BudgetQueries queries;
    private long allocation;
    private long office;
    private long other;

    @BeforeEach
    void items() {
        allocation = data.budgetItem(data.name("Tilldelning"), BudgetCategory.ALLOCATION, data.member(data.name("Lunds kommun"), MemberType.MUNICIPALITY, null), null);
        office = data.budgetItem(data.name("Kansli"), BudgetCategory.OFFICE);
        other = data.budgetItem(data.name("Övrigt"), BudgetCategory.OTHER_COST);
    }

    /** The database without the application's translating listener: the refusals as PostgreSQL raises them. */
    private DSLContext raw() {
        return DSL.using(db.configuration().derive(new ExecuteListenerProvider[0]));
    }

    private static String constraintOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        return null;
    }

    private static String keyOf(Throwable error) {
        return error instanceof UserFacingException e ? e.messageKey() : String.valueOf(error);
    }

    private SavedAmount set(long versionId, long itemId, int year, String amount, SavedAmount before) {
        return budgets.setAmount(new AmountChange(versionId, itemId, year, amount == null ? null : new BigDecimal(amount),
                before == null ? null : before.amountId(), before == null ? null : before.amountVersion()));
    }

    // ---------------------------------------------------------------- items

    @Test
    void an_item_takes_its_direction_from_its_category_and_an_allocation_line_needs_its_member() {
        long id = budgets.saveItem(new BudgetItemDraft(null, null, data.name("ESF-ersättning"),
                BudgetCategory.OTHER_INCOME, 99L, null, 2, true));

        BudgetItem saved = queries.items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        assertThat(saved.direction()).isEqualTo(BudgetDirection.INCOME);
        assertThat(saved.memberId()).as("only an allocation line names a member").isNull();
        assertThat(saved.position()).isEqualTo(2);
        assertThatThrownBy(() -> budgets.saveItem(new BudgetItemDraft(null, null, data.name("Tilldelning FK"),
                BudgetCategory.ALLOCATION, null, null, 0, true)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("budget.error.memberRequired"));
        assertThatThrownBy(() -> budgets.saveItem(new BudgetItemDraft(null, null, data.name("Kansli"),
                BudgetCategory.OFFICE, null, null, 0, true)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("budget.error.duplicateItemName"));
    }

    @Test
    void an_item_is_deactivated_and_a_stale_edit_is_refused() {
        BudgetItem opened = queries.items().stream().filter(i -> i.id() == other).findFirst().orElseThrow();
        BudgetItemDraft draft = BudgetItemDraft.of(opened);

        budgets.saveItem(new BudgetItemDraft(draft.id(), draft.version(), draft.name(), draft.category(), null, null, 0, false));

        assertThat(db.fetchValue(BUDGET_ITEM.ACTIVE, BUDGET_ITEM.ID.eq(other))).isFalse();
        assertThatThrownBy(() -> budgets.saveItem(draft)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void an_item_in_a_decided_budget_keeps_its_direction_in_the_service_and_in_the_database() {
        long version = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        data.budgetAmount(version, other, 2021, 100_000);
        data.decideBudget(version, data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, 5, "Budget").id());
        BudgetItemDraft draft = BudgetItemDraft.of(queries.items().stream().filter(i -> i.id() == other).findFirst().orElseThrow());

        Throwable refused = catchThrowable(() -> budgets.saveItem(new BudgetItemDraft(draft.id(), draft.version(),
                draft.name(), BudgetCategory.OTHER_INCOME, null, null, 0, true)));
        Throwable bySql = catchThrowable(() -> raw().execute(
                "update budget_item set direction = 'INCOME', category = 'OTHER_INCOME' where id = ?", other));

        assertThat(keyOf(refused)).isEqualTo("budget.error.directionDecided");
        assertThat(constraintOf(bySql)).isEqualTo("budget_item_direction_decided");
        budgets.saveItem(new BudgetItemDraft(draft.id(), draft.version(), data.name("Övriga kostnader"),
                BudgetCategory.ACTIVITY, null, null, 0, true));
        assertThat(db.fetchValue(BUDGET_ITEM.NAME, BUDGET_ITEM.ID.eq(other))).as("a new name and a cost category may")
                .isEqualTo(data.name("Övriga kostnader"));
    }

    // ---------------------------------------------------------------- versions and amounts

    @Test
    void a_copy_takes_the_amounts_of_its_own_years_and_says_where_it_came_from() {
        long source = data.budgetVersion(2021, BudgetVersionKind.REVISED, data.name("Reviderad budget 2021"));
        data.budgetAmount(source, allocation, 2021, 7_000_000);
        data.budgetAmount(source, office, 2021, 1_700_000);
        data.budgetAmount(source, office, 2022, 1_750_000);
        data.budgetAmount(source, office, 2023, 1_800_000);

        long sameYear = budgets.createVersion(new NewBudgetVersion(2021, BudgetVersionKind.DRAFT, data.name("Prövning"), null, source));
        long nextYear = budgets.createVersion(new NewBudgetVersion(2022, BudgetVersionKind.DRAFT, "Budget 2022 (utkast)", "Arbetsmaterial", source));
        long empty = budgets.createVersion(new NewBudgetVersion(2022, BudgetVersionKind.BUDGET, "Budget 2022", null, null));

        assertThat(amounts(sameYear)).containsExactly(allocation + ":2021=7000000.00", office + ":2021=1700000.00",
                office + ":2022=1750000.00", office + ":2023=1800000.00");
        assertThat(amounts(nextYear)).as("2021 lies outside 2022–2024")
                .containsExactly(office + ":2022=1750000.00", office + ":2023=1800000.00");
        assertThat(amounts(empty)).isEmpty();
        assertThat(amounts(source)).hasSize(4);
        BudgetVersionDetail copy = queries.version(nextYear).orElseThrow();
        assertThat(copy.copiedFromId()).isEqualTo(source);
        assertThat(copy.copiedFromName()).isEqualTo(data.name("Reviderad budget 2021"));
        assertThat(copy.note()).isEqualTo("Arbetsmaterial");
        assertThat(copy.createdBy()).isEqualTo("ekonom");
        assertThat(copy.years()).containsExactly(2022, 2023, 2024);
    }

    @Test
    void a_cell_is_entered_changed_and_emptied_and_a_stale_cell_is_refused() {
        long version = data.budgetVersion(2022, BudgetVersionKind.DRAFT, data.name("Utkast"));

        SavedAmount first = set(version, office, 2023, "1800000", null);
        SavedAmount changed = set(version, office, 2023, "1850000.50", first);
        Throwable stale = catchThrowable(() -> set(version, office, 2023, "1900000", first));

        assertThat(first.amountVersion()).isEqualTo(1);
        assertThat(changed).isEqualTo(new SavedAmount(first.amountId(), 2));
        assertThat(stale).isInstanceOf(ConcurrentEditException.class);
        assertThat(amounts(version)).containsExactly(office + ":2023=1850000.50");

        assertThat(set(version, office, 2023, null, changed)).isEqualTo(new SavedAmount(null, null));
        assertThat(amounts(version)).isEmpty();
        assertThatThrownBy(() -> set(version, office, 2023, "-5", null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("budget.error.amountNegative"));
    }

    @Test
    void a_second_new_cell_for_the_same_line_and_year_is_refused_as_a_concurrent_edit() {
        long version = data.budgetVersion(2022, BudgetVersionKind.DRAFT, data.name("Utkast"));
        set(version, office, 2022, "100", null);

        assertThatThrownBy(() -> set(version, office, 2022, "200", null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
    }

    @Test
    void a_year_outside_the_budget_year_and_its_two_plan_years_is_refused_by_the_service_and_the_database() {
        long version = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));

        Throwable refused = catchThrowable(() -> set(version, office, 2024, "100", null));
        Throwable before = catchThrowable(() -> set(version, office, 2020, "100", null));
        Throwable bySql = catchThrowable(() -> raw().execute(
                "insert into budget_amount (budget_version_id, budget_item_id, year, amount) values (?, ?, 2024, 100)",
                version, office));
        Throwable translated = catchThrowable(() -> db.execute(
                "insert into budget_amount (budget_version_id, budget_item_id, year, amount) values (?, ?, 2024, 100)",
                version, office));

        assertThat(refused).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("budget.error.yearOutsidePlan");
            assertThat(e.arguments()).containsExactly("2024", "2021", "2023");
        });
        assertThat(keyOf(before)).isEqualTo("budget.error.yearOutsidePlan");
        assertThat(constraintOf(bySql)).isEqualTo("budget_amount_year_in_plan");
        assertThat(keyOf(translated)).isEqualTo("budget.error.yearOutsidePlanDatabase");
        set(version, office, 2023, "100", null);
        assertThat(amounts(version)).containsExactly(office + ":2023=100.00");
    }

    @Test
    void a_decided_version_is_read_only_in_the_service_and_in_the_database() {
        long version = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        SavedAmount cell = set(version, office, 2021, "1700000", null);
        var decision = data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, 5, "Verksamhetsplan och budget");
        budgets.markDecided(version, 1, BudgetVersionKind.BUDGET, decision.id());
        int decidedVersion = queries.version(version).orElseThrow().version();

        assertThat(keyOf(catchThrowable(() -> set(version, office, 2021, "1", cell)))).isEqualTo("budget.error.decided");
        assertThat(keyOf(catchThrowable(() -> set(version, other, 2021, "1", null)))).isEqualTo("budget.error.decided");
        assertThat(keyOf(catchThrowable(() -> budgets.prefillInitiatives(version)))).isEqualTo("budget.error.decided");
        assertThat(keyOf(catchThrowable(() -> budgets.deleteVersion(version, decidedVersion)))).isEqualTo("budget.error.decidedDelete");
        assertThat(keyOf(catchThrowable(() -> budgets.updateVersion(new BudgetVersionEdit(version, decidedVersion,
                "Nytt namn", BudgetVersionKind.BUDGET, null))))).isEqualTo("budget.error.decided");

        // The database holds it whoever writes SQL: amounts, the version's figures, deleting it.
        for (String sql : List.of("update budget_amount set amount = 1 where budget_version_id = " + version,
                "insert into budget_amount (budget_version_id, budget_item_id, year, amount) values (" + version + ", " + other + ", 2021, 1)",
                "delete from budget_amount where budget_version_id = " + version,
                "update budget_version set year = 2022 where id = " + version,
                "update budget_version set decision_id = null where id = " + version,
                "delete from budget_version where id = " + version)) {
            assertThat(constraintOf(catchThrowable(() -> raw().execute(sql)))).as(sql).isEqualTo("budget_version_decided");
        }
        assertThat(keyOf(catchThrowable(() -> db.execute("update budget_amount set amount = 1 where budget_version_id = ?", version))))
                .as("in Swedish through the application's refusals").isEqualTo("budget.error.decided");
        assertThat(amounts(version)).containsExactly(office + ":2021=1700000.00");

        // Only the note may still change.
        budgets.updateVersion(new BudgetVersionEdit(version, decidedVersion, data.name("Budget 2021"), BudgetVersionKind.BUDGET,
                "Beslutad i november"));
        assertThat(queries.version(version).orElseThrow().note()).isEqualTo("Beslutad i november");
    }

    @Test
    void marking_decided_links_the_paragraph_of_open_minutes_but_not_of_approved_ones() {
        long open = data.budgetVersion(2021, BudgetVersionKind.DRAFT, data.name("Budget 2021"));
        long late = data.budgetVersion(2020, BudgetVersionKind.REVISED, data.name("Reviderad budget 2020"));
        var november = data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, 5, "Verksamhetsplan och budget 2021");
        var march = data.boardDecision(LocalDate.of(2020, 3, 13), DecisionOutcome.APPROVED, 2, "Reviderad budget 2020");
        data.approve(march.meetingId(), LocalDate.of(2020, 3, 20));

        assertThat(queries.decidingDecisions(data.tag + " verksamhetsplan", PageRequest.first(10)))
                .singleElement().satisfies(d -> {
                    assertThat(d.label()).isEqualTo("Styrelsen " + data.tag + " 2020-11-27 § 5 – Verksamhetsplan och budget 2021");
                    assertThat(d.minutesApproved()).isFalse();
                });
        assertThatThrownBy(() -> budgets.markDecided(open, 1, BudgetVersionKind.DRAFT, november.id()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("budget.error.decideKind"));
        budgets.markDecided(open, 1, BudgetVersionKind.BUDGET, november.id());
        budgets.markDecided(late, 1, BudgetVersionKind.REVISED, march.id());

        BudgetVersionDetail decided = queries.version(open).orElseThrow();
        assertThat(decided.kind()).isEqualTo(BudgetVersionKind.BUDGET);
        assertThat(decided.decidedAt().label()).isEqualTo("Styrelsen " + data.tag + " 2020-11-27 § 5");
        assertThat(decided.decidedAt().href()).isEqualTo("sammantraden/" + november.meetingId() + "?paragraf=5");
        long record = db.fetchValue(BUDGET_VERSION.RECORD_ID, BUDGET_VERSION.ID.eq(open));
        assertThat(db.fetchValues(DECISION_LINK.RECORD_ID, DECISION_LINK.DECISION_ID.eq(november.id()))).containsExactly(record);
        assertThat(db.fetchValue(DSL.select(DSL.field("label", String.class)).from("linkable_record_label")
                .where(DSL.field("record_id").eq(record)))).isEqualTo(data.name("Budget 2021"));
        assertThat(db.fetchCount(DECISION_LINK, DECISION_LINK.DECISION_ID.eq(march.id()))).as("approved minutes stay as they are").isZero();
        assertThat(queries.decidingDecisions(data.tag, PageRequest.first(10))).as("a decision decides one version").isEmpty();
        assertThat(keyOf(catchThrowable(() -> budgets.markDecided(open, decided.version(), BudgetVersionKind.BUDGET, november.id()))))
                .isEqualTo("budget.error.decisionUsed");
    }

    @Test
    void a_stale_mark_as_decided_is_refused() {
        long version = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        var decision = data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, 5, "Budget");
        budgets.updateVersion(new BudgetVersionEdit(version, 1, data.name("Budget 2021 med plan"), BudgetVersionKind.BUDGET, null));

        assertThatThrownBy(() -> budgets.markDecided(version, 1, BudgetVersionKind.BUDGET, decision.id()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(queries.version(version).orElseThrow().decided()).isFalse();
    }

    @Test
    void a_rejection_cannot_decide_a_budget_in_the_service_nor_in_the_database() {
        long version = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        var rejected = data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.REJECTED, 5, "Budget");

        Throwable refused = catchThrowable(() -> budgets.markDecided(version, 1, BudgetVersionKind.BUDGET, rejected.id()));
        Throwable bySql = catchThrowable(() -> raw().execute("update budget_version set decision_id = ? where id = ?",
                rejected.id(), version));

        assertThat(keyOf(refused)).isEqualTo("budget.error.decisionNotDeciding");
        assertThat(constraintOf(bySql)).isEqualTo("budget_version_decision_decides");
        assertThat(queries.decidingDecisions(data.tag, PageRequest.first(10))).isEmpty();
    }

    @Test
    void which_outcomes_decide_a_budget_is_the_same_in_java_and_in_the_database() {
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            long version = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget " + outcome));
            var decision = data.boardDecision(LocalDate.of(2020, 11, 27), outcome, 5, "Budget");
            Throwable bySql = catchThrowable(() -> raw().execute("update budget_version set decision_id = ? where id = ?",
                    decision.id(), version));
            assertThat(bySql == null).as(outcome.name()).isEqualTo(BudgetService.decides(outcome));
            assertThat(BudgetQueries.NOT_DECIDING.contains(outcome.name())).as(outcome.name()).isEqualTo(!BudgetService.decides(outcome));
        }
    }

    @Test
    void a_draft_is_deleted_with_its_amounts_and_its_copies_forget_it() {
        long draft = data.budgetVersion(2022, BudgetVersionKind.DRAFT, data.name("Utkast"));
        data.budgetAmount(draft, office, 2022, 100);
        long copy = budgets.createVersion(new NewBudgetVersion(2022, BudgetVersionKind.DRAFT, "Kopia", null, draft));

        assertThatThrownBy(() -> budgets.deleteVersion(draft, 7)).isInstanceOf(ConcurrentEditException.class);
        budgets.deleteVersion(draft, 1);

        assertThat(db.fetchExists(BUDGET_VERSION, BUDGET_VERSION.ID.eq(draft))).isFalse();
        assertThat(db.fetchCount(BUDGET_AMOUNT, BUDGET_AMOUNT.BUDGET_VERSION_ID.eq(draft))).isZero();
        assertThat(queries.version(copy).orElseThrow().copiedFromId()).isNull();
        assertThat(amounts(copy)).containsExactly(office + ":2022=100.00");
    }

    @Test
    void a_stale_rename_is_refused() {
        long version = data.budgetVersion(2022, BudgetVersionKind.DRAFT, data.name("Utkast"));
        budgets.updateVersion(new BudgetVersionEdit(version, 1, "Budget 2022 (utkast)", BudgetVersionKind.DRAFT, null));

        assertThatThrownBy(() -> budgets.updateVersion(new BudgetVersionEdit(version, 1, "Något annat", BudgetVersionKind.DRAFT, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(queries.version(version).orElseThrow().name()).isEqualTo("Budget 2022 (utkast)");
    }

    // ---------------------------------------------------------------- prefill

    @Test
    void the_insats_lines_are_filled_from_the_grants_of_the_versions_years() {
        long iris = data.initiative(data.name("IRIS"), InitiativeStatus.RUNNING, LocalDate.of(2020, 1, 1), null);
        data.openingGrants(iris, Map.of(2020, 150_000L, 2021, 500_000L, 2022, 500_000L, 2023, 420_000L, 2024, 99L));
        long sas = data.initiative(data.name("SAS"), InitiativeStatus.RUNNING, LocalDate.of(2020, 1, 1), null);
        data.openingGrants(sas, Map.of(2021, 850_000L, 2022, 850_000L));
        long irisLine = data.budgetItem(data.name("IRIS"), BudgetCategory.INITIATIVE, null, iris);
        long sasLine = data.budgetItem(data.name("SAS"), BudgetCategory.INITIATIVE, null, sas);
        // The 2022 money of SAS is freed: granted in total 0.
        var shortened = data.boardDecision(LocalDate.of(2021, 6, 11), DecisionOutcome.APPROVED, 6, "Förkortning av SAS");
        db.execute("insert into initiative_grant (initiative_id, year, kind, amount, decision_id) "
                + "values (?, 2022, 'REDUCTION', -850000, ?)", sas, shortened.id());
        long version = data.budgetVersion(2021, BudgetVersionKind.REVISED, data.name("Reviderad 2021"));
        data.budgetAmount(version, irisLine, 2021, 1);
        data.budgetAmount(version, office, 2021, 1_700_000);

        int filled = budgets.prefillInitiatives(version);

        assertThat(amounts(version)).containsExactlyInAnyOrder(
                irisLine + ":2021=500000.00", irisLine + ":2022=500000.00", irisLine + ":2023=420000.00",
                sasLine + ":2021=850000.00", sasLine + ":2022=0.00", office + ":2021=1700000.00");
        assertThat(filled).isEqualTo(5);
        assertThat(budgets.prefillInitiatives(version)).as("nothing new the second time").isZero();
    }

    // ---------------------------------------------------------------- reads

    @Test
    void the_version_shows_every_line_with_a_cell_per_year_and_the_totals_per_year() {
        long version = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        data.budgetAmount(version, allocation, 2021, 7_000_000);
        data.budgetAmount(version, allocation, 2022, 7_000_000);
        data.budgetAmount(version, office, 2021, 9_300_000);

        BudgetVersionDetail detail = queries.version(version).orElseThrow();

        assertThat(detail.lines()).extracting(BudgetVersionDetail.Line::itemId).containsExactly(allocation, office, other);
        assertThat(detail.lines(BudgetDirection.INCOME)).singleElement().satisfies(l -> assertThat(l.cells())
                .extracting(c -> c.year() + "=" + c.amount()).containsExactly("2021=7000000.00", "2022=7000000.00", "2023=null"));
        assertThat(detail.totals()).extracting(t -> t.year() + ":" + t.income() + "/" + t.costs() + "=" + t.result())
                .containsExactly("2021:7000000.00/9300000.00=-2300000.00", "2022:7000000.00/0=7000000.00", "2023:0/0=0");
        assertThat(queries.totals(version)).isEqualTo(detail.totals());
    }

    @Test
    void the_list_gives_each_version_its_figures_and_the_year_its_reference() {
        long budget = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        data.budgetAmount(budget, allocation, 2021, 7_600_000);
        data.budgetAmount(budget, office, 2021, 9_900_000);
        data.budgetAmount(budget, office, 2022, 9_200_000);
        long revised = data.budgetVersion(2021, BudgetVersionKind.REVISED, data.name("Reviderad budget 2021"));
        data.budgetAmount(revised, allocation, 2021, 7_700_000);
        data.budgetAmount(revised, office, 2021, 10_100_000);
        long draft = data.budgetVersion(2022, BudgetVersionKind.DRAFT, data.name("Budget 2022"));
        data.decideBudget(budget, data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, 5, "Budget").id());
        data.decideBudget(revised, data.boardDecision(LocalDate.of(2021, 3, 19), DecisionOutcome.APPROVED, 7, "Reviderad budget").id());

        List<BudgetVersionSummary> versions = queries.versions();

        assertThat(versions).extracting(BudgetVersionSummary::id).containsExactly(draft, revised, budget);
        assertThat(versions).extracting(v -> v.reference()).containsExactly(false, true, false);
        assertThat(versions.get(1).result()).isEqualByComparingTo("-2400000");
        assertThat(versions.get(2).income()).isEqualByComparingTo("7600000");
        assertThat(versions.get(2).costs()).as("the budget year only").isEqualByComparingTo("9900000");
        assertThat(versions.get(0).decided()).isFalse();
        assertThat(versions.get(0).result()).isEqualByComparingTo("0");
    }

    @Test
    void two_versions_side_by_side_give_a_b_and_the_difference_per_line_and_year_with_totals() {
        long budget = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        data.budgetAmount(budget, allocation, 2021, 7_600_000);
        data.budgetAmount(budget, office, 2021, 9_900_000);
        data.budgetAmount(budget, office, 2023, 7_100_000);
        long draft = data.budgetVersion(2022, BudgetVersionKind.DRAFT, data.name("Budget 2022"));
        data.budgetAmount(draft, office, 2022, 9_300_000);
        data.budgetAmount(draft, other, 2023, 100_000);
        data.budgetAmount(draft, office, 2024, 7_000_000);

        BudgetComparison c = queries.compare(budget, draft).orElseThrow();

        assertThat(c.years()).containsExactly(2021, 2022, 2023, 2024);
        assertThat(c.lines()).extracting(BudgetComparison.Line::itemId).containsExactly(allocation, office, other);
        assertThat(c.lines().get(1).cells()).extracting(x -> x.year() + ":" + x.a() + "/" + x.b() + "=" + x.difference())
                .containsExactly("2021:9900000.00/null=null", "2022:null/9300000.00=9300000.00",
                        "2023:7100000.00/null=-7100000.00", "2024:null/7000000.00=null");
        assertThat(c.totals()).extracting(t -> t.year() + " " + t.income() + " " + t.costs() + " " + t.result())
                .containsExactly(
                        "2021 Figures[a=7600000.00, b=null, difference=null] Figures[a=9900000.00, b=null, difference=null] "
                                + "Figures[a=-2300000.00, b=null, difference=null]",
                        "2022 Figures[a=0, b=0, difference=0] Figures[a=0, b=9300000.00, difference=9300000.00] "
                                + "Figures[a=0, b=-9300000.00, difference=-9300000.00]",
                        "2023 Figures[a=0, b=0, difference=0] Figures[a=7100000.00, b=100000.00, difference=-7000000.00] "
                                + "Figures[a=-7100000.00, b=-100000.00, difference=7000000.00]",
                        "2024 Figures[a=null, b=0, difference=null] Figures[a=null, b=7000000.00, difference=null] "
                                + "Figures[a=null, b=-7000000.00, difference=null]");
        assertThat(c.a().name()).isEqualTo(data.name("Budget 2021"));
        assertThat(queries.compare(budget, 999_999)).isEmpty();
    }

    private List<String> amounts(long versionId) {
        return db.select(BUDGET_AMOUNT.BUDGET_ITEM_ID, BUDGET_AMOUNT.YEAR, BUDGET_AMOUNT.AMOUNT).from(BUDGET_AMOUNT)
                .where(BUDGET_AMOUNT.BUDGET_VERSION_ID.eq(versionId))
                .orderBy(BUDGET_AMOUNT.BUDGET_ITEM_ID, BUDGET_AMOUNT.YEAR)
                .fetch(r -> r.value1() + ":" + r.value2() + "=" + r.value3());
    }
}
