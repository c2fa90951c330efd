package se.samordnaren.config;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class JooqSettings {

    /** Stale saves of generated records fail instead of overwriting (version columns, see GenerateJooq). */
    @Bean
    DefaultConfigurationCustomizer optimisticLocking() {
        return configuration -> configuration.settings()
                .withExecuteWithOptimisticLocking(true)
                .withExecuteWithOptimisticLockingExcludeUnversioned(true);
    }
}
