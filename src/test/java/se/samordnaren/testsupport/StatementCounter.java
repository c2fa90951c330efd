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

    @Bean
    ExecuteListenerProvider statementCountingListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                STATEMENTS.get().add(ctx.sql());
            }
        });
    }

    public static void reset() {
        STATEMENTS.get().clear();
    }

    public static int count() {
        return STATEMENTS.get().size();
    }

    public static List<String> statements() {
        return List.copyOf(STATEMENTS.get());
    }
}
