package se.samordnaren.dashboard;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.util.ArrayList;
import java.util.List;

/** Test profile only: the SQL statements jOOQ executes on the current thread (every service's, not only ours). */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class DashboardStatementCounter {

    private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

    @Bean
    ExecuteListenerProvider dashboardStatementListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                STATEMENTS.get().add(ctx.sql());
            }
        });
    }

    static void reset() {
        STATEMENTS.get().clear();
    }

    static List<String> statements() {
        return List.copyOf(STATEMENTS.get());
    }
}
