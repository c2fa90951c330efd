package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.samordnaren.common.Translated;
import se.samordnaren.common.UserFacingException;

import java.util.Arrays;

/** One way to tell the user that something worked or what to fix. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(Component source, String key, Object... args) {
        Notification notification = Notification.show(source.getTranslation(key, translated(source, args)), 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(Component source, UserFacingException error) {
        error(source, error.messageKey(), error.arguments());
    }

    public static void error(Component source, String key, Object... args) {
        Notification notification = Notification.show(source.getTranslation(key, translated(source, args)), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    private static Object[] translated(Component source, Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof Translated t ? source.getTranslation(t.key()) : a).toArray();
    }
}
