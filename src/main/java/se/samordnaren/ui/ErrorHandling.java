package se.samordnaren.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samordnaren.common.UserFacingException;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Errors that escape a click or another event of an open page: a Swedish notification instead of Vaadin's default
 * (which, in development mode, can show the exception). A user-facing error shows its own message; anything else is
 * logged with a short error code that the notification shows, so a user's report can be found in the log.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    /** Logs the error under a new error code and returns the code (8 hex digits), for the user to quote. */
    static String log(String what, Throwable error) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        log.error("Error {}: {}", id, what, error);
        return id;
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(error.getClass().getName())) {
            log.debug("The browser went away", error);
            return;
        }
        UI ui = UI.getCurrent();
        Optional<UserFacingException> userFacing = cause(error, UserFacingException.class);
        if (ui != null && userFacing.isPresent()) {
            Notifications.error(ui, userFacing.get());
        } else if (ui != null && cause(error, AccessDeniedException.class).isPresent()) {
            log.warn("Refused: {}", error.toString());
            Notifications.error(ui, "error.accessDenied");
        } else {
            String id = log("An event of an open page failed", error);
            if (ui != null) {
                Notifications.error(ui, "error.notification", id);
            }
        }
    }

    private static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
