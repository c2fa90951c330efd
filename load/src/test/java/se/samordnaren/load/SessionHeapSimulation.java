package se.samordnaren.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Opens load.sessions signed-in sessions, each on one page (load.page: a route with its query, e.g. "insatser",
 * "sammantraden/1", "" for the start page), as a user does in a browser tab: the login page, the sign-in, the start
 * page it redirects to, then the page opened by a link (the client router's navigation inside the same UI). Then the
 * virtual user stops; its HTTP session and Vaadin UIs stay on the server (session timeout 60 min, a UI until three
 * missed heartbeats, 15 min), which is what load/session-heap.sh weighs with jcmd. Not a load test: no pauses, no
 * targets; every request is checked as in {@link VaadinViewsSimulation} (the same request chain), and a failed
 * session fails the run, so the heap is never divided by sessions that were not opened.
 *
 * <p>Run by load/session-heap.sh: {@code ./mvnw -f load/pom.xml gatling:test -Dload.simulation=se.samordnaren.load.SessionHeapSimulation
 * -Dload.baseUrl=… -Dload.page=insatser -Dload.sessions=100}.
 */
public class SessionHeapSimulation extends Simulation {

    static final String PAGE = System.getProperty("load.page", "");
    static final int SESSIONS = Integer.getInteger("load.sessions", 100);
    /** Sessions opened per second: sign-in hashes a password, so one at a time on a small machine. */
    static final double RATE = Double.parseDouble(System.getProperty("load.sessionsPerSecond", "1"));

    HttpProtocolBuilder protocol = http.baseUrl(VaadinViewsSimulation.BASE_URL)
            .acceptLanguageHeader("sv-SE,sv;q=0.9,en;q=0.5")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Samordnaren session heap (Gatling)")
            .disableCaching();

    ScenarioBuilder users = scenario("Signed-in sessions on " + (PAGE.isEmpty() ? "the start page" : PAGE))
            .exec(VaadinViewsSimulation.signIn())
            .doIf(session -> !PAGE.isEmpty()).then(
                    VaadinViewsSimulation.navigate("page", pathOf(PAGE), queryOf(PAGE)));

    static String pathOf(String page) {
        int q = page.indexOf('?');
        return q < 0 ? page : page.substring(0, q);
    }

    static String queryOf(String page) {
        int q = page.indexOf('?');
        return q < 0 ? "" : page.substring(q + 1);
    }

    {
        // Whole seconds: a ramp shorter than one second ends the run before it starts (Gatling 3.16).
        setUp(users.injectOpen(rampUsers(SESSIONS).during(Duration.ofSeconds(Math.max(1, Math.round(SESSIONS / RATE))))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
