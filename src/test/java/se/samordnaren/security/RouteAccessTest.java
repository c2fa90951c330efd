package se.samordnaren.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import se.samordnaren.testsupport.ViewTest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application, found through Vaadin's route registry: an anonymous visitor ends on the login view,
 * and a signed-in user whose role a view does not name is refused. A new view without the right annotation fails here.
 */
class RouteAccessTest extends ViewTest {

    private List<RouteData> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getNavigationTarget().getPackageName().startsWith("se.samordnaren"))
                .filter(r -> r.getNavigationTarget() != LoginView.class)
                // Public pages (no sign-in, e.g. /verifiera) are tested as an anonymous visitor by their own tests.
                .filter(r -> !r.getNavigationTarget().isAnnotationPresent(com.vaadin.flow.server.auth.AnonymousAllowed.class))
                .toList();
    }

    /** A concrete location for the route template: parameters get an id that does not exist. */
    private static String location(RouteData route) {
        return route.getTemplate().replaceAll(":[A-Za-z]+(\\([^)]*\\))?\\??", "1");
    }

    @Test
    @WithAnonymousUser
    void every_route_sends_an_anonymous_visitor_to_the_login() {
        assertThat(routes()).hasSizeGreaterThan(10);
        for (RouteData route : routes()) {
            Component shown = navigate(location(route), Component.class);
            assertThat(shown).as("anonymous at /%s", location(route)).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void every_role_restricted_route_refuses_the_roles_it_does_not_name() {
        int checked = 0;
        for (RouteData route : routes()) {
            Class<? extends Component> view = route.getNavigationTarget();
            if (view.isAnnotationPresent(PermitAll.class)) {
                continue;
            }
            assertThat(view.isAnnotationPresent(RolesAllowed.class)).as("%s says who may open it", view.getSimpleName()).isTrue();
            Set<String> allowed = Arrays.stream(view.getAnnotation(RolesAllowed.class).value())
                    .map(r -> r.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
            for (Role role : Role.values()) {
                if (allowed.contains(role.name())) {
                    continue;
                }
                SecurityContextHolder.getContext().setAuthentication(
                        new TestingAuthenticationToken("routetest", "n/a", "ROLE_" + role.name()));
                Component shown = navigate(location(route), Component.class);
                assertThat(shown).as("%s at /%s", role, location(route)).isInstanceOf(HasErrorParameter.class);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }
}
