package se.samordnaren.config;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Tells PostgreSQL who the signed-in user is on every borrowed connection, so the audit trigger records
 * the person behind a change (set_config('app.user', ...)). Work without a signed-in user is recorded as "system".
 * <p>
 * The setting is per database session, so a physical connection that already carries the user is not told again:
 * that saves one round trip for every service call (each borrows a connection), most of them by the same user as the
 * last borrower. Only a setting made outside a transaction (autocommit, as the pool hands connections out) is
 * remembered: inside a transaction a rollback would undo it. A new physical connection (after a database restart,
 * say) starts without a remembered user.
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

    /** The user each physical connection was last told about; weak keys, so closed connections leave by themselves. */
    private final Map<Object, String> userOfSession = Collections.synchronizedMap(new WeakHashMap<>());

    private Connection tagged(Connection connection) throws SQLException {
        String username = currentUsername();
        try {
            Object session = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : connection;
            if (username.equals(userOfSession.get(session))) {
                return connection;
            }
            try (PreparedStatement statement = connection.prepareStatement("select set_config('app.user', ?, false)")) {
                statement.setString(1, username);
                statement.execute();
            }
            if (connection.getAutoCommit()) {
                userOfSession.put(session, username);
            } else {
                userOfSession.remove(session);
            }
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
