package se.samordnaren.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.sql.SQLException;

/** Turns "cannot reach the database" at start-up into a short explanation instead of a stack trace. */
public class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        if (!(state.startsWith("08") || state.startsWith("28") || state.equals("3D000"))) {
            return null;
        }
        String description = "Samordnaren kunde inte ansluta till databasen (" + cause.getMessage() + ").";
        String action = """
                Kontrollera att PostgreSQL körs och att SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME \
                och SPRING_DATASOURCE_PASSWORD pekar på rätt server, databas och användare. \
                Utan SPRING_DATASOURCE_URL startar Samordnaren en inbäddad PostgreSQL själv.""";
        return new FailureAnalysis(description, action, cause);
    }
}
