package se.samordnaren.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** bcrypt by default, with the {id} prefix so the hash algorithm can be raised later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
