package se.samordnaren.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown instead of Vaadin's error page (which shows the stack trace in development mode) when opening a view fails
 * unexpectedly: "Något gick fel" with an error code; the exception is logged under the same code. Without the main
 * layout, so it still shows when the layout itself is what failed.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    final Paragraph errorId = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (se.samordnaren.common.DatabaseErrors.isUnavailable(parameter.getCaughtException())) {
            // The database is stopped or restarting: no error code to report, the user only has to try again.
            org.slf4j.LoggerFactory.getLogger(ErrorView.class).warn("Opening /{} failed, the database is unavailable: {}",
                    event.getLocation().getPath(), ErrorHandling.rootMessage(parameter.getCaughtException()));
            removeAll();
            addClassName("error-view");
            errorId.setText("");
            add(new H1(getTranslation("error.database.unavailableTitle")), new Paragraph(getTranslation(ErrorHandling.DATABASE_UNAVAILABLE)),
                    new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.database.unavailableRetry")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String id = ErrorHandling.log("Opening /" + event.getLocation().getPath() + " failed", parameter.getCaughtException());
        removeAll();
        addClassName("error-view");
        errorId.setText(getTranslation("error.id", id));
        errorId.addClassName("error-page-id");
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.text")), errorId,
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
