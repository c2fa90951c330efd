package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import se.samordnaren.common.DatabaseErrors;
import se.samordnaren.common.DatabaseRefusals;
import se.samordnaren.common.UserFacingException;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The one place that turns a failure into what the user reads. A rule the user broke or a concurrent edit
 * ({@link UserFacingException}) and a database refusal show their Swedish message; a refused role check says so;
 * anything unexpected is logged with a short id and the user sees that id, never a stack trace or a database text.
 *
 * <p>It is every session's error handler, so a view needs no try/catch: an exception thrown in a click listener
 * ends here. {@link FormDialog} and {@link #run} also use it directly, to keep a dialog open and show the message
 * in place.
 */
@org.springframework.stereotype.Component
public class ErrorHandling implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static DatabaseRefusals refusals;

    public ErrorHandling(DatabaseRefusals databaseRefusals) {
        setRefusals(databaseRefusals);
    }

    private static void setRefusals(DatabaseRefusals databaseRefusals) {
        refusals = databaseRefusals;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(event.getThrowable().getClass().getName())) {
            log.debug("The browser went away", event.getThrowable());
            return;
        }
        Component source = event.getComponent().map(c -> (Component) c)
                .orElseGet(UI::getCurrent);
        if (source == null) {
            log.error("Unhandled error outside a UI", event.getThrowable());
            return;
        }
        show(source, event.getThrowable());
    }

    /** Shows what went wrong, as a notification in the source's UI. */
    public static void show(Component source, Throwable error) {
        Optional<UserFacingException> message = userMessage(error);
        if (DatabaseErrors.isUnavailable(error)) {
            log.warn("The database is unavailable: {}", rootMessage(error));
            Notifications.error(source, DATABASE_UNAVAILABLE);
        } else if (message.isPresent()) {
            Notifications.error(source, message.get());
        } else if (find(error, AccessDeniedException.class) != null) {
            log.warn("Refused: {}", error.toString());
            Notifications.error(source, "error.accessDenied");
        } else {
            Notifications.error(source, "error.unexpected", log("An action on an open page failed", error));
        }
    }

    /** The Swedish "the database cannot be reached, try again" text (the message of every connection failure). */
    public static final String DATABASE_UNAVAILABLE = "error.database.unavailable";

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Logs the error under a new error code and returns the code (8 hex digits), for the user to quote. */
    static String log(String what, Throwable error) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        log.error("Error {}: {}", id, what, error);
        return id;
    }

    /** Runs a user's action; when it fails the message is shown and false returned (nothing else happens). */
    public static boolean run(Component source, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException error) {
            show(source, error);
            return false;
        }
    }

    static Optional<UserFacingException> userMessage(Throwable error) {
        UserFacingException own = find(error, UserFacingException.class);
        if (own != null) {
            return Optional.of(own);
        }
        return refusals == null ? Optional.empty() : refusals.explain(error);
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
