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
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every public method of every service, found by reflection, called as every role and as a caller who is not signed
 * in, answers as its row in the role matrix ({@link RoleMatrix}, src/test/resources/security/role-matrix.csv) says:
 * refused before it reads or writes anything, or allowed. A new service method without a role check or without a row
 * fails here, whoever forgets it.
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

    /**
     * Every method as every role and as a caller who is not signed in: allowed (it runs, whatever it then says about
     * the empty arguments) or refused (AccessDeniedException, or no credentials) exactly as its row in the role matrix
     * says; the row agrees with the method's {@code @RolesAllowed}; nobody unsigned may call any method; and the
     * matrix has a row for every method and no row for a method that does not exist.
     */
    @TestFactory
    Stream<DynamicTest> every_service_method_answers_every_role_and_anonymous_as_the_role_matrix_says() {
        Map<String, Set<String>> matrix = RoleMatrix.read("service");
        Map<String, Set<String>> observed = new TreeMap<>();
        Stream<DynamicTest> methods = services().stream().flatMap(bean -> serviceMethods(bean).stream().map(method ->
                DynamicTest.dynamicTest(label(bean, method), () -> {
                    String row = label(bean, method);
                    Set<String> allowed = new TreeSet<>();
                    for (String column : RoleMatrix.COLUMNS) {
                        if (column.equals(RoleMatrix.ANONYMOUS)) {
                            SecurityContextHolder.clearContext();
                        } else {
                            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                                    "roletest", "n/a", "ROLE_" + column));
                        }
                        try {
                            Throwable thrown = invoke(bean, method);
                            if (!(thrown instanceof AccessDeniedException || thrown instanceof AuthenticationCredentialsNotFoundException)) {
                                allowed.add(column);
                            }
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }
                    observed.put(row, allowed);
                    if (!method.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
                        // Only a method declared public (@PermitAll: the verification of protocols) answers anyone.
                        assertThat(allowed).as("%s: nobody who is not signed in", row).doesNotContain(RoleMatrix.ANONYMOUS);
                    }
                    if (method.isAnnotationPresent(RolesAllowed.class)) {
                        assertThat(allowed).as("%s: the roles its @RolesAllowed names", row).isEqualTo(
                                Arrays.stream(method.getAnnotation(RolesAllowed.class).value())
                                        .map(r -> r.replaceFirst("^ROLE_", "")).collect(Collectors.toCollection(TreeSet::new)));
                    }
                    assertThat(matrix).as("role-matrix.csv has a row for %s", row).containsKey(row);
                    assertThat(allowed).as("%s as role-matrix.csv says", row).isEqualTo(matrix.get(row));
                })));
        Stream<DynamicTest> complete = Stream.of(DynamicTest.dynamicTest("the role matrix has no row for a method that does not exist", () -> {
            RoleMatrix.writeObserved("service", observed);
            assertThat(observed).hasSizeGreaterThan(50);
            assertThat(matrix.keySet()).as("rows of methods that do not exist").isSubsetOf(observed.keySet());
        }));
        return Stream.concat(methods, complete);
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
