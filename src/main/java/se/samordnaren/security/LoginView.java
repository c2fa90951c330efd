package se.samordnaren.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;
import java.util.List;

/**
 * The Swedish sign-in page. The form posts to /login with the CSRF token the page carries (Vaadin's login form reads
 * it from the page's _csrf meta tags). ?error: the sign-in failed (wrong name or password, or a temporary lock: one
 * message, so it never tells whether an account exists); ?utloggad: the session ended because the account was
 * disabled or changed; ?utgangen: the login page had been open so long that its session had ended.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SIGNED_OUT_PARAMETER = "utloggad";
    static final String EXPIRED_PARAMETER = "utgangen";

    private final LoginForm login = new LoginForm();
    final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        notice.addClassName("login-notice");
        notice.getElement().setAttribute("role", "alert");
        notice.setVisible(false);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), notice, login);
        getElement().setAttribute("role", "main"); // the page's one landmark (no shell here)
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        if (parameters.containsKey(SIGNED_OUT_PARAMETER) || takeSignedOutNote()) {
            show("login.signedOut");
        } else if (parameters.containsKey(EXPIRED_PARAMETER)) {
            show("login.expired");
        }
    }

    private void show(String key) {
        notice.setText(getTranslation(key));
        notice.setVisible(true);
    }

    /** The note SessionAccountCheck leaves when it ended a session on a request that could not show the reason. */
    private static boolean takeSignedOutNote() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        if (http == null || http.getAttribute(SessionAccountCheck.SIGNED_OUT_ATTRIBUTE) == null) {
            return false;
        }
        http.removeAttribute(SessionAccountCheck.SIGNED_OUT_ATTRIBUTE);
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
