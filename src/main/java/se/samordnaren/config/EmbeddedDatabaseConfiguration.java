package se.samordnaren.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With no database configured (no spring.datasource.url), the application starts a real PostgreSQL
 * from Maven Central binaries. Its data stays in a folder between runs, so a newcomer needs nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "Europe/Stockholm")
                .setServerConfig("lc_messages", "C");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        String dataDirectory = properties.dataDirectory();
        if (dataDirectory == null || dataDirectory.isBlank()) {
            log.info("Startar inbäddad PostgreSQL med tillfällig data (raderas vid avslut)");
        } else {
            Path directory = Path.of(dataDirectory).toAbsolutePath();
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Startar inbäddad PostgreSQL med data i {}", directory);
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("samordnaren-embedded");
        // While the database is stopped or restarting a request waits at most this long for a connection before the
        // user reads "try again" (Hikari's default is 30 s).
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }
}
