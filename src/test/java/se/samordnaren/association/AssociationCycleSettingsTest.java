package se.samordnaren.association;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.testsupport.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting cycle's settings (appeal period, posting delay, signature reminder): edited by the förbundschef only. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class AssociationCycleSettingsTest extends ViewTest {

    @Autowired
    AssociationService associations;

    private AssociationSettings with(int appealDays, int delay, int reminderDays) {
        AssociationSettings s = associations.settings();
        return new AssociationSettings(s.name(), s.organisationNumber(), s.streetAddress(), s.postalCode(), s.city(),
                s.email(), s.noticeBoardLocation(), s.minutesStoragePlace(), s.paragraphNumbering(), appealDays, delay,
                reminderDays, s.version());
    }

    @Test
    void the_defaults_are_three_weeks_one_working_day_and_three_days() {
        AssociationSettings s = associations.settings();
        assertThat(s.appealPeriodDays()).isEqualTo(21);
        assertThat(s.noticeDelayWorkingDays()).isEqualTo(1);
        assertThat(s.signatureReminderDays()).isEqualTo(3);
    }

    @Test
    void the_forbundschef_changes_them_in_the_settings_view() {
        AssociationSettingsView view = open("forbundet", AssociationSettingsView.class);
        assertThat(view.appealPeriodDays.getValue()).isEqualTo(21);
        test(view.appealPeriodDays).setValue(28);
        test(view.noticeDelayWorkingDays).setValue(0);
        test(view.signatureReminderDays).setValue(5);

        view.save();

        AssociationSettings stored = associations.settings();
        assertThat(stored.appealPeriodDays()).isEqualTo(28);
        assertThat(stored.noticeDelayWorkingDays()).isZero();
        assertThat(stored.signatureReminderDays()).isEqualTo(5);
    }

    @Test
    void numbers_outside_the_limits_are_explained_in_swedish_and_nothing_is_saved() {
        AssociationSettingsView view = open("forbundet", AssociationSettingsView.class);
        view.appealPeriodDays.setValue(0);
        view.signatureReminderDays.clear();

        view.save();

        assertThat(view.appealPeriodDays.getErrorMessage()).isIn("Tiden för överklagande ska vara mellan 1 och 120 dagar.",
                "Talet får inte vara mindre än 1.");
        assertThat(view.signatureReminderDays.getErrorMessage()).isEqualTo("Påminnelsen om underskrift ska skickas efter mellan 1 och 60 dagar.");
        assertThat(associations.settings().version()).isEqualTo(1);
        assertThatThrownBy(() -> associations.update(with(21, 21, 3)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("association.error.noticeDelayWorkingDays"));
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void others_read_them_but_cannot_change_them() {
        AssociationSettingsView view = open("forbundet", AssociationSettingsView.class);

        assertThat(view.appealPeriodDays.isReadOnly()).isTrue();
        assertThatThrownBy(() -> associations.update(with(28, 1, 3)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
