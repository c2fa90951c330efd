package se.samordnaren.application;

import se.samordnaren.meeting.DecisionOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.config.TranslationProvider;
import se.samordnaren.initiative.Orientation;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.MEMBER;

/** The life cycle of a funding application against the real database, with the roles that may do each step. */
class FundingApplicationServiceTest extends DatabaseTest {

    @Autowired
    FundingApplicationService applications;
    @Autowired
    ApplicationStepService steps;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    TranslationProvider translations;

    static VersionDraft version(String title, LocalDate received, int fromYear, long... amounts) {
        TreeMap<Integer, BigDecimal> requested = new TreeMap<>();
        for (int i = 0; i < amounts.length; i++) {
            requested.put(fromYear + i, BigDecimal.valueOf(amounts[i]));
        }
        return new VersionDraft(received, title, "Unga vuxna utan sysselsättning", Orientation.INDIVIDUAL, "Beskrivning",
                LocalDate.of(fromYear, 1, 1), LocalDate.of(fromYear + amounts.length - 1, 12, 31), null, requested);
    }

    long receive(String title) {
        return applications.create(new NewApplication(null, "Folkhögskolan " + data.tag, "Dnr 2026.001", null, null,
                version(title, LocalDate.of(2026, 1, 10), 2026, 400_000, 300_000)));
    }

