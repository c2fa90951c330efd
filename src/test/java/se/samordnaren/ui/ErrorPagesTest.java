package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;

import se.samordnaren.testsupport.ViewTest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed addresses with malformed or unknown ids land on the Swedish not-found view, and an unexpected error shows
 * "Något gick fel" with an error code (logged under the same code), never the stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest extends ViewTest {

    @ParameterizedTest
    @ValueSource(strings = {"sammantraden/abc", "sammantraden/99999999999999999999", "insatser/abc",
            "insatser/99999999999999999999", "ansokningar/abc", "ansokningar/99999999999999999999", "finns/inte"})
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_malformed_id_or_an_unknown_address_shows_the_swedish_not_found_view(String route) {
        HasElement view = navigate(route, Component.class);
        assertThat(view).isInstanceOf(NotFoundView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Sidan finns inte").doesNotContain("Exception");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void an_unexpected_error_while_opening_a_view_shows_nagot_gick_fel_with_a_logged_error_code(CapturedOutput log) {
        RouteConfiguration.forSessionScope().setRoute("test/fel", FailingView.class);

        HasElement view = navigate("test/fel", Component.class);

        assertThat(view).isInstanceOf(ErrorView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Något gick fel", "Felkod: ").doesNotContain("IllegalStateException", "hemlig", "at se.");
        String id = ((ErrorView) view).errorId.getText().replace("Felkod: ", "");
        assertThat(id).matches("[0-9a-f]{8}");
        assertThat(log.getOut()).contains("Error " + id).contains("IllegalStateException: hemlig detalj");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void an_unexpected_error_in_a_click_shows_a_swedish_notification_with_the_error_code(CapturedOutput log) {
        navigate("finns/inte", Component.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("hemlig detalj")));

        List<Notification> notifications = find(Notification.class).all();
        assertThat(notifications).isNotEmpty();
        String text = test(notifications.getLast()).getText();
        assertThat(text).startsWith("Något gick fel").doesNotContain("hemlig");
        String id = text.substring(text.indexOf("Felkod: ") + "Felkod: ".length());
        assertThat(log.getOut()).contains("Error " + id);
    }

    /** A view that fails, registered for this test only. */
    @PermitAll
    public static class FailingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("hemlig detalj");
        }
    }
}
