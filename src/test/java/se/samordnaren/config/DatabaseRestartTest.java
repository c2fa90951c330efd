package se.samordnaren.config;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.association.MemberType;
import se.samordnaren.common.DatabaseErrors;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.testsupport.ViewTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * PostgreSQL stopped and started again under the running application (the suite's own embedded server, through its
 * pg_ctl): meanwhile pages and actions answer with the Swedish "try again" text, never an error code or a stack trace;
 * afterwards the same connection pool works again without a restart of the application, and everything committed
 * before the stop is still there.
 */
class DatabaseRestartTest extends ViewTest {

    private static final String TRY_AGAIN = "kunde inte nås just nu";

    @Autowired
    MemberService members;

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void while_the_database_is_down_users_read_try_again_and_afterwards_everything_works_with_nothing_lost() throws Exception {
        data.ensureUser("chef", se.samordnaren.security.Role.FORBUNDSCHEF);
        members.save(new Member(null, "Lunds kommun", "Lund", MemberType.MUNICIPALITY, null, null, 127000, null));
        long auditMark = data.maxAuditId();
        Server server = Server.of(db.fetchSingle("show data_directory").get(0, String.class));

        server.stop();
        try {
            // A page opened meanwhile: the Swedish "try again" page, no error code.
            Component shown = navigate("medlemmar", Component.class);
            String page = shown.getElement().getTextRecursively() + notificationTexts();
            assertThat(page).contains(TRY_AGAIN).doesNotContain("Felkod", "Exception", "SQL", "at se.");

            // A click meanwhile (saving a member): the same text as a notification, nothing saved.
            Throwable failed = catchThrowable(() -> members.save(
                    new Member(null, "Eslövs kommun", null, MemberType.MUNICIPALITY, null, null, null, null)));
            assertThat(DatabaseErrors.isUnavailable(failed)).as("%s", failed).isTrue();
            ErrorHandling.show(UI.getCurrent(), failed);
            assertThat(notificationTexts()).contains(TRY_AGAIN).contains("försök igen").doesNotContain("Felkod");
        } finally {
            server.start();
        }

        // The same pool, no restart of the application: reads and writes work again. The pool opens its connections
        // again on its own; on a loaded machine the first one can take longer than a request waits (5 s), which a user
        // meets as one more "try again" (seen in CI): so the first read is retried, as the user would, for up to 60 s.
        assertThat(firstReadAfterRestart()).extracting(Member::name).containsExactly("Lunds kommun");
        members.save(new Member(null, "Eslövs kommun", null, MemberType.MUNICIPALITY, null, null, null, null));
        assertThat(db.fetchCount(MEMBER)).isEqualTo(2);
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ID.gt(auditMark).and(AUDIT_LOG.TABLE_NAME.eq("member"))
                .and(AUDIT_LOG.USERNAME.eq("chef")))).as("the save after the restart is audited under the user").isEqualTo(1);
        assertThat(navigate("medlemmar", Component.class).getElement().getTextRecursively()).doesNotContain(TRY_AGAIN);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_mistake_in_a_query_is_not_called_unavailable_but_shown_with_a_logged_error_code() {
        navigate("finns/inte", Component.class);
        Throwable mistake = catchThrowable(() -> db.execute("select no_such_column from member"));
        assertThat(DatabaseErrors.isUnavailable(mistake)).isFalse();
        ErrorHandling.show(UI.getCurrent(), mistake);
        assertThat(notificationTexts()).contains("Något gick fel", "Felkod: ").doesNotContain(TRY_AGAIN, "no_such_column");
    }

    private List<Member> firstReadAfterRestart() throws InterruptedException {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                return members.list();
            } catch (RuntimeException unavailable) {
                if (!DatabaseErrors.isUnavailable(unavailable) || System.nanoTime() > giveUp) {
                    throw unavailable;
                }
                Thread.sleep(500);
            }
        }
    }

    private String notificationTexts() {
        StringBuilder text = new StringBuilder();
        for (Notification notification : find(Notification.class).all()) {
            text.append(' ').append(test(notification).getText());
        }
        return text.toString();
    }

    /** The running PostgreSQL server, stopped and started with its own pg_ctl and the options it was started with. */
    private record Server(Path dataDirectory, Path pgCtl, List<String> options) {

        static Server of(String dataDirectory) throws IOException {
            Path directory = Path.of(dataDirectory);
            // postmaster.opts: the server's command line, each argument in double quotes after the binary.
            String line = Files.readString(directory.resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
            Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(line);
            List<String> options = new ArrayList<>();
            while (quoted.find()) {
                options.add(quoted.group(1));
            }
            String binary = line.substring(0, line.indexOf(' ') < 0 ? line.length() : line.indexOf(' '));
            return new Server(directory, Path.of(binary).resolveSibling("pg_ctl"), options);
        }

        void stop() throws Exception {
            run(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"));
        }

        void start() throws Exception {
            List<String> serverOptions = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).equals("-D")) {
                    i++;
                    continue;
                }
                serverOptions.add(options.get(i).contains(" ") ? "'" + options.get(i) + "'" : options.get(i));
            }
            Path log = Files.createTempFile("samordnaren-restart", ".log");
            run(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "-l", log.toString(), "-w", "-t", "60",
                    "-o", String.join(" ", serverOptions), "start"));
        }

        /** As root through {@code unshare -U}, as the embedded server itself is run (PostgreSQL refuses root). */
        private static void run(List<String> pgCtl) throws Exception {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(pgCtl);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as("%s: %s", command, output).isZero();
        }
    }
}
