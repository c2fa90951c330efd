package se.samordnaren.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (@Scheduled): the notice board's daily posting and taking down, the daily reminders. Each job runs
 * its work through {@code security.SystemTask} so the audit trail names it.
 */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
