package se.samordnaren.common;

import org.jooq.exception.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;
import java.util.Optional;

/** Reads the PostgreSQL error behind an exception, so services can turn constraint violations into user messages. */
public final class DatabaseErrors {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String CHECK_VIOLATION = "23514";
    public static final String RAISED_BY_TRIGGER = "P0001";

    private DatabaseErrors() {
    }

    public static Optional<String> sqlState(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
            if (t instanceof DataAccessException jooq && jooq.sqlState() != null && !"00000".equals(jooq.sqlState())) {
                return Optional.of(jooq.sqlState());
            }
        }
        return Optional.empty();
    }

    public static boolean is(Throwable error, String sqlState) {
        return sqlState(error).filter(sqlState::equals).isPresent();
    }

    public static boolean isIntegrityViolation(Throwable error) {
        return error instanceof DataIntegrityViolationException || sqlState(error).filter(s -> s.startsWith("23")).isPresent();
    }

    /**
     * True when the database could not be reached or went away (stopped, restarted, network): no connection from the
     * pool within its timeout, a refused or broken connection (SQLSTATE class 08), or the server shutting down or not
     * yet accepting connections (57P01, 57P02, 57P03). The user should simply try again; nothing was saved.
     */
    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
                return true;
            }
            String state = t instanceof SQLException sql ? sql.getSQLState()
                    : t instanceof DataAccessException jooq ? jooq.sqlState() : null;
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))) {
                return true;
            }
            // A connection that died inside a transaction: the rollback fails too, and Spring throws the rollback's
            // failure ("Connection is closed") with the statement's own failure kept beside it.
            if (t instanceof org.springframework.transaction.TransactionSystemException rollback
                    && rollback.getApplicationException() != null && isUnavailable(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
