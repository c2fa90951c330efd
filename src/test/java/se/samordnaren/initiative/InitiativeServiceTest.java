package se.samordnaren.initiative;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each test runs in a transaction that is rolled back: no leftovers. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class InitiativeServiceTest {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    DSLContext db;

    private static InitiativeDraft draft(String name) {
        return new InitiativeDraft(null, null, null, name, "KN", null, "Vuxenskolan Skåne", "Unga vuxna",
                Orientation.INDIVIDUAL, null, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), null,
                InitiativeStatus.IDEA, null, "Elin Rask", "Beskrivning", null, List.of());
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void creates_an_insats_and_reads_it_back() {
        var data = new InitiativeTestData(db);
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
        var data = new InitiativeTestData(db);
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
        var data = new InitiativeTestData(db);
        long id = initiatives.save(draft(data.name("Idé")));
        InitiativeDraft opened = InitiativeDraft.of(initiatives.detail(id).orElseThrow());
        InitiativeDraft running = new InitiativeDraft(opened.id(), opened.version(), null, opened.name(), null, null,
                opened.ownerName(), null, null, null, opened.startDate(), opened.plannedEndDate(), null,
                InitiativeStatus.RUNNING, null, null, null, null, List.of());
        assertThatThrownBy(() -> initiatives.save(running))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("initiative.error.statusMove");
                    assertThat(e.arguments()).containsExactly("idé", "pågår");
                });
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_grant_without_a_paragraph_is_refused_by_the_database() {
        var data = new InitiativeTestData(db);
        long id = data.initiative("Utan beslut", "GRANTED", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        assertThatThrownBy(() -> initiatives.recordGrant(new GrantEntry(id, null, false, null, null,
                List.of(new YearAmount(2021, new BigDecimal("100000"))), null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("initiative.error.grantNeedsDecision"));
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_records_a_grant_on_its_paragraph_and_an_opening_balance() {
        var data = new InitiativeTestData(db);
        long id = data.initiative("Med beslut", "GRANTED", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
        var decision = data.decision(LocalDate.of(2020, 9, 25), "GRANTED");
        initiatives.recordGrant(new GrantEntry(id, null, true, LocalDate.of(2019, 11, 29), "Styrelsen 2019-11-29 § 7",
                List.of(new YearAmount(2020, new BigDecimal("300000"))), null));
        initiatives.recordGrant(new GrantEntry(id, decision.id(), false, null, null,
                List.of(new YearAmount(2021, new BigDecimal("1200000")), new YearAmount(2022, new BigDecimal("1200000"))),
                "Villkorat"));
        InitiativeDetail detail = initiatives.detail(id).orElseThrow();
        assertThat(detail.grantYears()).extracting(InitiativeDetail.GrantYear::year).containsExactly(2020, 2021, 2022);
        assertThat(detail.grantedTotal()).isEqualByComparingTo("2700000");
        assertThat(detail.ledger().getFirst().openingBalance()).isTrue();
        assertThat(detail.firstGrantingDecision().label()).isEqualTo("Styrelsen " + data.tag + " 2020-09-25 § 1");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_shortening_decision_reduces_2022_and_reports_the_money_freed() {
        var data = new InitiativeTestData(db);
        long id = data.initiative("Förkortas", "RUNNING", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
        var grant = data.decision(LocalDate.of(2019, 11, 29), "GRANTED");
        data.grant(id, 2021, 850_000, grant.id());
        data.grant(id, 2022, 850_000, grant.id());
        var shortening = data.decision(LocalDate.of(2021, 6, 11), "APPROVED");
        InitiativeDetail before = initiatives.detail(id).orElseThrow();

        List<YearAmount> freed = InitiativeService.remainingAfter(before, LocalDate.of(2021, 12, 31));
        assertThat(freed).containsExactly(new YearAmount(2022, new BigDecimal("850000.00")));
        initiatives.recordChange(new ChangeDecision(id, before.version(), ChangeKind.SHORTEN, shortening.id(), freed,
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
            assertThat(c.decision().paragraphNumber()).isEqualTo(shortening.paragraph());
            assertThat(c.decision().meetingId()).isEqualTo(shortening.meetingId());
        });
        assertThat(after.timeline()).extracting(InitiativeDetail.TimelineEvent::eventKind).contains("GRANT_REDUCTION");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_grant_on_a_proposal_is_refused_with_the_databases_swedish_text() {
        var data = new InitiativeTestData(db);
        long id = data.initiative("Förslag", "GRANTED", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        var rejected = data.decision(LocalDate.of(2021, 3, 19), "REJECTED");
        assertThatThrownBy(() -> initiatives.recordGrant(new GrantEntry(id, rejected.id(), false, null, null,
                List.of(new YearAmount(2021, BigDecimal.TEN)), null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("initiative.error.database");
                    assertThat((String) e.arguments()[0]).startsWith("Beviljade medel måste bygga på ett beslut");
                });
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_but_cannot_write() {
        var data = new InitiativeTestData(db);
        long id = data.initiative("Läses", "IDEA", null, null);
        assertThat(initiatives.detail(id)).isPresent();
        assertThat(initiatives.list(InitiativeFilter.none()).rows()).extracting(InitiativeRow::id).contains(id);
        assertThatThrownBy(() -> initiatives.save(draft(data.name("Får inte")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> initiatives.recordGrant(new GrantEntry(id, null, true, LocalDate.of(2020, 1, 1), null,
                List.of(new YearAmount(2021, BigDecimal.TEN)), null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_may_not_edit_the_register_or_add_reports() {
        var data = new InitiativeTestData(db);
        long id = data.initiative("Ekonom", "IDEA", null, null);
        assertThatThrownBy(() -> initiatives.save(draft(data.name("Ekonomens")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> initiatives.addReport(new ReportDraft(id, ReportKind.LAGESRAPPORT, null,
                LocalDate.now(), null, null, 1, 1, 0, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void list_filters_by_status_running_year_and_grant_year_and_sums_per_year() {
        var data = new InitiativeTestData(db);
        long a = data.initiative("Alfa", "RUNNING", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
        long b = data.initiative("Beta", "IDEA", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        var d = data.decision(LocalDate.of(2019, 12, 1), "GRANTED");
        data.grant(a, 2020, 100, d.id());
        data.grant(a, 2021, 200, d.id());
        data.grant(b, 2021, 50, d.id());
        assertThat(initiatives.list(new InitiativeFilter(InitiativeStatus.RUNNING, null, null, null, null, data.tag)).rows())
                .extracting(InitiativeRow::id).containsExactly(a);
        assertThat(initiatives.list(new InitiativeFilter(null, null, null, null, 2023, data.tag)).rows())
                .extracting(InitiativeRow::id).containsExactly(b);
        assertThat(initiatives.list(new InitiativeFilter(null, null, 2020, null, null, data.tag)).rows())
                .extracting(InitiativeRow::id).containsExactly(a);
        InitiativeList all = initiatives.list(new InitiativeFilter(null, null, null, null, null, data.tag));
        assertThat(all.totalsPerYear()).containsExactly(new YearAmount(2020, new BigDecimal("100.00")),
                new YearAmount(2021, new BigDecimal("250.00")));
    }

    @Test
    @WithMockUser(username = "ledamot", roles = "STYRELSE")
    void granted_per_year_over_the_whole_register_matches_the_unfiltered_list() {
        var data = new InitiativeTestData(db);
        long a = data.initiative("Gamma", "RUNNING", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
        var d = data.decision(LocalDate.of(2019, 12, 1), "GRANTED");
        data.grant(a, 2020, 100, d.id());
        data.grant(a, 2021, 300, d.id());

        assertThat(initiatives.grantedPerYear())
                .isEqualTo(initiatives.list(InitiativeFilter.none()).totalsPerYear());
        assertThat(initiatives.grantedPerYear().stream().filter(y -> y.year() == 2021).findFirst().orElseThrow().amount())
                .isGreaterThanOrEqualTo(new BigDecimal("300.00"));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_contact_person_comes_from_the_people_register_beside_the_free_text_contact() {
        var data = new InitiativeTestData(db);
        long person = data.person("Anna Berg", "Vuxenskolan Skåne");
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
        var data = new InitiativeTestData(db);
        assertThatThrownBy(() -> initiatives.save(withContactPerson(draft(data.name("Borta")), Long.MAX_VALUE)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("initiative.error.contactPersonGone"));
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
