package se.samordnaren.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samordnaren.common.DateFormats;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What every daily job of the application does around its work: the day's run by the Swedish date, as the system task
 * "system:&lt;task&gt;" ({@link SystemTask}), a line in the job's log when the run did something, and the run at
 * startup, whose failure is logged and never stops the application (the next daily run tries again). The job keeps
 * its own {@code @Scheduled} method (its cron is its own setting) calling {@link #today()}, and its
 * {@code @EventListener(ApplicationReadyEvent.class)} method calling {@link #atStartup()}.
 *
 * @param <R> what one run did
 */
public final class DailySystemTask<R> {

    private final String task;
    private final Function<LocalDate, R> work;
    private final BiFunction<LocalDate, R, String> summary;
    private final String startupFailure;
    private final Logger log;

    /**
     * @param job            the job's class, whose log gets the lines
     * @param work           the day's work
     * @param summary        the log line of a run, or null when the run did nothing worth a line
     * @param startupFailure the log line when the run at startup fails
     */
    public DailySystemTask(Class<?> job, String task, Function<LocalDate, R> work,
                           BiFunction<LocalDate, R, String> summary, String startupFailure) {
        this.task = task;
        this.work = work;
        this.summary = summary;
        this.startupFailure = startupFailure;
        this.log = LoggerFactory.getLogger(job);
    }

    /** The run for the day (the tests give their own day). */
    public R run(LocalDate day) {
        R result = SystemTask.call(task, () -> work.apply(day));
        String line = summary.apply(day, result);
        if (line != null) {
            log.info(line);
        }
        return result;
    }

    /** The run for today in Sweden. */
    public void today() {
        run(LocalDate.now(DateFormats.SWEDEN));
    }

    /** The run at startup: the application starts regardless of it. */
    public void atStartup() {
        try {
            today();
        } catch (RuntimeException e) {
            log.error(startupFailure, e);
        }
    }
}
