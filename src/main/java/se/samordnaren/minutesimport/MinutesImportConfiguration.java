package se.samordnaren.minutesimport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The background reader of import batches: one thread (the other cores serve the users), a long queue. Not a default
 * candidate, so Spring Boot keeps its own application task executor for everything else.
 */
@Configuration
class MinutesImportConfiguration {

    static final String EXECUTOR = "minutesImportExecutor";

    @Bean(name = EXECUTOR, defaultCandidate = false)
    ThreadPoolTaskExecutor minutesImportExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1000);
        executor.setThreadNamePrefix("minutes-import-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
