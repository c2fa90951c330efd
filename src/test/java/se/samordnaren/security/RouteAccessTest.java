package se.samordnaren.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.util.AopTestUtils;
import se.samordnaren.budget.BudgetVersionKind;
import se.samordnaren.initiative.InitiativeStatus;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import se.samordnaren.testsupport.ViewTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.ANNUAL_RESULT;
import static se.samordnaren.db.Tables.BOOKKEEPING_IMPORT;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;

/**
 * Every route of the application, found through Vaadin's route registry: an anonymous visitor ends on the login view,
 * and a signed-in user whose role a view does not name is refused. A new view without the right annotation fails here.
 */
class RouteAccessTest extends ViewTest {

    private List<RouteData> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getNavigationTarget().getPackageName().startsWith("se.samordnaren"))
                .filter(r -> r.getNavigationTarget() != LoginView.class)
                // Public pages (@AnonymousAllowed, e.g. the notice board /anslagstavla) are tested by their features.
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

    /**
     * Every route (the login included) as every role and as an anonymous visitor, with rows behind its ids so that an
     * allowed role really gets the view: the view opens exactly for the columns its row in the role matrix marks, and
     * everybody else gets the login view (anonymous) or the not-found view (signed in). A route without a row, or a
     * row without a route, fails here.
     */
    @Test
    void every_route_opens_for_exactly_the_roles_the_role_matrix_names() {
        Map<String, Set<String>> matrix = RoleMatrix.read("route");
        Map<String, String> ids = fixtureIds();
        Map<String, Set<String>> observed = new TreeMap<>();
        SoftAssertions softly = new SoftAssertions();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (!route.getNavigationTarget().getPackageName().startsWith("se.samordnaren")) {
                continue;
            }
            String name = "/" + route.getTemplate();
            String location = fill(route.getTemplate(), ids);
            Set<String> allowed = new TreeSet<>();
            for (String column : RoleMatrix.COLUMNS) {
                SecurityContextHolder.getContext().setAuthentication(column.equals(RoleMatrix.ANONYMOUS)
                        ? new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                        : new TestingAuthenticationToken("routetest", "n/a", "ROLE_" + column));
                Component shown = navigate(location, Component.class);
                Object view = AopTestUtils.getUltimateTargetObject(shown);
                if (route.getNavigationTarget().isInstance(view)) {
                    allowed.add(column);
                } else if (column.equals(RoleMatrix.ANONYMOUS)) {
                    softly.assertThat(view).as("anonymous at /%s", location).isInstanceOf(LoginView.class);
                } else {
                    softly.assertThat(view).as("%s at /%s", column, location).isInstanceOf(HasErrorParameter.class);
                }
            }
            SecurityContextHolder.clearContext();
            observed.put(name, allowed);
            softly.assertThat(matrix).as("role-matrix.csv has a row for %s", name).containsKey(name);
            if (matrix.containsKey(name)) {
                softly.assertThat(allowed).as("%s as role-matrix.csv says", name).isEqualTo(matrix.get(name));
            }
        }
        RoleMatrix.writeObserved("route", observed);
        softly.assertThat(observed).hasSizeGreaterThan(20);
        softly.assertThat(matrix.keySet()).as("rows of routes that do not exist").isSubsetOf(observed.keySet());
        softly.assertAll();
    }

    /** Rows for the routes' parameters, so that an allowed role sees the view itself and not "not found". */
    private Map<String, String> fixtureIds() {
        data.ensureUser("routetest", Role.REVISOR);
        long meeting = data.meeting(data.board(), LocalDate.of(2026, 3, 19));
        long initiative = data.initiative("Vägen in", InitiativeStatus.IDEA, null, null);
        long budgetA = data.budgetVersion(2026, BudgetVersionKind.BUDGET, "Budget 2026");
        long budgetB = data.budgetVersion(2027, BudgetVersionKind.BUDGET, "Budget 2027");
        long application = db.insertInto(FUNDING_APPLICATION).set(FUNDING_APPLICATION.APPLICANT_NAME, "Lunds kommun")
                .returning(FUNDING_APPLICATION.ID).fetchSingle(FUNDING_APPLICATION.ID);
        db.insertInto(FUNDING_APPLICATION_VERSION).set(FUNDING_APPLICATION_VERSION.APPLICATION_ID, application)
                .set(FUNDING_APPLICATION_VERSION.VERSION_NO, 1).set(FUNDING_APPLICATION_VERSION.RECEIVED_ON, LocalDate.of(2026, 3, 1))
                .set(FUNDING_APPLICATION_VERSION.TITLE, "Steget vidare").execute();
        long bookkeepingImport = db.insertInto(BOOKKEEPING_IMPORT).set(BOOKKEEPING_IMPORT.FILE_NAME, "bok.se")
                .set(BOOKKEEPING_IMPORT.FORMAT, se.samordnaren.bookkeeping.ImportFormat.SIE).set(BOOKKEEPING_IMPORT.CONTENT, "#FLAGGA 0\n".getBytes(StandardCharsets.UTF_8))
                .set(BOOKKEEPING_IMPORT.PERIOD_START, LocalDate.of(2025, 1, 1)).set(BOOKKEEPING_IMPORT.PERIOD_END, LocalDate.of(2025, 12, 31))
                .returning(BOOKKEEPING_IMPORT.ID).fetchSingle(BOOKKEEPING_IMPORT.ID);
        db.insertInto(ANNUAL_RESULT).set(ANNUAL_RESULT.YEAR, 2025).set(ANNUAL_RESULT.INCOME, new BigDecimal("100"))
                .set(ANNUAL_RESULT.COSTS, new BigDecimal("90")).set(ANNUAL_RESULT.EQUITY_START, new BigDecimal("10"))
                .set(ANNUAL_RESULT.EQUITY_END, new BigDecimal("20")).execute();
        return Map.of("meetingId", String.valueOf(meeting), "initiativeId", String.valueOf(initiative),
                "versionId", String.valueOf(budgetA), "a", String.valueOf(budgetA), "b", String.valueOf(budgetB),
                "applicationId", String.valueOf(application), "importId", String.valueOf(bookkeepingImport), "year", "2025");
    }

    private static String fill(String template, Map<String, String> ids) {
        Matcher parameter = Pattern.compile(":([A-Za-z]+)(\\([^)]*\\))?\\??").matcher(template);
        StringBuilder location = new StringBuilder();
        while (parameter.find()) {
            String id = ids.get(parameter.group(1));
            if (id == null) {
                throw new IllegalStateException("RouteAccessTest.fixtureIds: no row for :" + parameter.group(1) + " of " + template);
            }
            parameter.appendReplacement(location, id);
        }
        return parameter.appendTail(location).toString();
    }
}
