package se.samordnaren.meeting.noticeboard;

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
 * Publishes and takes down anslag every day just after midnight (Swedish time) and once at startup, as the system task
 * "anslag": the audit trail records the changes under "system:anslag". samordnaren.notice-board.cron ("-" turns the
 * daily run off, as the tests do).
 */
@Component
class NoticeBoardJob {

    static final String TASK = "anslag";
    private static final Logger log = LoggerFactory.getLogger(NoticeBoardJob.class);

    private final NoticePosting posting;

    NoticeBoardJob(NoticePosting posting) {
        this.posting = posting;
    }

    @Scheduled(cron = "${samordnaren.notice-board.cron:0 5 0 * * *}", zone = "Europe/Stockholm")
    void daily() {
        run(LocalDate.now(DateFormats.SWEDEN));
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        try {
            daily();
        } catch (RuntimeException e) {
            // The application starts regardless; the next daily run tries again.
            log.error("Anslagstavlan kunde inte uppdateras vid start", e);
        }
    }

    NoticePosting.Run run(LocalDate today) {
        NoticePosting.Run run = SystemTask.call(TASK, () -> posting.publishAndTakeDown(today));
        if (!run.published().isEmpty() || !run.takenDown().isEmpty()) {
            log.info("Anslagstavlan {}: {} protokoll anslagna, {} nedtagna", today, run.published().size(), run.takenDown().size());
        }
        return run;
    }
}
