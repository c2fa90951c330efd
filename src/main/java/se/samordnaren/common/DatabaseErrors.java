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
}
