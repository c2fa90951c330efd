package se.samordnaren.config;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Requests Tomcat refuses before the application sees them (a 100 kB address or header, a broken request line) were
 * answered by Tomcat's own English "HTTP Status 400 – Bad Request" page. Tomcat's error report now sends the same
 * static Swedish pages as Spring's error handling (static/error/4xx.html, 5xx.html). Tomcat reads them from files, so
 * they are copied out of the jar at start.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorPages {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> swedishTomcatErrorPages() {
        Path clientError = copy("static/error/4xx.html");
        Path serverError = copy("static/error/5xx.html");
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // After start every error report valve exists (Spring Boot's and Tomcat's default one).
                host.addLifecycleListener(event -> {
                    if (Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve report) {
                                report.setShowReport(false);
                                report.setShowServerInfo(false);
                                report.setProperty("errorCode.0", clientError.toString());
                                for (int status : new int[]{500, 501, 502, 503, 504, 505}) {
                                    report.setProperty("errorCode." + status, serverError.toString());
                                }
                            }
                        }
                    }
                });
            }
        });
    }

    private static Path copy(String resource) {
        try (InputStream page = new ClassPathResource(resource).getInputStream()) {
            Path file = Files.createTempFile("samordnaren-error-", ".html");
            file.toFile().deleteOnExit();
            Files.copy(page, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
