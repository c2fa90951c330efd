package se.samordnaren.meeting.noticeboard;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.samordnaren.security.DailySystemTask;

import java.time.LocalDate;

/**
 * Publishes and takes down anslag every day just after midnight (Swedish time) and once at startup, as the system task
 * "anslag": the audit trail records the changes under "system:anslag". samordnaren.notice-board.cron ("-" turns the
 * daily run off, as the tests do).
 */
@Component
class NoticeBoardJob {

    static final String TASK = "anslag";

    private final DailySystemTask<NoticePosting.Run> task;

    NoticeBoardJob(NoticePosting posting) {
        task = new DailySystemTask<>(NoticeBoardJob.class, TASK, posting::publishAndTakeDown,
                (today, run) -> run.published().isEmpty() && run.takenDown().isEmpty() ? null
                        : "Anslagstavlan %s: %d protokoll anslagna, %d nedtagna"
                                .formatted(today, run.published().size(), run.takenDown().size()),
                "Anslagstavlan kunde inte uppdateras vid start");
    }

    @Scheduled(cron = "${samordnaren.notice-board.cron:0 5 0 * * *}", zone = "Europe/Stockholm")
    void daily() {
        task.today();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        task.atStartup();
    }

    NoticePosting.Run run(LocalDate today) {
        return task.run(today);
    }
}
