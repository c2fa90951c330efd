package se.samordnaren.security;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import se.samordnaren.testsupport.DatabaseTest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every public method of every service, found by reflection, refuses a caller who is not signed in, and every
 * method restricted to roles refuses each role it does not name, before it reads or writes anything. A new service
 * method without a role check fails here, whoever forgets it.
 */
class ServiceRoleTest extends DatabaseTest {

    @Autowired
    ApplicationContext context;

    /** Called by the sign-in itself, before anybody is signed in. */
    private static final Set<Class<?>> SIGN_IN = Set.of(org.springframework.security.core.userdetails.UserDetailsService.class);

    private List<Method> serviceMethods(Object bean) {
        Class<?> type = AopUtils.getTargetClass(bean);
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .sorted(Comparator.comparing(Method::toGenericString))
                .toList();
    }

    private List<Object> services() {
        List<Object> services = new ArrayList<>(context.getBeansWithAnnotation(Service.class).values());
        services.removeIf(bean -> !AopUtils.getTargetClass(bean).getPackageName().startsWith("se.samordnaren")
                || SIGN_IN.stream().anyMatch(type -> type.isInstance(bean)));
        services.sort(Comparator.comparing(bean -> AopUtils.getTargetClass(bean).getName()));
        return services;
    }

    @TestFactory
    Stream<DynamicTest> there_are_services_to_check() {
        return Stream.of(DynamicTest.dynamicTest("at least ten services with methods", () ->
                assertThat(services().stream().mapToLong(s -> serviceMethods(s).size()).sum()).isGreaterThan(50)));
    }

    @TestFactory
    Stream<DynamicTest> every_service_method_refuses_a_caller_who_is_not_signed_in() {
        return services().stream().flatMap(bean -> serviceMethods(bean).stream()
                // Declared public (@PermitAll: the verification of protocols, no sign-in), tested as anonymous by their own tests.
                .filter(method -> !method.isAnnotationPresent(jakarta.annotation.security.PermitAll.class))
                .map(method ->
                DynamicTest.dynamicTest(label(bean, method), () -> {
                    SecurityContextHolder.clearContext();
                    Throwable thrown = invoke(bean, method);
                    assertThat(thrown).as("%s without a signed-in user", label(bean, method))
                            .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
                })));
    }

    @TestFactory
    Stream<DynamicTest> every_role_restricted_method_refuses_the_roles_it_does_not_name() {
        return services().stream().flatMap(bean -> serviceMethods(bean).stream()
                .filter(method -> method.isAnnotationPresent(RolesAllowed.class))
                .flatMap(method -> {
                    Set<String> allowed = Arrays.stream(method.getAnnotation(RolesAllowed.class).value())
                            .map(r -> r.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
                    return Arrays.stream(Role.values()).filter(role -> !allowed.contains(role.name()))
                            .map(role -> DynamicTest.dynamicTest(label(bean, method) + " as " + role, () -> {
                                SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                                        "roletest", "n/a", "ROLE_" + role.name()));
                                try {
                                    Throwable thrown = invoke(bean, method);
                                    assertThat(thrown).as("%s as %s", label(bean, method), role)
                                            .isInstanceOf(AccessDeniedException.class);
                                } finally {
                                    SecurityContextHolder.clearContext();
                                }
                            }));
                }));
    }

    private static String label(Object bean, Method method) {
        return AopUtils.getTargetClass(bean).getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    /** Calls the method through the Spring proxy with empty arguments and returns what it threw (null if nothing). */
    private static Throwable invoke(Object bean, Method method) {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(ServiceRoleTest::empty).toArray();
        try {
            Method onProxy = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
            onProxy.invoke(bean, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            return fail("cannot call " + method, e);
        }
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
