package se.samordnaren.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

import java.util.List;
import java.util.function.Predicate;

/**
 * Vaadin's navigation access control, minus one cost: to check the roles of a navigation, Vaadin looks its
 * {@link VaadinRolePrefixHolder} up through its {@code Lookup} on every navigation, and Spring's lookup runs a
 * {@code ServiceLoader} over the whole class path (every nested jar of the production jar) each time, since the type
 * is not one of its cached services: ~4 % of the application's CPU under load (a JFR profile of the load test,
 * docs/performance.md). The holder only has to learn the role prefix once; after that the request answers
 * {@code isUserInRole} itself, which is what Vaadin's checker ends up calling too. Until then (the first navigation)
 * and without a request, Vaadin's own way is used. The application has no server push, whose websocket requests
 * would need Vaadin's own way throughout.
 */
final class DirectRolesNavigationAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    DirectRolesNavigationAccessControl(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
                                       VaadinRolePrefixHolder rolePrefix) {
        super(checkers, resolver);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        if (request != null && rolePrefix.isSet()) {
            return request::isUserInRole;
        }
        return super.getRolesChecker(request);
    }
}
