package se.samordnaren.testsupport;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of every test that talks to the database through services: the one shared Spring context
 * ({@link SamordnarenTest}), the database emptied before each test, and the fixture builder {@link #data}.
 * Name tests as sentences with underscores ({@code a_stale_save_is_refused}); sign in with {@code @WithMockUser}.
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class DatabaseTest {

    @Autowired
    protected DSLContext db;

    protected TestData data;

    @BeforeEach
    void resetDatabase() {
        data = new TestData(db);
        data.reset();
        TestMail.purge();
    }
}
