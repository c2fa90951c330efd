package se.samordnaren.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samordnaren.testsupport.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may open which view: navigation by route, as a typed URL would do. */
class ViewAccessTest extends ViewTest {

    @Autowired
    PasswordEncoder passwordEncoder;

    @ParameterizedTest
    @ValueSource(strings = {"", "medlemmar", "forbundet", "anvandare", "logg", "konto/losenord"})
    @WithAnonymousUser
    void an_anonymous_visitor_ends_on_the_swedish_login_view(String route) {
        LoginView login = navigate(route, LoginView.class);
        assertThat(login.getPageTitle()).isEqualTo("Logga in – Samordnaren");
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void a_board_member_opens_members_and_the_association_but_not_users_or_the_log() {
        assertThat(viewAt("medlemmar")).isEqualTo("se.samordnaren.association.MembersView");
        assertThat(viewAt("forbundet")).isEqualTo("se.samordnaren.association.AssociationSettingsView");
        assertRefused("anvandare");
        assertRefused("logg");
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void an_auditor_opens_the_log_but_not_users() {
        assertThat(viewAt("logg")).isEqualTo("se.samordnaren.audit.AuditView");
        assertThat(viewAt("medlemmar")).isEqualTo("se.samordnaren.association.MembersView");
        assertRefused("anvandare");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_forbundschef_opens_every_view() {
        data.insertUser(passwordEncoder, "chef", Role.FORBUNDSCHEF, "ett-bra-losen-7");
        assertThat(viewAt("")).isEqualTo("se.samordnaren.dashboard.HomeView");
        assertThat(viewAt("medlemmar")).isEqualTo("se.samordnaren.association.MembersView");
        assertThat(viewAt("forbundet")).isEqualTo("se.samordnaren.association.AssociationSettingsView");
        assertThat(viewAt("anvandare")).isEqualTo("se.samordnaren.admin.UsersView");
        assertThat(viewAt("logg")).isEqualTo("se.samordnaren.audit.AuditView");
        assertThat(viewAt("konto/losenord")).isEqualTo("se.samordnaren.admin.ChangePasswordView");
    }

    private String viewAt(String route) {
        HasElement view = navigate(route, Component.class);
        return view.getClass().getName();
    }

    private void assertRefused(String route) {
        HasElement view = navigate(route, Component.class);
        assertThat(view).as("view shown for " + route).isInstanceOf(HasErrorParameter.class);
    }
}
