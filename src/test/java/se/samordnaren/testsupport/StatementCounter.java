package se.samordnaren.testsupport;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Test profile only: the SQL statements jOOQ executes on the current thread (every service's), for the tests that
 * hold a screen to a bounded number of statements.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class StatementCounter {

    private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);
    /** The benchmark's: the same statements with their bind values inlined, while {@link #captureInlined} is on. */
    private static final ThreadLocal<List<String>> INLINED = ThreadLocal.withInitial(ArrayList::new);
    private static final ThreadLocal<Boolean> CAPTURE_INLINED = ThreadLocal.withInitial(() -> false);

    @Bean
    ExecuteListenerProvider statementCountingListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                STATEMENTS.get().add(ctx.sql());
                if (CAPTURE_INLINED.get()) {
                    INLINED.get().add(ctx.query() != null ? ctx.dsl().renderInlined(ctx.query()) : ctx.sql());
                }
            }
        });
    }

    public static void reset() {
        STATEMENTS.get().clear();
        INLINED.get().clear();
    }

    public static int count() {
        return STATEMENTS.get().size();
    }

    public static List<String> statements() {
        return List.copyOf(STATEMENTS.get());
    }

    /** Also keep each statement with its bind values inlined (for running it again directly), until switched off. */
    public static void captureInlined(boolean on) {
        CAPTURE_INLINED.set(on);
    }

    public static List<String> inlined() {
        return List.copyOf(INLINED.get());
    }
}
