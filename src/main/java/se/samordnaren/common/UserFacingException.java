package se.samordnaren.common;

import java.util.Arrays;

/**
 * A rule the user broke or must know about. Carries a translation key and its arguments; the view shows
 * the translated text and keeps what the user typed.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
