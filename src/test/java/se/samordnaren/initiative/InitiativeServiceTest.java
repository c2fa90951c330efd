package se.samordnaren.initiative;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Translated;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.INITIATIVE;

/**
 * The insats service on the real database: the register, co-financing, reports, and the refusals in Swedish (the
 * grant ledger is {@link GrantLedgerServiceTest}'s).
 */
class InitiativeServiceTest extends DatabaseTest {

    @Autowired
    InitiativeService initiatives;

    private static final PageRequest PAGE = PageRequest.first(100);

    private static InitiativeDraft draft(String name) {
        return new InitiativeDraft(null, null, null, name, "KN", null, "Vuxenskolan Skåne", "Unga vuxna",
                Orientation.INDIVIDUAL, null, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), null,
                InitiativeStatus.IDEA, null, "Elin Rask", "Beskrivning", null, List.of());
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void creates_an_insats_and_reads_it_back() {
        long id = initiatives.save(draft(data.name("Ny insats")));
        InitiativeDetail detail = initiatives.detail(id).orElseThrow();
        assertThat(detail.name()).isEqualTo(data.name("Ny insats"));
        assertThat(detail.owner()).isEqualTo("Vuxenskolan Skåne");
        assertThat(detail.status()).isEqualTo(InitiativeStatus.IDEA);
        assertThat(detail.allowedStatuses()).containsExactly(InitiativeStatus.IDEA, InitiativeStatus.APPLIED,
                InitiativeStatus.GRANTED, InitiativeStatus.STOPPED);
        assertThat(initiatives.find(id)).hasValueSatisfying(ref -> assertThat(ref.name()).isEqualTo(data.name("Ny insats")));
        assertThat(initiatives.search(data.tag)).extracting(InitiativeRef::id).containsExactly(id);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_stale_save_is_refused() {
        long id = initiatives.save(draft(data.name("Gammal")));
        InitiativeDraft opened = InitiativeDraft.of(initiatives.detail(id).orElseThrow());
        initiatives.save(withName(opened, data.name("Först sparad")));
        assertThatThrownBy(() -> initiatives.save(withName(opened, data.name("Sen sparad"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(initiatives.detail(id).orElseThrow().name()).isEqualTo(data.name("Först sparad"));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_status_move_the_rules_do_not_allow_is_refused_with_a_swedish_message() {
        long id = initiatives.save(draft(data.name("Idé")));
        InitiativeDraft opened = InitiativeDraft.of(initiatives.detail(id).orElseThrow());
        InitiativeDraft running = new InitiativeDraft(opened.id(), opened.version(), null, opened.name(), null, null,
                opened.ownerName(), null, null, null, opened.startDate(), opened.plannedEndDate(), null,
                InitiativeStatus.RUNNING, null, null, null, null, List.of());
        assertThatThrownBy(() -> initiatives.save(running))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("initiative.error.statusMove");
                    assertThat(e.arguments()).containsExactly(new Translated("initiative.status.IDEA"),
                            new Translated("initiative.status.RUNNING"));
                });
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_but_cannot_write() {
        long id = data.initiative(data.name("Läses"), InitiativeStatus.IDEA, null, null);
        assertThat(initiatives.detail(id)).isPresent();
        assertThat(initiatives.rows(InitiativeFilter.none(), PAGE)).extracting(InitiativeRow::id).contains(id);
        assertThatThrownBy(() -> initiatives.save(draft(data.name("Får inte")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_may_not_edit_the_register_or_add_reports() {
        long id = data.initiative(data.name("Ekonom"), InitiativeStatus.IDEA, null, null);
        assertThatThrownBy(() -> initiatives.save(draft(data.name("Ekonomens")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> initiatives.addReport(new ReportDraft(id, ReportKind.LAGESRAPPORT, null,
                LocalDate.now(), null, null, 1, 1, 0, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void list_filters_by_status_running_year_and_grant_year_and_sums_per_year() {
        long a = data.initiative(data.name("Alfa"), InitiativeStatus.RUNNING, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
        long b = data.initiative(data.name("Beta"), InitiativeStatus.IDEA, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        var d = data.boardDecision(LocalDate.of(2019, 12, 1), DecisionOutcome.GRANTED);
        data.grant(a, 2020, 100, d.id());
        data.grant(a, 2021, 200, d.id());
        data.grant(b, 2021, 50, d.id());
        assertThat(initiatives.rows(new InitiativeFilter(InitiativeStatus.RUNNING, null, null, null, null, data.tag), PAGE))
                .extracting(InitiativeRow::id).containsExactly(a);
        assertThat(initiatives.rows(new InitiativeFilter(null, null, null, null, 2023, data.tag), PAGE))
                .extracting(InitiativeRow::id).containsExactly(b);
        assertThat(initiatives.rows(new InitiativeFilter(null, null, 2020, null, null, data.tag), PAGE))
                .extracting(InitiativeRow::id).containsExactly(a);
        InitiativeTotals all = initiatives.totals(new InitiativeFilter(null, null, null, null, null, data.tag));
        assertThat(all.count()).isEqualTo(2);
        assertThat(all.perYear()).containsExactly(new YearAmount(2020, new BigDecimal("100.00")),
                new YearAmount(2021, new BigDecimal("250.00")));
    }

    @Test
    @WithMockUser(username = "ledamot", roles = "STYRELSE")
    void granted_per_year_over_the_whole_register_matches_the_unfiltered_list() {
        long a = data.initiative(data.name("Gamma"), InitiativeStatus.RUNNING, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
        var d = data.boardDecision(LocalDate.of(2019, 12, 1), DecisionOutcome.GRANTED);
        data.grant(a, 2020, 100, d.id());
        data.grant(a, 2021, 300, d.id());

        assertThat(initiatives.grantedPerYear())
                .isEqualTo(initiatives.totals(InitiativeFilter.none()).perYear());
        assertThat(initiatives.grantedPerYear()).containsExactly(new YearAmount(2020, new BigDecimal("100.00")),
                new YearAmount(2021, new BigDecimal("300.00")));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_contact_person_comes_from_the_people_register_beside_the_free_text_contact() {
        long person = data.personFrom(data.name("Anna Berg"), "Vuxenskolan Skåne");
        long id = initiatives.save(draft(data.name("Kontakt")));
        InitiativeDraft opened = InitiativeDraft.of(initiatives.detail(id).orElseThrow());
        assertThat(opened.contactPersonId()).isNull();

        initiatives.save(withContactPerson(opened, person));

        InitiativeDetail detail = initiatives.detail(id).orElseThrow();
        assertThat(detail.contactPersonId()).isEqualTo(person);
        assertThat(detail.contactPerson()).isEqualTo(data.name("Anna Berg"));
        assertThat(detail.contact()).isEqualTo("Elin Rask");

        initiatives.save(withContactPerson(InitiativeDraft.of(detail), null));
        assertThat(initiatives.detail(id).orElseThrow().contactPersonId()).isNull();
        assertThat(initiatives.detail(id).orElseThrow().contactPerson()).isNull();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_contact_person_no_longer_in_the_register_is_refused_in_swedish() {
        assertThatThrownBy(() -> initiatives.save(withContactPerson(draft(data.name("Borta")), Long.MAX_VALUE)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("initiative.error.contactPersonGone"));
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_list_pages_and_sorts_in_the_database() {
        long idea = data.initiative(data.name("Alfa"), InitiativeStatus.IDEA, null, null);
        long running = data.initiative(data.name("Beta"), InitiativeStatus.RUNNING, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        long granted = data.initiative(data.name("Gamma"), InitiativeStatus.GRANTED, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        long sub = db.insertInto(INITIATIVE).set(INITIATIVE.NAME, "Aaa delprojekt").set(INITIATIVE.OWNER_NAME, "Ägare")
                .set(INITIATIVE.PARENT_ID, running).returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
        var decision = data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.GRANTED);
        data.grant(running, 2021, 300, decision.id());
        data.grant(running, 2022, 100, decision.id());
        data.grant(granted, 2022, 200, decision.id());

        assertThat(initiatives.rows(InitiativeFilter.none(), PAGE)).extracting(InitiativeRow::id)
                .as("by name, each delprojekt right after its insats").containsExactly(idea, running, sub, granted);
        assertThat(initiatives.rows(InitiativeFilter.none(), sorted("money", true))).extracting(InitiativeRow::id)
                .containsExactly(running, granted, idea, sub);
        assertThat(initiatives.rows(new InitiativeFilter(null, null, 2022, null, null, null), sorted("money", true)))
                .extracting(InitiativeRow::id).as("the money of the chosen year").containsExactly(granted, running);
        assertThat(initiatives.rows(InitiativeFilter.none(), sorted("status", false))).extracting(InitiativeRow::id)
                .as("in the life cycle's order, not the alphabet's").containsExactly(idea, sub, granted, running);
        assertThat(initiatives.rows(InitiativeFilter.none(), sorted("name; drop table initiative", false)))
                .extracting(InitiativeRow::id).as("an unknown property is ignored").containsExactly(idea, running, sub, granted);
        assertThat(initiatives.rows(InitiativeFilter.none(), new PageRequest(1, 2, List.of())))
                .extracting(InitiativeRow::id).containsExactly(running, sub);
    }

    private static PageRequest sorted(String property, boolean descending) {
        return new PageRequest(0, 100, List.of(new PageRequest.Sort(property, descending)));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_ten_thousand_character_name_is_refused_with_a_swedish_message_and_nothing_is_saved() {
        String name = "N".repeat(10_000);
        assertThatThrownBy(() -> initiatives.save(draft(name)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.text.tooLong");
                    assertThat(e.arguments()).containsExactly(new Translated("initiative.name"), 300);
                });
        assertThat(db.fetchCount(INITIATIVE)).isZero();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void every_text_the_forms_send_is_held_to_the_length_the_database_holds() {
        InitiativeDraft tooLongDescription = new InitiativeDraft(null, null, null, "Lång", null, null, "Ägare", null,
                null, null, null, null, null, InitiativeStatus.IDEA, null, null, "x".repeat(50_001), null, List.of());
        assertThatThrownBy(() -> initiatives.save(tooLongDescription))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.arguments()).containsExactly(new Translated("initiative.description.field"), 50_000));
        long id = data.initiative(data.name("Rapporterar"), InitiativeStatus.RUNNING, LocalDate.of(2021, 1, 1), null);
        assertThatThrownBy(() -> initiatives.addReport(new ReportDraft(id, ReportKind.SLUTRAPPORT, "R".repeat(301),
                LocalDate.of(2022, 1, 10), null, null, null, null, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.arguments()).containsExactly(new Translated("initiative.report.title"), 300));
        assertThatThrownBy(() -> initiatives.addCoFinancing(new CoFinancingDraft(id, CoFinancingSource.OTHER,
                "K".repeat(301), 2021, BigDecimal.TEN, null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.arguments()).containsExactly(new Translated("initiative.money.sourceName"), 300));
        assertThat(initiatives.detail(id).orElseThrow()).satisfies(d -> {
            assertThat(d.reports()).isEmpty();
            assertThat(d.coFinancing()).isEmpty();
        });
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_database_refuses_a_name_longer_than_the_forms_allow_even_without_the_service() {
        assertThatThrownBy(() -> db.insertInto(INITIATIVE).set(INITIATIVE.NAME, "N".repeat(301))
                .set(INITIATIVE.OWNER_NAME, "Ägare").execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.database.tooLong"));
        assertThat(db.fetchCount(INITIATIVE)).isZero();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_twenty_one_digit_amount_is_refused_with_a_swedish_message_and_nothing_is_saved() {
        long id = data.initiative(data.name("Stort belopp"), InitiativeStatus.GRANTED, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        BigDecimal huge = new BigDecimal("123456789012345678901");
        assertThatThrownBy(() -> initiatives.addCoFinancing(new CoFinancingDraft(id, CoFinancingSource.ESF, null, 2021,
                huge, null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.money.invalid"));
        assertThatThrownBy(() -> initiatives.addCoFinancing(new CoFinancingDraft(id, CoFinancingSource.ESF, null, 2021,
                new BigDecimal("12.555"), null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.money.invalid"));
        assertThat(initiatives.detail(id).orElseThrow().coFinancing()).isEmpty();
    }

    @Test
    void every_constraint_the_refusals_name_exists_in_the_schema() {
        Set<String> named = new InitiativeRefusals().byConstraint().keySet();
        List<String> constraints = db.fetchValues("select conname::text from pg_constraint").stream()
                .map(String::valueOf).toList();
        List<String> indexes = db.fetchValues("select indexname::text from pg_indexes where schemaname = 'public'")
                .stream().map(String::valueOf).toList();
        String triggers = String.join("\n", db.fetchValues(
                "select prosrc from pg_proc where proname in ('check_initiative_grant', 'check_initiative_parent', "
                        + "'check_initiative_status_change', 'lock_initiative_grant')").stream().map(String::valueOf).toList());
        assertThat(named).hasSizeGreaterThan(30).allSatisfy(name -> assertThat(constraints.contains(name)
                || indexes.contains(name) || triggers.contains("constraint = '" + name + "'"))
                .as("constraint %s", name).isTrue());
    }

    @Test
    void the_vocabulary_enums_are_exactly_the_values_the_database_allows() {
        assertThat(allowed("initiative", "initiative_status_check")).containsExactlyInAnyOrder(names(InitiativeStatus.values()));
        assertThat(allowed("initiative", "initiative_orientation_check")).containsExactlyInAnyOrder(names(Orientation.values()));
        assertThat(allowed("funding_application_version", "funding_application_version_orientation_check"))
                .containsExactlyInAnyOrder(names(Orientation.values()));
        assertThat(allowed("co_financing", "co_financing_source_check")).containsExactlyInAnyOrder(names(CoFinancingSource.values()));
        assertThat(allowed("initiative_grant", "initiative_grant_kind_check")).containsExactlyInAnyOrder(names(GrantKind.values()));
        assertThat(allowed("initiative_report", "initiative_report_kind_check")).containsExactlyInAnyOrder(names(ReportKind.values()));
    }

    /** The quoted values of a check "column in ('A', 'B')" (PostgreSQL shows it as "= ANY (ARRAY['A'::text, ...])"). */
    private List<String> allowed(String table, String constraint) {
        String definition = db.fetchSingle("select pg_get_constraintdef(c.oid) from pg_constraint c "
                + "join pg_class t on t.oid = c.conrelid where t.relname = ? and c.conname = ?", table, constraint)
                .get(0, String.class);
        return java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(definition).results().map(m -> m.group(1)).toList();
    }

    private static String[] names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private static InitiativeDraft withContactPerson(InitiativeDraft d, Long personId) {
        return new InitiativeDraft(d.id(), d.version(), d.parentId(), d.name(), d.shortName(), d.ownerMemberId(),
                d.ownerName(), d.targetGroup(), d.orientation(), d.susReference(), d.startDate(), d.plannedEndDate(),
                d.actualEndDate(), d.status(), personId, d.contact(), d.description(), d.staffNotes(), d.memberIds());
    }

    private static InitiativeDraft withName(InitiativeDraft d, String name) {
        return new InitiativeDraft(d.id(), d.version(), d.parentId(), name, d.shortName(), d.ownerMemberId(),
                d.ownerName(), d.targetGroup(), d.orientation(), d.susReference(), d.startDate(), d.plannedEndDate(),
                d.actualEndDate(), d.status(), d.contactPersonId(), d.contact(), d.description(), d.staffNotes(), d.memberIds());
    }
}
