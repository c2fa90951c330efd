package se.samordnaren.application;

import se.samordnaren.meeting.DecisionOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.config.TranslationProvider;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.IDEA;

/** The ideas pipeline against the real database: saving with the version check, turning an idea into an application, demand. */
class IdeaServiceTest extends DatabaseTest {

    @Autowired
    IdeaService ideas;
    @Autowired
    FundingApplicationService applications;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    ApplicationStepService steps;
    @Autowired
    TranslationProvider translations;

    private Idea idea(String title, String proposer, long amount, int year) {
        return new Idea(null, title + " " + data.tag, "Beskrivning av " + title, null, proposer, proposer,
                BigDecimal.valueOf(amount), year, null, null, null);
    }

    private Idea find(long id) {
        return ideas.find(id).orElseThrow();
    }

    private List<Long> listed() {
        return ideas.list(PageRequest.first(100)).stream().map(Idea::id).toList();
    }

    private DemandYear demandIn(int year) {
        return ideas.demand().stream().filter(d -> d.year() == year).findFirst()
                .orElse(new DemandYear(year, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO));
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key, String swedishText) {
        AsUser.refused(translations, action, key, swedishText);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_new_idea_is_saved_trimmed_as_open_with_version_1_and_listed() {
        Idea saved = ideas.save(new Idea(null, "  Stöd till unga " + data.tag + " ", "  ", null, " Vuxenskolan ", null,
                new BigDecimal("250000"), 2027, null, null, null));

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.title()).isEqualTo("Stöd till unga " + data.tag);
        assertThat(saved.description()).isNull();
        assertThat(saved.proposerName()).isEqualTo("Vuxenskolan");
        assertThat(saved.proposer()).isEqualTo("Vuxenskolan");
        assertThat(saved.status()).isEqualTo(IdeaStatus.IDEA);
        assertThat(saved.roughAmount()).isEqualByComparingTo("250000");
        assertThat(listed()).containsExactly(saved.id());
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_proposer_typed_as_a_members_name_or_short_name_becomes_that_member_and_anyone_else_stays_text() {
        long member = data.municipality("Skurups kommun " + data.tag, "Skurup " + data.tag);

        Idea byName = ideas.save(idea("Namn", "skurups KOMMUN " + data.tag, 10_000, 2027));
        assertThat(byName.proposerMemberId()).isEqualTo(member);
        assertThat(byName.proposerName()).isNull();
        assertThat(byName.proposer()).isEqualTo("Skurups kommun " + data.tag);

        Idea byShortName = ideas.save(idea("Kortnamn", " SKURUP " + data.tag.toUpperCase(), 10_000, 2027));
        assertThat(byShortName.proposerMemberId()).isEqualTo(member);
        assertThat(byShortName.proposer()).isEqualTo("Skurups kommun " + data.tag);

        Idea other = ideas.save(idea("Annan", "Skurups idrottsförening " + data.tag, 10_000, 2027));
        assertThat(other.proposerMemberId()).isNull();
        assertThat(other.proposerName()).isEqualTo("Skurups idrottsförening " + data.tag);

        long applicationId = ideas.convertToApplication(byShortName, LocalDate.of(2026, 11, 2));
        assertThat(queries.detail(applicationId).orElseThrow().applicantMemberId()).isEqualTo(member);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void an_edit_raises_the_version_and_a_stale_edit_is_refused() {
        Idea saved = ideas.save(idea("Hälsa", "Region Skåne", 100_000, 2027));
        Idea edited = ideas.save(new Idea(saved.id(), saved.title(), "Ny text", null, "Region Skåne", null,
                new BigDecimal("120000"), 2028, IdeaStatus.IDEA, null, saved.version()));

        assertThat(edited.version()).isEqualTo(saved.version() + 1);
        assertThat(edited.description()).isEqualTo("Ny text");
        assertThat(edited.roughAmount()).isEqualByComparingTo("120000");
        assertThat(edited.expectedYear()).isEqualTo(2028);

        Idea stale = new Idea(saved.id(), saved.title(), "Gammal", null, "Region Skåne", null,
                new BigDecimal("1"), 2027, IdeaStatus.DROPPED, null, saved.version());
        assertThatThrownBy(() -> ideas.save(stale)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> ideas.delete(stale)).isInstanceOf(ConcurrentEditException.class);
        assertThat(find(saved.id()).description()).isEqualTo("Ny text");

        ideas.delete(find(saved.id()));
        assertThat(listed()).doesNotContain(saved.id());
        assertThat(ideas.find(saved.id())).isEmpty();
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void broken_rules_are_refused_with_swedish_messages_and_nothing_is_saved() {
        long before = db.fetchCount(IDEA);
        assertRefused(() -> ideas.save(new Idea(null, "  ", null, null, null, null, null, null, null, null, null)),
                "idea.error.titleRequired", "Skriv vad idén handlar om.");
        assertRefused(() -> ideas.save(idea("Negativ", null, -1, 2027)),
                "idea.error.amountNegative", "Beloppet kan inte vara negativt.");
        assertRefused(() -> ideas.save(idea("Långt bort", null, 1, 2101)),
                "idea.error.year", "Året ska vara mellan 2000 och 2100.");
        assertRefused(() -> ideas.save(new Idea(null, "Ansökt " + data.tag, null, null, null, null, null, null,
                        IdeaStatus.APPLIED, null, null)),
                "idea.error.appliedNeedsApplication", "En idé blir ansökt genom knappen Gör till ansökan.");
        assertThat(db.fetchCount(IDEA)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void an_idea_becomes_a_received_application_with_its_rough_amount_in_the_expected_year() {
        Idea saved = ideas.save(idea("Arbetsträning", "Folkhögskolan " + data.tag, 300_000, 2027));

        long applicationId = ideas.convertToApplication(saved, LocalDate.of(2026, 11, 2));

        ApplicationDetail application = queries.detail(applicationId).orElseThrow();
        assertThat(application.status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(application.applicant()).isEqualTo("Folkhögskolan " + data.tag);
        ApplicationDetail.Version v1 = application.latestVersion();
        assertThat(v1.versionNo()).isEqualTo(1);
        assertThat(v1.title()).isEqualTo(saved.title());
        assertThat(v1.description()).isEqualTo("Beskrivning av Arbetsträning");
        assertThat(v1.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(v1.periodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(v1.periodEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(v1.requested()).extracting(r -> r.year() + "=" + r.amount().intValue()).containsExactly("2027=300000");

        Idea applied = find(saved.id());
        assertThat(applied.status()).isEqualTo(IdeaStatus.APPLIED);
        assertThat(applied.applicationId()).isEqualTo(applicationId);
        assertThat(applied.version()).isEqualTo(saved.version() + 1);
        assertRefused(() -> ideas.convertToApplication(applied, LocalDate.of(2026, 11, 3)),
                "idea.error.notOpen", "Bara öppna idéer kan bli ansökningar.");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void an_idea_without_proposer_or_read_before_a_change_does_not_become_an_application() {
        Idea anonymous = ideas.save(idea("Anonym", null, 10_000, 2027));
        assertRefused(() -> ideas.convertToApplication(anonymous, LocalDate.of(2026, 11, 2)),
                "idea.error.proposerRequired", "Ange förslagsställaren innan idén blir en ansökan (den blir sökande).");

        Idea saved = ideas.save(idea("Samtidig", "Sökande " + data.tag, 10_000, 2027));
        ideas.save(new Idea(saved.id(), saved.title(), "Ändrad av någon annan", null, saved.proposerName(), null,
                saved.roughAmount(), saved.expectedYear(), IdeaStatus.IDEA, null, saved.version()));
        int applicationsBefore = queries.totals(new ApplicationFilter(null, null, null, data.tag)).count();

        assertThatThrownBy(() -> ideas.convertToApplication(saved, LocalDate.of(2026, 11, 2)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(queries.totals(new ApplicationFilter(null, null, null, data.tag)).count()).isEqualTo(applicationsBefore);
        assertThat(find(saved.id()).status()).isEqualTo(IdeaStatus.IDEA);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void coming_demand_per_year_adds_open_ideas_and_undecided_applications() {
        int year = 2093;
        DemandYear before = demandIn(year);

        ideas.save(idea("Efterfrågan A", "Sökande " + data.tag, 100_000, year));
        Idea second = ideas.save(idea("Efterfrågan B", "Sökande " + data.tag, 50_000, year));
        Idea dropped = ideas.save(idea("Avskriven", "Sökande " + data.tag, 900_000, year));
        ideas.save(new Idea(dropped.id(), dropped.title(), null, null, dropped.proposerName(), null, dropped.roughAmount(),
                year, IdeaStatus.DROPPED, null, dropped.version()));
        long undecided = applications.create(new NewApplication(null, "Sökande " + data.tag, null, null, null,
                FundingApplicationServiceTest.version("Oavgjord " + data.tag, LocalDate.of(2026, 5, 1), year, 400_000)));
        long rejected = applications.create(new NewApplication(null, "Sökande " + data.tag, null, null, null,
                FundingApplicationServiceTest.version("Avslagen " + data.tag, LocalDate.of(2026, 5, 1), year, 700_000)));
        long board = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 6, 1)), 3, "Avslag", DecisionOutcome.REJECTED);
        steps.recordBoardDecision(rejected, queries.detail(rejected).orElseThrow().version(),
                StepOutcome.REJECT, board, null, null);

        DemandYear after = demandIn(year);
        assertThat(after.ideaCount() - before.ideaCount()).isEqualTo(2);
        assertThat(after.ideaAmount().subtract(before.ideaAmount())).isEqualByComparingTo("150000");
        assertThat(after.applicationCount() - before.applicationCount()).isEqualTo(1);
        assertThat(after.applicationAmount().subtract(before.applicationAmount())).isEqualByComparingTo("400000");
        assertThat(after.total().subtract(before.total())).isEqualByComparingTo("550000");

        ideas.convertToApplication(second, LocalDate.of(2026, 7, 1));
        DemandYear converted = demandIn(year);
        assertThat(converted.ideaCount()).isEqualTo(after.ideaCount() - 1);
        assertThat(converted.applicationCount()).isEqualTo(after.applicationCount() + 1);
        assertThat(converted.total()).isEqualByComparingTo(after.total());
        assertThat(undecided).isPositive();
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void the_list_comes_page_by_page_open_ideas_first_by_year_unless_a_column_is_sorted() {
        Idea late = ideas.save(idea("Sent", "Någon", 1_000, 2029));
        Idea early = ideas.save(idea("Tidigt", "Någon", 3_000, 2027));
        Idea dropped = ideas.save(idea("Avskrivet", "Någon", 2_000, 2026));
        ideas.save(new Idea(dropped.id(), dropped.title(), null, null, "Någon", null, dropped.roughAmount(), 2026,
                IdeaStatus.DROPPED, null, dropped.version()));

        assertThat(ideas.list(PageRequest.of(0, 2))).extracting(Idea::id).containsExactly(early.id(), late.id());
        assertThat(ideas.list(PageRequest.of(2, 2))).extracting(Idea::id).containsExactly(dropped.id());
        assertThat(ideas.list(new PageRequest(0, 10, List.of(new PageRequest.Sort("roughAmount", true)))))
                .extracting(Idea::id).containsExactly(early.id(), dropped.id(), late.id());
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_ideas_and_demand_but_cannot_write() {
        long id = data.idea("Styrelsen läser " + data.tag, "Någon", 2027, 5000);
        Idea existing = find(id);
        assertThat(ideas.demand()).extracting(DemandYear::year, DemandYear::ideaCount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2027, 1));

        assertThatThrownBy(() -> ideas.save(idea("Förbjuden", "Någon", 1, 2027))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ideas.save(existing)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ideas.delete(existing)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ideas.convertToApplication(existing, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(find(id)).isEqualTo(existing);
    }
}
