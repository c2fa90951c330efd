package se.samordnaren.application;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.config.TranslationProvider;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.APPLICATION_STEP;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;
import static se.samordnaren.db.Tables.IDEA;

/**
 * Issue 8 item 3 in the services and the database: texts longer than the database keeps, amounts that numeric(14,2)
 * cannot hold and years out of range are refused with a Swedish message naming the field, before anything is written;
 * the database refuses the same lengths by named constraints.
 */
@WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
class ApplicationLimitsTest extends DatabaseTest {

    private static final String MONEY = "Skriv beloppet i kronor, till exempel 1 400 000 eller 1 400 000,50 (högst två "
            + "decimaler och högst 999 999 999 999,99 kr).";

    @Autowired
    FundingApplicationService applications;
    @Autowired
    ApplicationStepService steps;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    IdeaService ideas;
    @Autowired
    TranslationProvider translations;

    private static VersionDraft draft(String title, String description, BigDecimal amount) {
        TreeMap<Integer, BigDecimal> requested = new TreeMap<>();
        requested.put(2026, amount);
        return new VersionDraft(LocalDate.of(2026, 1, 10), title, null, null, description,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, requested);
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key, String swedishText) {
        AsUser.refused(translations, action, key, swedishText);
    }

    @Test
    void texts_longer_than_the_database_keeps_are_refused_with_the_fields_name_and_nothing_is_saved() {
        assertRefused(() -> applications.create(new NewApplication(null, "Sökande", null, null, null,
                        draft("x".repeat(301), null, new BigDecimal("1000")))),
                "error.text.tooLong", "Titel får vara högst 300 tecken.");
        assertRefused(() -> applications.create(new NewApplication(null, "Sökande", null, null, null,
                        draft("Titel", "x".repeat(50_001), new BigDecimal("1000")))),
                "error.text.tooLong", "Beskrivning får vara högst 50 000 tecken.");
        assertRefused(() -> applications.create(new NewApplication(null, "Sökande", "D".repeat(301), null, null,
                        draft("Titel", null, new BigDecimal("1000")))),
                "error.text.tooLong", "Diarienummer får vara högst 300 tecken.");
        assertRefused(() -> applications.create(new NewApplication(null, "S".repeat(301), null, null, null,
                        draft("Titel", null, new BigDecimal("1000")))),
                "error.text.tooLong", "Sökande får vara högst 300 tecken.");

        assertThat(db.fetchCount(FUNDING_APPLICATION)).isZero();
    }

    @Test
    void an_amount_the_database_cannot_hold_or_a_year_out_of_range_is_refused_and_nothing_is_saved() {
        assertRefused(() -> applications.create(new NewApplication(null, "Sökande", null, null, null,
                        draft("Titel", null, new BigDecimal("12.555")))),
                "error.money.invalid", MONEY);
        assertRefused(() -> applications.create(new NewApplication(null, "Sökande", null, null, null,
                        draft("Titel", null, new BigDecimal("123456789012345678901")))),
                "error.money.invalid", MONEY);
        TreeMap<Integer, BigDecimal> farAway = new TreeMap<>();
        farAway.put(2101, BigDecimal.ONE);
        assertRefused(() -> applications.create(new NewApplication(null, "Sökande", null, null, null,
                        new VersionDraft(LocalDate.of(2026, 1, 10), "Titel", null, null, null, null, null, null, farAway))),
                "application.error.year", "Året ska vara mellan 2000 och 2100.");

        assertThat(db.fetchCount(FUNDING_APPLICATION)).isZero();
    }

    @Test
    void step_notes_and_idea_texts_have_their_limits_too() {
        long id = applications.create(new NewApplication(null, "Sökande", null, null, null,
                draft("Titel", null, new BigDecimal("1000"))));
        int version = queries.detail(id).orElseThrow().version();

        assertRefused(() -> steps.prepare(id, version, LocalDate.of(2026, 2, 1), StepOutcome.APPROVE, "x".repeat(50_001)),
                "error.text.tooLong", "Anteckningar får vara högst 50 000 tecken.");
        assertRefused(() -> ideas.save(new Idea(null, "x".repeat(301), null, null, null, null, null, null, null, null, null)),
                "error.text.tooLong", "Idé får vara högst 300 tecken.");
        assertRefused(() -> ideas.save(new Idea(null, "Idé", null, null, "y".repeat(301), null, null, null, null, null, null)),
                "error.text.tooLong", "Förslagsställare får vara högst 300 tecken.");
        assertRefused(() -> ideas.save(new Idea(null, "Idé", null, null, null, null, new BigDecimal("1000000000000"),
                        null, null, null, null)),
                "error.money.invalid", MONEY);

        assertThat(queries.detail(id).orElseThrow().steps()).hasSize(1);
        assertThat(db.fetchCount(IDEA)).isZero();
    }

    @Test
    void the_database_refuses_the_same_lengths_by_named_constraints() {
        long id = applications.create(new NewApplication(null, "Sökande", null, null, null,
                draft("Titel", null, new BigDecimal("1000"))));
        long versionId = queries.detail(id).orElseThrow().latestVersion().id();

        assertThatThrownBy(() -> db.update(FUNDING_APPLICATION).set(FUNDING_APPLICATION.CASE_NUMBER, "d".repeat(301))
                .where(FUNDING_APPLICATION.ID.eq(id)).execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.database.tooLong"));
        assertThatThrownBy(() -> db.update(FUNDING_APPLICATION_VERSION).set(FUNDING_APPLICATION_VERSION.TITLE, "t".repeat(301))
                .where(FUNDING_APPLICATION_VERSION.ID.eq(versionId)).execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.database.tooLong"));
        assertThatThrownBy(() -> db.update(APPLICATION_STEP).set(APPLICATION_STEP.NOTES, "n".repeat(50_001))
                .where(APPLICATION_STEP.APPLICATION_ID.eq(id)).execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.database.tooLong"));
        assertThatThrownBy(() -> db.insertInto(IDEA).set(IDEA.TITLE, "i".repeat(301)).execute())
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.database.tooLong"));

        assertThat(queries.detail(id).orElseThrow().latestVersion().title()).isEqualTo("Titel");
    }
}
