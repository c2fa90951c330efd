package se.samordnaren.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;


import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layering one-way. Plain JUnit tests calling rule.check; the generated jOOQ code is not imported. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/se/samordnaren/db/"))
            .importPackages("se.samordnaren");

    @Test
    void the_import_holds_the_application_but_not_the_generated_code() {
        assertThat(CLASSES.contain("se.samordnaren.association.MemberService")).isTrue();
        assertThat(CLASSES.stream().anyMatch(c -> c.getPackageName().startsWith("se.samordnaren.db"))).isFalse();
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("se.samordnaren.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void jooq_is_used_only_in_services_components_and_configuration() {
        ArchRule rule = noClasses()
                .that().areNotAnnotatedWith(org.springframework.stereotype.Service.class)
                .and().areNotAnnotatedWith(org.springframework.stereotype.Component.class)
                .and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
                .because("data access belongs in transactional services, not in views or helpers");
        rule.check(CLASSES);
    }

    @Test
    void vaadin_components_never_touch_jooq() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .orShould().dependOnClassesThat().resideInAPackage("se.samordnaren.db..")
                .check(CLASSES);
    }

    @Test
    void shared_ui_uses_no_database_code() {
        noClasses().that().resideInAPackage("se.samordnaren.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "se.samordnaren.db..", "javax.sql..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void views_are_not_public_except_the_login_view() {
        classes().that().areAnnotatedWith(Route.class)
                .and().doNotHaveFullyQualifiedName("se.samordnaren.security.LoginView")
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void every_public_service_method_carries_method_security() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage("se.samordnaren..")
                .and().arePublic()
                .and().areNotStatic()
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PreAuthorize.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .because("every service method that reads or changes data must say who may call it")
                .check(CLASSES);
    }

    /**
     * One owner per table: each table is written (insert, update, delete, merge, newRecord) by exactly one feature;
     * other features call that feature's service. A write is a call to one of DSLContext's writing methods on the
     * same source line as the access to the generated table constant, as in {@code db.update(MEETING)}.
     */
    @Test
    void every_table_is_written_only_by_the_feature_that_owns_it() {
        Map<String, String> violations = TableOwnership.violations(CLASSES);
        assertThat(violations).as("table writes outside the owning feature (class -> table)").isEmpty();
    }
}
