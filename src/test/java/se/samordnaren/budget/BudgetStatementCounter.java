package se.samordnaren.budget;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Test profile only: counts the SQL statements jOOQ executes on the current thread, for the budget screens. */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class BudgetStatementCounter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Bean
    ExecuteListenerProvider budgetStatementCountingListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                COUNT.get()[0]++;
            }
        });
    }

    static void reset() {
        COUNT.get()[0] = 0;
    }

    static int count() {
        return COUNT.get()[0];
    }
}
