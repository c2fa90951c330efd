package se.samordnaren.association;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The association's settings page: fields checked before anything is saved, a stale save refused. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class AssociationSettingsViewTest extends ViewTest {

    @Autowired
    AssociationService associations;

    @Test
    void the_settings_are_saved_and_shown_again() {
        AssociationSettingsView view = open("forbundet", AssociationSettingsView.class);
        test(view.name).setValue("Samordningsförbundet Lund");
        test(view.postalCode).setValue("222 22");
        test(view.organisationNumber).setValue("222000-1234");
        test(view.numbering).selectItem("Löper vidare under hela året (t.ex. § 88–101)");

        view.save();

        assertThat(lastNotification()).isEqualTo("Förbundets uppgifter har sparats.");
        AssociationSettings stored = associations.settings();
        assertThat(stored.name()).isEqualTo("Samordningsförbundet Lund");
        assertThat(stored.postalCode()).isEqualTo("222 22");
        assertThat(stored.paragraphNumbering()).isEqualTo(ParagraphNumbering.PER_YEAR);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void a_wrong_postal_code_and_an_overlong_name_are_explained_at_their_fields_and_nothing_is_saved() {
        AssociationSettingsView view = open("forbundet", AssociationSettingsView.class);
        test(view.name).setValue("S".repeat(10_000));
        test(view.postalCode).setValue("2222");

        view.save();

        assertThat(view.postalCode.getErrorMessage()).isEqualTo("Postnumret ska vara fem siffror, till exempel 222 22.");
        assertThat(view.name.getErrorMessage()).isEqualTo("Förbundets namn får vara högst 300 tecken.");
        assertThat(associations.settings().name()).isEqualTo("Samordningsförbundet");
        assertThat(associations.settings().version()).isEqualTo(1);
    }

    @Test
    void a_save_over_somebody_elses_change_is_refused_and_keeps_what_was_typed() {
        AssociationSettingsView view = open("forbundet", AssociationSettingsView.class);
        AssociationSettings read = associations.settings();
        associations.update(new AssociationSettings("Förbundet i Lund", null, null, null, null, null, null, null,
                read.paragraphNumbering(), read.appealPeriodDays(), read.noticeDelayWorkingDays(),
                read.signatureReminderDays(), read.version()));
        test(view.city).setValue("Lund");

        view.save();

        assertThat(lastNotification()).startsWith("Någon annan har ändrat uppgifterna");
        assertThat(view.city.getValue()).isEqualTo("Lund");
        assertThat(associations.settings().name()).isEqualTo("Förbundet i Lund");
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void an_auditor_reads_the_settings_but_cannot_change_them() {
        AssociationSettingsView view = open("forbundet", AssociationSettingsView.class);

        assertThat(view.name.getValue()).isEqualTo("Samordningsförbundet");
        assertThat(view.name.isReadOnly()).isTrue();
        assertThat(view.save.isVisible()).isFalse();
    }

    private String lastNotification() {
        List<Notification> notifications = find(Notification.class).all();
        assertThat(notifications).isNotEmpty();
        return test(notifications.getLast()).getText();
    }
}
