package se.samordnaren.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring test configuration of the suite: every Spring test class carries exactly this, so Spring
 * caches one context (one embedded PostgreSQL, migrated once) for all of them. Add nothing beside it on a
 * test class (no @MockitoBean, no extra properties), or that class gets a context of its own.
 * The context sends e-mail to the suite's one test mail server ({@link TestMail}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMail.Initializer.class)
public @interface SamordnarenTest {
}
