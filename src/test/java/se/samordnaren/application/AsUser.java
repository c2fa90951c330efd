package se.samordnaren.application;

import org.assertj.core.api.ThrowableAssert;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samordnaren.common.Translated;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.config.TranslationProvider;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What the application tests share: acting as the förbundschef for a moment, and reading a refusal as a user would. */
final class AsUser {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    private AsUser() {
    }

    /** Runs an action as the förbundschef (who registers applications), then signs the test's user back in. */
    static <T> T chef(Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new TestingAuthenticationToken("chef", "x", "ROLE_FORBUNDSCHEF"));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** The action is refused with the key and exactly this Swedish text (thousands grouped with a plain space). */
    static void refused(TranslationProvider translations, ThrowableAssert.ThrowingCallable action, String key,
                        String swedishText) {
        assertThat(refusal(translations, action, key)).isEqualTo(swedishText);
    }

    /** The action is refused with the key and a Swedish text that starts so. */
    static void refusedStartingWith(TranslationProvider translations, ThrowableAssert.ThrowingCallable action,
                                    String key, String swedishStart) {
        assertThat(refusal(translations, action, key)).startsWith(swedishStart);
    }

    private static String refusal(TranslationProvider translations, ThrowableAssert.ThrowingCallable action, String key) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).isInstanceOf(UserFacingException.class);
        UserFacingException e = (UserFacingException) thrown;
        assertThat(e.messageKey()).isEqualTo(key);
        Object[] arguments = Arrays.stream(e.arguments())
                .map(a -> a instanceof Translated t ? translations.getTranslation(t.key(), SWEDISH) : a).toArray();
        return translations.getTranslation(e.messageKey(), SWEDISH, arguments).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
