package se.samordnaren.config;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import se.samordnaren.common.DateFormats;

import java.util.Locale;

/** Swedish for everyone unless the user picked English in this session (the language menu sets it). */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    public static final Locale SWEDISH = DateFormats.SWEDISH;
    /**
     * English as written in Sweden: English words, but dates stay 2021-03-19 (the date pickers take their format
     * from this locale; en-GB would show 19/03/2021) and the week starts on Monday.
     */
    public static final Locale ENGLISH = Locale.of("en", "SE");
    private static final String SESSION_KEY = "samordnaren.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(sessionLocale()));
    }

    public static Locale sessionLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : SWEDISH;
    }

    public static void chooseLocale(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_KEY, locale);
        session.setLocale(locale);
    }
}
