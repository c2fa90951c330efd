package se.samordnaren.association;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.ASSOCIATION;

@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class AssociationServiceTest extends DatabaseTest {

    @Autowired
    AssociationService associations;

    private AssociationSettings with(String name, String organisationNumber, String postalCode, ParagraphNumbering numbering) {
        AssociationSettings read = associations.settings();
        return new AssociationSettings(name, organisationNumber, read.streetAddress(), postalCode, read.city(),
                read.email(), read.noticeBoardLocation(), read.minutesStoragePlace(), numbering,
                read.appealPeriodDays(), read.noticeDelayWorkingDays(), read.signatureReminderDays(), read.version());
    }

    @Test
    void the_settings_are_saved_trimmed_and_the_version_rises() {
        AssociationSettings saved = associations.update(with("  Samordningsförbundet Lund ", " 222000-1234 ", "222 22",
                ParagraphNumbering.PER_MEETING));

        assertThat(saved.name()).isEqualTo("Samordningsförbundet Lund");
        assertThat(saved.organisationNumber()).isEqualTo("222000-1234");
        assertThat(saved.version()).isEqualTo(2);
    }

    @Test
    void formats_the_database_checks_are_refused_with_swedish_messages() {
        assertThatThrownBy(() -> associations.update(with("Förbundet", "2220001234", null, ParagraphNumbering.PER_MEETING)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.organisationNumber");
                    assertThat(e.arguments()).containsExactly("2220001234");
                });
        // The service names the number; the database's own check still refuses it without the service.
        assertThatThrownBy(() -> db.update(ASSOCIATION).set(ASSOCIATION.ORGANISATION_NUMBER, "2220001234")
                .where(ASSOCIATION.ID.eq(1)).execute())
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.organisationNumberFormat");
        assertThatThrownBy(() -> associations.update(with("Förbundet", null, "2222", ParagraphNumbering.PER_MEETING)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.postalCode");
        assertThatThrownBy(() -> associations.update(with("F".repeat(301), null, null, ParagraphNumbering.PER_MEETING)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.text.tooLong");
        assertThat(associations.settings().version()).isEqualTo(1);
    }

    @Test
    void numbering_through_the_year_is_refused_when_this_year_already_repeats_a_number() {
        long body = data.body("Styrelsen");
        for (int day = 1; day <= 2; day++) {
            data.item(data.meeting(body, LocalDate.now().withDayOfYear(day)), 1, "Mötets öppnande", null);
        }

        assertThatThrownBy(() -> associations.update(with("Förbundet", null, null, ParagraphNumbering.PER_YEAR)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("association.error.numberingSwitch");
        assertThat(associations.settings().paragraphNumbering()).isEqualTo(ParagraphNumbering.PER_MEETING);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void only_the_forbundschef_changes_the_settings() {
        assertThat(associations.settings().name()).isEqualTo("Samordningsförbundet");
        assertThatThrownBy(() -> associations.update(with("Annat", null, null, ParagraphNumbering.PER_MEETING)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
