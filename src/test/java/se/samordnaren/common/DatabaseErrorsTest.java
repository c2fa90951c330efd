package se.samordnaren.common;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures the user is told to try again later ("kunde inte nås just nu") rather than given an error code. */
class DatabaseErrorsTest {

    @Test
    void a_connection_that_died_inside_a_transaction_is_unavailable_although_spring_throws_the_failed_rollback() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseErrors.isUnavailable(rollback)).isTrue();
    }

    @Test
    void a_failed_rollback_after_a_mistake_in_a_query_is_not_called_unavailable() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("column \"x\" does not exist", "42703"));
        assertThat(DatabaseErrors.isUnavailable(rollback)).isFalse();
        assertThat(DatabaseErrors.isUnavailable(new TransactionSystemException("no cause"))).isFalse();
    }

    @Test
    void no_connection_from_the_pool_is_unavailable() {
        assertThat(DatabaseErrors.isUnavailable(new RuntimeException(new SQLTransientConnectionException("pool timeout")))).isTrue();
    }
}
