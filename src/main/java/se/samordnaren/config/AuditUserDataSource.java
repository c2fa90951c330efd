package se.samordnaren.config;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells PostgreSQL who the signed-in user is on every borrowed connection, so the audit trigger records
 * the person behind a change (set_config('app.user', ...)). Work without a signed-in user is recorded as "system".
 */
public class AuditUserDataSource extends DelegatingDataSource implements AutoCloseable {

    public AuditUserDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return tagged(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return tagged(super.getConnection(username, password));
    }

    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static Connection tagged(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.user', ?, false)")) {
            statement.setString(1, currentUsername());
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
