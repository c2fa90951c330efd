package se.samordnaren.reminder;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.samordnaren.security.DailySystemTask;

import java.time.LocalDate;

/**
 * Makes the day's reminders every morning (Swedish time) and once at startup, as the system task "paminnelser";
 * samordnaren.reminders.cron ("-" turns the daily run off, as the tests do). Running twice makes nothing new.
 */
@Component
class ReminderJob {

    static final String TASK = "paminnelser";

    private final DailySystemTask<ReminderService.Run> task;

    ReminderJob(ReminderService reminders) {
        task = new DailySystemTask<>(ReminderJob.class, TASK, reminders::run,
                (today, run) -> run.followUps() + run.signatures() + run.mailed() == 0 ? null
                        : "Påminnelser %s: %d om uppföljningar, %d om underskrifter, %d e-postade"
                                .formatted(today, run.followUps(), run.signatures(), run.mailed()),
                "Påminnelserna kunde inte göras vid start");
    }

    @Scheduled(cron = "${samordnaren.reminders.cron:0 30 6 * * *}", zone = "Europe/Stockholm")
    void daily() {
        task.today();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        task.atStartup();
    }

    ReminderService.Run run(LocalDate today) {
        return task.run(today);
    }
}
