package se.samordnaren.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDirectory where the embedded database keeps its files; blank means a temporary folder
 * @param port          fixed port, or 0 for any free port
 */
@ConfigurationProperties("samordnaren.embedded-database")
public record EmbeddedDatabaseProperties(String dataDirectory, int port) {
}
