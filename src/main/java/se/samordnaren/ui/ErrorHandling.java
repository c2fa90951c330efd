package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import se.samordnaren.common.DatabaseRefusals;
import se.samordnaren.common.UserFacingException;

import java.util.Optional;
import java.util.UUID;

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
        if (message.isPresent()) {
            Notifications.error(source, message.get());
        } else if (find(error, AccessDeniedException.class) != null) {
            log.warn("Refused: {}", error.toString());
            Notifications.error(source, "error.accessDenied");
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {}", id, error);
            Notifications.error(source, "error.unexpected", id);
        }
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
