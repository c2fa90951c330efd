package se.samordnaren.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

    /**
     * What pages may load. Vaadin needs inline styles, and its client runs inline bootstrap scripts and
     * {@code new Function} for executeJs, so scripts need 'unsafe-inline' and 'unsafe-eval' (no nonce support).
     * Everything else is this origin only: no foreign scripts, connections, forms, frames or plugins.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /**
     * @RolesAllowed and @PermitAll as method security on services, but never on Vaadin components. Views carry the
     * same annotations for Vaadin's navigation access control; with Spring's standard JSR-250 method security
     * (jsr250Enabled = true) every view became a CGLIB proxy: the router held the proxy instead of the view, each
     * call on it ran an authorization check (failing on threads without a signed-in user) and its fields read null.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250MethodSecurityExceptComponents() {
        AuthorizationManagerBeforeMethodInterceptor standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(standard.getPointcut()).intersection(notAComponent), new Jsr250AuthorizationManager());
        interceptor.setOrder(standard.getOrder());
        return interceptor;
    }

    /**
     * Vaadin's navigation access control as Vaadin builds it, with the cheaper roles check of the subclass. Primary:
     * Vaadin's auto-configuration defines its own unconditionally; everything that takes one (the navigation listener,
     * the login view's configuration) gets this one.
     */
    @Bean
    @org.springframework.context.annotation.Primary
    NavigationAccessControl directRolesNavigationAccessControl(java.util.List<NavigationAccessChecker> checkers,
                                                               NavigationAccessControlConfigurer configurer,
                                                               VaadinRolePrefixHolder rolePrefix) {
        return configurer.build((active, resolver) -> new DirectRolesNavigationAccessControl(active, resolver, rolePrefix),
                checkers);
    }

    /**
     * The public notice board outside Vaadin (meeting.noticeboard.NoticeBoardController): the embeddable page, the
     * feed and the PDFs of posted protocols, for anyone, without a session. Its own headers: no script at all, and
     * frame-ancestors from samordnaren.notice-board.frame-ancestors (SAMORDNAREN_NOTICE_BOARD_FRAME_ANCESTORS, e.g.
     * "https://www.example.se"; default any site) so the association's website can show it in an iframe. The Vaadin
     * page /anslagstavla (@AnonymousAllowed) stays in the main chain with its frame-ancestors 'self'.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain noticeBoardFilterChain(HttpSecurity http,
                                               @Value("${samordnaren.notice-board.frame-ancestors:*}") String frameAncestors,
                                               @Value("${samordnaren.security.secure-cookies:false}") boolean behindTls) throws Exception {
        if (!frameAncestors.matches("[A-Za-z0-9 .:/*'_-]+")) {
            throw new IllegalStateException("samordnaren.notice-board.frame-ancestors: bara källor åtskilda med mellanslag, t.ex. https://www.example.se");
        }
        http.securityMatcher("/anslagstavla/inbaddad", "/anslagstavla/flode", "/anslagstavla/*/protokoll.pdf")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(String.join("; ",
                                "default-src 'none'", "style-src 'unsafe-inline'", "img-src 'self'", "base-uri 'none'",
                                "form-action 'none'", "frame-ancestors " + frameAncestors)))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> {
                            if (behindTls) {
                                hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
                            }
                        }));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
                                            LoginThrottle loginThrottle, SessionAccounts sessionAccounts, RequestUtil requestUtil,
                                            com.vaadin.flow.i18n.I18NProvider translations,
                                            @Value("${samordnaren.security.secure-cookies:false}") boolean behindTls) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Spring's error pages (a 404 of a download, a 400 of a malformed URL) render for whoever got the error.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**").permitAll()
                // Downloads: the minutes as PDF (MinutesPdfController) and attachments (AttachmentController), for any
                // signed-in user; the services check the role again.
                .requestMatchers(HttpMethod.GET, "/protokoll/**", "/bilagor/**").authenticated());

        // Sign-in: the password check behind the throttle (locks after repeated failures, per account and address).
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, loginThrottle)));

        // CSRF: Vaadin's own requests carry Vaadin's token; everything else, the login form included, needs Spring's.
        // (Vaadin's default leaves the login form out, which allowed login CSRF.)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(loginPageExpiredOr(new AccessDeniedHandlerImpl())));

        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                // HSTS on HTTPS requests (also behind a proxy with forwarded headers); always when configured as behind TLS.
                .httpStrictTransportSecurity(hsts -> {
                    if (behindTls) {
                        hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
                    }
                })
                // Vaadin's pages are served through a forward that commits the response past Spring's header writer,
                // so the headers are written before the request is handled, not on commit.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));

        // Every request of a signed-in session: is the account still enabled and unchanged?
        http.addFilterBefore(new SessionAccountCheck(sessionAccounts, translations), AuthorizationFilter.class);
        // Vaadin requests with a UI id that is no number: 400, not a NumberFormatException deep in Vaadin (500).
        http.addFilterBefore(new VaadinRequestCheck(), SessionAccountCheck.class);

        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                // Unknown addresses: Vaadin's Swedish not-found page for signed-in users, the login page for others
                // (Vaadin's default refuses them with an empty 403).
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /**
     * A login form whose session has ended in the meantime (its CSRF token with it) is sent back to a fresh login
     * page that says so, instead of an empty 403.
     */
    private static AccessDeniedHandler loginPageExpiredOr(AccessDeniedHandler otherwise) {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException && "POST".equals(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                response.sendRedirect(request.getContextPath() + "/login?" + LoginView.EXPIRED_PARAMETER);
            } else {
                otherwise.handle(request, response, denied);
            }
        };
    }

    /** bcrypt by default, with the {id} prefix so the hash algorithm can be raised later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
