package se.samordnaren.common;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one translator of database refusals into Swedish messages. It recognises a refusal by the constraint name
 * PostgreSQL reports (constraints and triggers that raise {@code using constraint = ...}) or by an SQLSTATE of our
 * own, never by the message text; the database's own message never reaches a user.
 *
 * <p>{@link #translate} answers only for refusals a feature has named ({@link RefusalMessages}); the jOOQ listener in
 * {@code config} uses it so services throw {@link UserFacingException} for them. {@link #explain} also answers for the
 * rest with a general message by class (duplicate, reference, too long, too large, rule), for the UI's error handler.
 */
@Component
public class DatabaseRefusals {

    /** Raised by the approval lock: the minutes are approved and cannot change. */
    public static final String APPROVAL_LOCK = "SN001";

    private final Map<String, String> byConstraint = new HashMap<>();
    private final Map<String, String> bySqlState = new HashMap<>();

    public DatabaseRefusals(List<RefusalMessages> features) {
        for (RefusalMessages feature : features) {
            feature.byConstraint().forEach((name, key) -> put(byConstraint, name, key));
            feature.bySqlState().forEach((state, key) -> put(bySqlState, state, key));
        }
    }

    private static void put(Map<String, String> map, String name, String key) {
        String earlier = map.putIfAbsent(name, key);
        if (earlier != null && !earlier.equals(key)) {
            throw new IllegalStateException("Two messages for the database refusal " + name + ": " + earlier + ", " + key);
        }
    }

    /** The named refusal behind an exception, as the message a user reads; empty for anything not named. */
    public Optional<UserFacingException> translate(Throwable error) {
        Optional<ServerErrorMessage> server = serverMessage(error);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        String constraint = server.get().getConstraint();
        if (constraint != null && byConstraint.containsKey(constraint)) {
            return Optional.of(new UserFacingException(byConstraint.get(constraint)));
        }
        String state = server.get().getSQLState();
        if (state != null && bySqlState.containsKey(state)) {
            return Optional.of(new UserFacingException(bySqlState.get(state)));
        }
        return Optional.empty();
    }

    /**
     * Like {@link #translate}, but any database refusal gets at least a general message by its class, and an
     * unreachable database the "try again" message; other database errors are none of the user's doing (empty).
     */
    public Optional<UserFacingException> explain(Throwable error) {
        Optional<UserFacingException> named = translate(error);
        if (named.isPresent()) {
            return named;
        }
        return sqlState(error).map(DatabaseRefusals::generalKey).map(UserFacingException::new);
    }

    private static String generalKey(String state) {
        return switch (state) {
            case "23505" -> "error.database.duplicate";
            case "23503" -> "error.database.reference";
            case "23502", "23514", "23P01" -> "error.database.invalid";
            case "22001", "54000" -> "error.database.tooLong";
            case "22003" -> "error.database.tooLarge";
            case "40001", "40P01" -> "error.concurrentEdit";
            case APPROVAL_LOCK -> "error.database.locked";
            default -> state.startsWith("23") || state.startsWith("22") || state.startsWith("SN") || state.equals("P0001")
                    ? "error.database.refused"
                    // The server cannot be reached, is shutting down or out of resources: try again.
                    : state.startsWith("08") || state.startsWith("57P0") || state.startsWith("53") ? "error.database.unavailable"
                    // Anything else (a mistake in a query, 42xxx, an internal error) is no refusal: the caller logs it
                    // under an error code instead of telling the user to try again.
                    : null;
        };
    }

    private static Optional<ServerErrorMessage> serverMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return Optional.of(psql.getServerErrorMessage());
            }
            if (t instanceof SQLException sql && sql.getNextException() instanceof PSQLException next
                    && next.getServerErrorMessage() != null) {
                return Optional.of(next.getServerErrorMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sqlState(Throwable error) {
        return serverMessage(error).map(ServerErrorMessage::getSQLState).or(() -> DatabaseErrors.sqlState(error));
    }
}
