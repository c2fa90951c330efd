package se.samordnaren.config;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samordnaren.testsupport.DatabaseTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit user on borrowed connections: every borrower's own name (or "system") on the same physical connection,
 * told again only when it changes. One physical connection throughout (SingleConnectionDataSource), as a pool hands
 * the same one to consecutive calls.
 */
class AuditUserDataSourceTest extends DatabaseTest {

    @Autowired
    DataSource applicationDataSource;

    private SingleConnectionDataSource physical;
    private AuditUserDataSource dataSource;

    @BeforeEach
    void oneConnection() throws SQLException {
        HikariDataSource pool = applicationDataSource.unwrap(HikariDataSource.class);
        physical = new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), true);
        dataSource = new AuditUserDataSource(physical);
    }

    @AfterEach
    void close() {
        SecurityContextHolder.clearContext();
        physical.destroy();
    }

    @Test
    void each_borrower_is_the_audit_user_on_the_same_connection_and_nobody_signed_in_is_system() throws SQLException {
        assertThat(auditUserAs("anna")).isEqualTo("anna");
        assertThat(auditUserAs("bertil")).isEqualTo("bertil");
        assertThat(auditUserAs("anna")).isEqualTo("anna");
        assertThat(auditUserAs(null)).isEqualTo("system");
        assertThat(auditUserAs("anna")).isEqualTo("anna");
    }

    @Test
    void the_same_borrower_again_is_not_told_again() throws SQLException {
        assertThat(auditUserAs("anna")).isEqualTo("anna");
        // Behind the data source's back (nothing in the application does this): the session now says "x".
        try (Connection raw = physical.getConnection(); Statement statement = raw.createStatement()) {
            statement.execute("select set_config('app.user', 'x', false)");
        }
        assertThat(auditUserAs("anna")).as("anna was the last one told: no round trip").isEqualTo("x");
        assertThat(auditUserAs("bertil")).isEqualTo("bertil");
    }

    @Test
    void a_setting_made_inside_a_transaction_is_not_remembered_since_a_rollback_undoes_it() throws SQLException {
        assertThat(auditUserAs("anna")).isEqualTo("anna");
        try (Connection raw = physical.getConnection()) {
            raw.setAutoCommit(false);
        }
        signIn("bertil");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(auditUser(connection)).isEqualTo("bertil");
            connection.rollback();
            assertThat(auditUser(connection)).as("the rollback undid the setting").isEqualTo("anna");
            connection.setAutoCommit(true);
        }
        assertThat(auditUserAs("bertil")).as("told again, not taken as remembered").isEqualTo("bertil");
    }

    private String auditUserAs(String username) throws SQLException {
        signIn(username);
        try (Connection connection = dataSource.getConnection()) {
            return auditUser(connection);
        }
    }

    private static void signIn(String username) {
        SecurityContextHolder.clearContext();
        if (username != null) {
            TestingAuthenticationToken token = new TestingAuthenticationToken(username, "n/a", "ROLE_FORBUNDSCHEF");
            token.setAuthenticated(true);
            SecurityContextHolder.getContext().setAuthentication(token);
        }
    }

    private static String auditUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_setting('app.user', true)")) {
            row.next();
            return row.getString(1);
        }
    }
}
