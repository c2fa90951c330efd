package se.samordnaren.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.samordnaren.common.DateFormats;
import se.samordnaren.security.SystemTask;

import java.time.LocalDate;

/**
 * Makes the day's reminders every morning (Swedish time) and once at startup, as the system task "paminnelser";
 * samordnaren.reminders.cron ("-" turns the daily run off, as the tests do). Running twice makes nothing new.
 */
@Component
class ReminderJob {

    static final String TASK = "paminnelser";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${samordnaren.reminders.cron:0 30 6 * * *}", zone = "Europe/Stockholm")
    void daily() {
        run(LocalDate.now(DateFormats.SWEDEN));
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        try {
            daily();
        } catch (RuntimeException e) {
            log.error("Påminnelserna kunde inte göras vid start", e);
        }
    }

    ReminderService.Run run(LocalDate today) {
        ReminderService.Run run = SystemTask.call(TASK, () -> reminders.run(today));
        if (run.followUps() + run.signatures() + run.mailed() > 0) {
            log.info("Påminnelser {}: {} om uppföljningar, {} om underskrifter, {} e-postade", today, run.followUps(),
                    run.signatures(), run.mailed());
        }
        return run;
    }
}