    ApplicationDetail detail(long id) {
        return queries.detail(id).orElseThrow();
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key, String swedishStart) {
        AsUser.refusedStartingWith(translations, action, key, swedishStart);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void received_prepared_proposed_and_granted_creates_the_insats_with_grants_on_the_board_decision() {
        long id = receive("Vägen ut " + data.tag);
        assertThat(detail(id).status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(detail(id).latestVersion().requestedTotal()).isEqualByComparingTo("700000");

        steps.prepare(id, detail(id).version(), LocalDate.of(2026, 2, 1), StepOutcome.APPROVE, "Föreslår bifall");
        assertThat(detail(id).status()).isEqualTo(ApplicationStatus.PREPARED);

        long auMeeting = data.meeting(data.workingCommittee(), LocalDate.of(2026, 2, 10));
        long proposal = data.paragraphWithDecision(auMeeting, 3, "Ansökan Vägen ut", DecisionOutcome.PROPOSAL);
        assertThat(queries.decisionsFor(id, StepKind.AU_PROPOSAL)).extracting(DecisionPlace::decisionId).contains(proposal);
        steps.recordAuProposal(id, detail(id).version(), StepOutcome.APPROVE, proposal, null);
        assertThat(detail(id).status()).isEqualTo(ApplicationStatus.PROPOSED);

        long boardMeeting = data.meeting(data.board(), LocalDate.of(2026, 2, 24));
        long granted = data.paragraphWithDecision(boardMeeting, 6, "Ansökan Vägen ut", DecisionOutcome.GRANTED);
        steps.recordBoardDecision(id, detail(id).version(), StepOutcome.APPROVE, granted, "Bifall", null);

        ApplicationDetail done = detail(id);
        assertThat(done.status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
        assertThat(done.initiativeName()).isEqualTo("Vägen ut " + data.tag);
        assertThat(done.steps()).extracting(ApplicationDetail.Step::step)
                .containsExactly(StepKind.RECEIVED, StepKind.PREPARED, StepKind.AU_PROPOSAL, StepKind.BOARD_DECISION);
        ApplicationDetail.Step board = done.steps().getLast();
        assertThat(board.occurredOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(board.decision().paragraph().bodyName()).isEqualTo(data.boardName());
        assertThat(board.decision().paragraph().number()).isEqualTo(6);
        assertThat(board.decision().paragraph().label()).isEqualTo(data.boardName() + " 2026-02-24 § 6");

        var grants = db.selectFrom(INITIATIVE_GRANT).where(INITIATIVE_GRANT.INITIATIVE_ID.eq(done.initiativeId()))
                .orderBy(INITIATIVE_GRANT.YEAR).fetch();
        assertThat(grants).extracting(g -> g.getYear()).containsExactly(2026, 2027);
        assertThat(grants).extracting(g -> g.getAmount().intValue()).containsExactly(400_000, 300_000);
        assertThat(grants).allSatisfy(g -> {
            assertThat(g.getDecisionId()).isEqualTo(granted);
            assertThat(String.valueOf(g.getKind())).isEqualTo("GRANT");
            assertThat(g.getNote()).isEqualTo("Ansökan Vägen ut " + data.tag + " (version 1)");
        });
        assertThat(done.grants()).hasSize(2);
        var insats = db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(done.initiativeId())).fetchSingle();
        assertThat(String.valueOf(insats.getStatus())).isEqualTo("GRANTED");
        assertThat(String.valueOf(insats.getOrientation())).isEqualTo("INDIVIDUAL");
        assertThat(insats.getOwnerName()).isEqualTo("Folkhögskolan " + data.tag);
        assertThat(insats.getPlannedEndDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        // Minutes not yet approved: the meeting feature links the decision to the new insats.
        assertThat(db.select(DECISION_LINK.NOTE).from(DECISION_LINK).where(DECISION_LINK.DECISION_ID.eq(granted))
                .and(DECISION_LINK.RECORD_ID.eq(insats.getRecordId())).fetch(DECISION_LINK.NOTE))
                .containsExactly("Beviljad ansökan: Vägen ut " + data.tag);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_grant_from_approved_minutes_skips_the_link_but_the_grants_carry_the_decision() {
        long id = receive("Steget " + data.tag);
        long boardMeeting = data.meeting(data.board(), LocalDate.of(2026, 3, 5));
        long granted = data.paragraphWithDecision(boardMeeting, 4, "Ansökan Steget", DecisionOutcome.GRANTED);
        data.approve(boardMeeting, LocalDate.of(2026, 3, 10));

        steps.recordBoardDecision(id, detail(id).version(), StepOutcome.APPROVE, granted, null, "Steget insats " + data.tag);

        ApplicationDetail done = detail(id);
        assertThat(done.status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
        assertThat(done.initiativeName()).isEqualTo("Steget insats " + data.tag);
        assertThat(done.grants()).extracting(g -> g.decision().decisionId()).containsOnly(granted);
        assertThat(done.grants()).allSatisfy(g -> assertThat(g.decision().minutesApproved()).isTrue());
        assertThat(db.fetchCount(DECISION_LINK, DECISION_LINK.DECISION_ID.eq(granted))).isZero();
    }

    private static TreeMap<Integer, BigDecimal> amounts(Object... yearAmount) {
        TreeMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < yearAmount.length; i += 2) {
            map.put((Integer) yearAmount[i], yearAmount[i + 1] == null ? null : new BigDecimal(yearAmount[i + 1].toString()));
        }
        return map;
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void the_board_may_grant_less_than_requested_and_the_ledger_holds_what_was_granted() {
        long id = AsUser.chef(() -> receive("Mindre " + data.tag));
        long granted = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 3, 3)), 5, "Ansökan Mindre", DecisionOutcome.GRANTED);

        steps.recordBoardDecision(id, detail(id).version(), StepOutcome.APPROVE, granted, null, null,
                amounts(2026, 250_000, 2027, "0"));

        ApplicationDetail done = detail(id);
        assertThat(done.status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
        var grants = db.selectFrom(INITIATIVE_GRANT).where(INITIATIVE_GRANT.DECISION_ID.eq(granted))
                .orderBy(INITIATIVE_GRANT.YEAR).fetch();
        assertThat(grants).extracting(g -> g.getYear() + "=" + g.getAmount().intValue() + " " + g.getKind())
                .containsExactly("2026=250000 GRANT");
        assertThat(grants.getFirst().getInitiativeId()).isEqualTo(done.initiativeId());
        assertThat(done.grants()).extracting(g -> g.year() + "=" + g.amount().intValue()).containsExactly("2026=250000");
        assertThat(done.latestVersion().requestedTotal()).isEqualByComparingTo("700000");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void granted_amounts_must_cover_the_requested_years_without_negatives_and_grant_something() {
        long id = receive("Felaktigt beviljat " + data.tag);
        long granted = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 3, 3)), 6, "Ansökan", DecisionOutcome.GRANTED);
        int version = detail(id).version();

        assertThatThrownBy(() -> steps.recordBoardDecision(id, version, StepOutcome.APPROVE, granted, null, null,
                amounts(2026, -1, 2027, 300_000)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("application.error.grantNegative");
                    assertThat(e.arguments()).containsExactly("2026");
                });
        assertThatThrownBy(() -> steps.recordBoardDecision(id, version, StepOutcome.APPROVE, granted, null, null,
                amounts(2026, 100_000, 2027, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("application.error.grantRequired");
                    assertThat(e.arguments()).containsExactly("2027");
                });
        assertThatThrownBy(() -> steps.recordBoardDecision(id, version, StepOutcome.APPROVE, granted, null, null,
                amounts(2026, 100_000, 2027, 100_000, 2028, 100_000)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.error.grantYearNotRequested"));
        assertThatThrownBy(() -> steps.recordBoardDecision(id, version, StepOutcome.APPROVE, granted, null, null,
                amounts(2026, 0, 2027, 0)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.error.grantNothing"));
        assertThatThrownBy(() -> steps.recordBoardDecision(id, version, StepOutcome.APPROVE, granted, null, null,
                amounts(2026, "100000.555", 2027, 0)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.money.invalid"));

        assertThat(detail(id).status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(detail(id).initiativeId()).isNull();
        assertThat(db.fetchCount(INITIATIVE_GRANT, INITIATIVE_GRANT.DECISION_ID.eq(granted))).isZero();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_rejection_creates_no_insats_and_only_a_new_version_may_follow() {
        long id = receive("Avslås " + data.tag);
        long boardMeeting = data.meeting(data.board(), LocalDate.of(2026, 3, 5));
        long rejected = data.paragraphWithDecision(boardMeeting, 7, "Ansökan Avslås", DecisionOutcome.REJECTED);

        steps.recordBoardDecision(id, detail(id).version(), StepOutcome.REJECT, rejected, null, null);

        ApplicationDetail done = detail(id);
        assertThat(done.status()).isEqualTo(ApplicationStatus.DECIDED_REJECTED);
        assertThat(done.initiativeId()).isNull();
        assertRefused(() -> steps.prepare(id, done.version(), LocalDate.of(2026, 3, 6), StepOutcome.APPROVE, null),
                "application.error.alreadyDecided", "Ansökan är redan avgjord");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_outcome_must_match_the_decision_in_the_minutes() {
        long id = receive("Fel utfall " + data.tag);
        long boardMeeting = data.meeting(data.board(), LocalDate.of(2026, 3, 5));
        long rejected = data.paragraphWithDecision(boardMeeting, 8, "Ansökan", DecisionOutcome.REJECTED);

        assertRefused(() -> steps.recordBoardDecision(id, detail(id).version(), StepOutcome.APPROVE, rejected, null, null),
                "application.error.decisionNotGranting", "Paragrafen " + data.boardName() + " 2026-03-05 § 8 beviljar inga medel");
        assertThat(detail(id).status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(detail(id).initiativeId()).isNull();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_database_refuses_a_step_whose_outcome_differs_from_the_decision_by_its_named_rule() {
        long id = receive("Bordlagd " + data.tag);
        long postponed = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 3, 5)), 9, "Ansökan", DecisionOutcome.POSTPONED);

        assertRefused(() -> steps.recordBoardDecision(id, detail(id).version(), StepOutcome.REJECT, postponed, null, null),
                "application.error.outcomeMismatch", "Stegets utfall stämmer inte med beslutet i protokollet.");
        assertThat(detail(id).steps()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void the_beredningsgrupp_registers_a_withdrawal_with_date_and_note_and_nothing_more_may_follow() {
        long id = receive("Återtas " + data.tag);
        steps.prepare(id, detail(id).version(), LocalDate.of(2026, 2, 1), StepOutcome.MORE_INFORMATION, "Komplettera");

        steps.withdraw(id, detail(id).version(), LocalDate.of(2026, 2, 15), "Sökanden har fått medel från ESF");

        ApplicationDetail withdrawn = detail(id);
        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.steps().getLast()).satisfies(s -> {
            assertThat(s.step()).isEqualTo(StepKind.WITHDRAWN);
            assertThat(s.occurredOn()).isEqualTo(LocalDate.of(2026, 2, 15));
            assertThat(s.notes()).isEqualTo("Sökanden har fått medel från ESF");
            assertThat(s.outcome()).isNull();
            assertThat(s.decision()).isNull();
        });
        assertRefused(() -> steps.prepare(id, withdrawn.version(), LocalDate.of(2026, 3, 1), StepOutcome.APPROVE, null),
                "application.error.alreadyDecided", "Ansökan är redan avgjord och kan inte få fler steg.");
        assertRefused(() -> steps.withdraw(id, withdrawn.version(), LocalDate.of(2026, 3, 1), null),
                "application.error.alreadyDecided", "Ansökan är redan avgjord");
        assertThat(detail(id).steps()).hasSize(3);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_withdrawal_needs_a_date_not_before_the_last_step() {
        long id = receive("Utan datum " + data.tag);
        assertRefused(() -> steps.withdraw(id, detail(id).version(), null, "Ingen dag"),
                "application.error.dateRequired", "Ange datum.");
        assertRefused(() -> steps.withdraw(id, detail(id).version(), LocalDate.of(2025, 12, 31), null),
                "application.error.stepBeforeLast", "Steget kan inte ligga före ansökans senaste steg.");
        assertThat(detail(id).status()).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_granted_application_cannot_be_withdrawn_and_the_database_says_why_in_swedish() {
        long id = receive("Beviljad " + data.tag);
        long granted = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 3, 3)), 4, "Ansökan", DecisionOutcome.GRANTED);
        steps.recordBoardDecision(id, detail(id).version(), StepOutcome.APPROVE, granted, null, null);
        int version = detail(id).version();

        assertRefused(() -> steps.withdraw(id, version, LocalDate.of(2026, 4, 1), "För sent"),
                "application.error.alreadyDecided", "Ansökan är redan avgjord och kan inte få fler steg.");
        assertThat(detail(id).status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
        assertThat(detail(id).version()).isEqualTo(version);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void the_secretary_cannot_withdraw_an_application() {
        assertThatThrownBy(() -> steps.withdraw(1L, 1, LocalDate.of(2026, 4, 1), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_revision_adds_version_2_and_the_comparison_shows_both_versions_year_by_year() {
        long id = receive("Gröna steg " + data.tag);
        steps.prepare(id, detail(id).version(), LocalDate.of(2026, 2, 1), StepOutcome.MORE_INFORMATION, "Komplettera");

        int versionNo = applications.revise(id, detail(id).version(), version("Gröna steg (reviderad) " + data.tag,
                LocalDate.of(2026, 3, 1), 2027, 250_000, 200_000));

        assertThat(versionNo).isEqualTo(2);
        ApplicationDetail revised = detail(id);
        assertThat(revised.status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(revised.versions()).extracting(ApplicationDetail.Version::versionNo).containsExactly(1, 2);
        assertThat(revised.versions().getFirst().frozen()).isTrue();
        assertThat(revised.comparison()).extracting(c -> c.year() + ":v" + c.versionNo() + "=" + c.amount().intValue()
                        + (c.difference() == null ? "" : " (" + c.difference().intValue() + ")"))
                .containsExactly("2026:v1=400000", "2026:v2=0 (-400000)", "2027:v1=300000", "2027:v2=250000 (-50000)",
                        "2028:v1=0", "2028:v2=200000 (200000)");
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_version_that_was_dealt_with_is_frozen_and_the_database_says_so_by_name() {
        long id = receive("Låst " + data.tag);
        ApplicationDetail.Version first = detail(id).latestVersion();
        steps.prepare(id, detail(id).version(), LocalDate.of(2026, 2, 1), StepOutcome.APPROVE, null);

        assertRefused(() -> applications.updateVersion(first.id(), first.version(),
                        version("Ändrad " + data.tag, LocalDate.of(2026, 1, 10), 2026, 1)),
                "application.error.versionFrozen", "Den här versionen av ansökan är låst");
        assertThat(detail(id).latestVersion().title()).isEqualTo("Låst " + data.tag);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void the_beredningsgrupp_creates_and_prepares_but_cannot_record_decisions() {
        long id = receive("Beredd " + data.tag);
        steps.prepare(id, detail(id).version(), LocalDate.of(2026, 2, 1), StepOutcome.REJECT, "Avslag föreslås");
        assertThat(detail(id).status()).isEqualTo(ApplicationStatus.PREPARED);
        long auMeeting = data.meeting(data.workingCommittee(), LocalDate.of(2026, 2, 10));
        long proposal = data.paragraphWithDecision(auMeeting, 2, "Ansökan", DecisionOutcome.PROPOSAL);
        long boardMeeting = data.meeting(data.board(), LocalDate.of(2026, 2, 24));
        long granted = data.paragraphWithDecision(boardMeeting, 2, "Ansökan", DecisionOutcome.GRANTED);

        assertThatThrownBy(() -> steps.recordAuProposal(id, detail(id).version(), StepOutcome.REJECT, proposal, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.recordBoardDecision(id, detail(id).version(), StepOutcome.APPROVE, granted, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(detail(id).status()).isEqualTo(ApplicationStatus.PREPARED);
    }

    long receiveFrom(String applicant) {
        return applications.create(new NewApplication(null, applicant, null, null, null,
                version("Från " + applicant, LocalDate.of(2026, 1, 10), 2026, 100_000)));
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void an_applicant_typed_as_a_members_name_or_short_name_in_any_case_becomes_that_member_and_anyone_else_stays_text() {
        long hoor = data.municipality("Höörs kommun " + data.tag, "Höör " + data.tag);

        ApplicationDetail byName = detail(receiveFrom("  HÖÖRS KOMMUN " + data.tag.toUpperCase() + " "));
        assertThat(byName.applicantMemberId()).isEqualTo(hoor);
        assertThat(byName.applicant()).isEqualTo("Höörs kommun " + data.tag);

        ApplicationDetail byShortName = detail(receiveFrom("höör " + data.tag));
        assertThat(byShortName.applicantMemberId()).isEqualTo(hoor);
        assertThat(byShortName.applicant()).isEqualTo("Höörs kommun " + data.tag);

        ApplicationDetail other = detail(receiveFrom(" Höörs folkhögskola " + data.tag));
        assertThat(other.applicantMemberId()).isNull();
        assertThat(other.applicant()).isEqualTo("Höörs folkhögskola " + data.tag);
        assertThat(db.select(MEMBER.ID).from(MEMBER).where(MEMBER.NAME.eq("Höörs folkhögskola " + data.tag)).fetch()).isEmpty();
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_members_full_name_wins_over_another_members_short_name() {
        long shortNamed = data.municipality("Sjöbo kommun " + data.tag, "Sjöbo " + data.tag);
        long named = data.municipality("Sjöbo " + data.tag, null);

        assertThat(detail(receiveFrom("sjöbo " + data.tag)).applicantMemberId()).isEqualTo(named).isNotEqualTo(shortNamed);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_members_read_but_cannot_register_applications() {
        long id = AsUser.chef(() -> receive("Läses " + data.tag));

        assertThat(queries.list(ApplicationFilter.all(), PageRequest.first(50))).extracting(ApplicationSummary::id)
                .containsExactly(id);
        assertThat(queries.detail(id)).isPresent();
        assertThatThrownBy(() -> applications.create(new NewApplication(null, "X", null, null, null,
                version("X", LocalDate.of(2026, 1, 1), 2026, 1)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_stale_save_is_refused() {
        long id = receive("Samtidigt " + data.tag);
        int opened = detail(id).version();
        steps.prepare(id, opened, LocalDate.of(2026, 2, 1), StepOutcome.APPROVE, "Först");

        assertThatThrownBy(() -> steps.prepare(id, opened, LocalDate.of(2026, 2, 2), StepOutcome.REJECT, "Sen"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(detail(id).steps()).extracting(ApplicationDetail.Step::notes).containsExactly(null, "Först");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_list_filters_by_status_year_and_applicant_with_requested_totals() {
        long id = receive("Listad " + data.tag);

        var mine = queries.list(new ApplicationFilter(java.util.Set.of(ApplicationStatus.RECEIVED), null, 2027, data.tag), PageRequest.first(50));
        assertThat(mine).extracting(ApplicationSummary::id).containsExactly(id);
        assertThat(mine.getFirst().requestedTotal()).isEqualByComparingTo("700000");
        assertThat(queries.list(new ApplicationFilter(null, null, 2030, data.tag), PageRequest.first(50))).isEmpty();
        assertThat(queries.list(new ApplicationFilter(java.util.Set.of(ApplicationStatus.PREPARED), null, null, data.tag), PageRequest.first(50)))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void attachments_are_stored_with_checksums_and_refused_when_not_what_they_claim() {
        long id = receive("Bilaga " + data.tag);
        long versionId = detail(id).latestVersion().id();
        byte[] pdf = "%PDF-1.4 test".getBytes();

        applications.addAttachment(versionId, "ansokan.pdf", "application/pdf", pdf);

        var files = detail(id).latestVersion().attachments();
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("ansokan.pdf");
            assertThat(f.sizeBytes()).isEqualTo(pdf.length);
            assertThat(f.sha256()).hasSize(64);
        });
        assertThatThrownBy(() -> applications.addAttachment(versionId, "falsk.pdf", "application/pdf", "hej".getBytes()))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> applications.addAttachment(versionId, "bild.png", "image/png", pdf))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_file_for_a_version_already_dealt_with_is_refused_by_the_freeze() {
        long id = receive("Låst bilaga " + data.tag);
        long versionId = detail(id).latestVersion().id();
        steps.prepare(id, detail(id).version(), LocalDate.of(2026, 2, 1), StepOutcome.APPROVE, null);

        // The attachment feature checks the freeze before it stores the file (and names the file); the database's
        // application_version_frozen refusal stays the last word (asserted for a frozen version's update above).
        assertRefused(() -> applications.addAttachment(versionId, "sen.pdf", "application/pdf", "%PDF-1.4 sen".getBytes()),
                "attachment.error.locked", "Filen sen.pdf kan inte läggas till: ansökans version är låst");
        assertThat(detail(id).latestVersion().attachments()).isEmpty();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_approval_lock_keeps_a_decided_step_and_says_so_by_name() {
        long id = receive("Justerad " + data.tag);
        long boardMeeting = data.meeting(data.board(), LocalDate.of(2026, 3, 5));
        long rejected = data.paragraphWithDecision(boardMeeting, 3, "Ansökan", DecisionOutcome.REJECTED);
        steps.recordBoardDecision(id, detail(id).version(), StepOutcome.REJECT, rejected, "Före justering", null);
        data.approve(boardMeeting, LocalDate.of(2026, 3, 10));
        ApplicationDetail.Step decided = detail(id).steps().getLast();

        // The notes may change after approval; the step itself may not.
        steps.updateNotes(decided.id(), decided.version(), "Efter justering");
        assertThat(detail(id).steps().getLast().notes()).isEqualTo("Efter justering");
        assertThatThrownBy(() -> db.deleteFrom(se.samordnaren.db.Tables.APPLICATION_STEP)
                .where(se.samordnaren.db.Tables.APPLICATION_STEP.ID.eq(decided.id())).execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.error.locked"));
        assertThat(db.fetchExists(FUNDING_APPLICATION, FUNDING_APPLICATION.ID.eq(id))).isTrue();
    }
}
