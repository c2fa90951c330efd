package se.samordnaren.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Board members and staff signing in and moving between the main views, speaking Vaadin Flow's protocol as the
 * browser's client does (found in headless Chromium's request log against the application):
 * <ol>
 *   <li>A page load: GET of the address (index.html), GET {@code ?v-r=init&location=…&query=…} (the UI's id and its
 *       security key, the CSRF token of every UIDL request), then POST {@code ?v-r=uidl&v-uiId=…} with the
 *       {@code ui-navigate} event on the body (node 1) that builds the view.</li>
 *   <li>Sign-in: the login page (its {@code _csrf} meta tag) bootstrapped as above, then the form POST to /login
 *       with {@code _csrf}, username and password, and the page load of the start page it redirects to.</li>
 *   <li>Moving between views as the client router does on a link click: POST UIDL with {@code ui-navigate},
 *       trigger {@code client}, with the {@code syncId} and {@code clientId} of the previous response.</li>
 * </ol>
 * Every response is checked: HTTP 200, no Vaadin error marker (appError, sessionExpired, Internal error, a meta
 * refresh, the application's own error and not-found texts), the server's sync id present. A user whose session is
 * gone (its node stopped, see load/two-nodes.sh) signs in again, and goes on.
 *
 * <p>Settings are system properties (see load/pom.xml): load.baseUrl, load.users, load.rampSeconds, load.seconds,
 * load.username, load.password, load.thinkMillis (mean pause between views), load.initiativeIds and load.meetingIds
 * (comma-separated ids to open), load.assert (false: report only, no pass/fail on the targets).
 */
public class VaadinViewsSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");
    static final int USERS = Integer.getInteger("load.users", 20);
    static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 30);
    static final int SECONDS = Integer.getInteger("load.seconds", 60);
    static final String USERNAME = System.getProperty("load.username", "chef");
    static final String PASSWORD = System.getProperty("load.password", "demo-losen-2026");
    static final int THINK_MILLIS = Integer.getInteger("load.thinkMillis", 2000);
    static final List<String> INITIATIVE_IDS = ids(System.getProperty("load.initiativeIds", "1,2,3"));
    static final List<String> MEETING_IDS = ids(System.getProperty("load.meetingIds", "1,2,3"));
    static final String SUMMARY_FILE = System.getProperty("load.summaryFile", "target/load-summary.txt");
    static final Summary SUMMARY = new Summary();
    static final boolean ASSERT = Boolean.parseBoolean(System.getProperty("load.assert", "true"));
    static final List<String> SEARCH_WORDS = List.of("bevilja", "insats", "budget", "protokoll", "samverkan",
            "rehabilitering", "arbetsmarknad", "uppföljning", "ansökan", "medfinansiering", "styrelsen", "rapport");

    /** What Vaadin or the application answers when something went wrong; none may appear in any response. */
    static final List<String> ERROR_MARKERS = List.of("appError", "sessionExpired", "Internal error",
            "http-equiv=\"refresh\"", "Felkod", "gick fel", "Sidan finns inte", "kunde inte n");

    /** The browser's own parameters of the init request (screen, time zone …); Vaadin reads them into WebBrowser. */
    static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1400&v-wh=900&v-ww=1400&v-bh=900&v-bw=1400&v-curdate=#{now}"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FStockholm&v-wn=#{windowName}&v-td=false"
            + "&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private static List<String> ids(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("sv-SE,sv;q=0.9,en;q=0.5")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Samordnaren load test (Gatling)")
            .disableCaching();

    // ---- the protocol -------------------------------------------------------------------------------------------

    /** A fresh page: the session's Vaadin state for this UI starts over. */
    static Session beforePageLoad(Session session) {
        return session.set("now", System.currentTimeMillis())
                .set("windowName", "v-" + ThreadLocalRandom.current().nextDouble())
                .set("historyIdx", 0);
    }

    /** Clears what the previous response left, so a request that got no answer at all counts as a lost session. */
    static Session beforeRequest(Session session) {
        return session.remove("httpStatus").remove("responseBody");
    }

    /** The checks of every Vaadin response: what it must hold, and none of Vaadin's or the application's error markers. */
    static CheckBuilder[] checks(CheckBuilder... required) {
        List<CheckBuilder> all = new ArrayList<>();
        all.add(status().saveAs("httpStatus"));
        all.add(bodyString().saveAs("responseBody"));
        all.add(status().is(200));
        all.addAll(Arrays.asList(required));
        ERROR_MARKERS.forEach(marker -> all.add(substring(marker).notExists()));
        return all.toArray(CheckBuilder[]::new);
    }

    /**
     * A full page load of the address in the session's "path" (no leading slash) and "query" (without "?"):
     * index.html, init and the navigation event that builds the view, as the browser does when an address is opened
     * or reloaded.
     */
    static ChainBuilder pageLoad(String name) {
        return exec(leavePage(name))
                .exec(VaadinViewsSimulation::beforePageLoad)
                .exec(VaadinViewsSimulation::beforeRequest)
                .exec(http(name + ": page")
                        .get(session -> "/" + session.getString("path")
                                + (session.getString("query").isEmpty() ? "" : "?" + session.getString("query")))
                        // A session lost on the way (its node stopped) is sent to the login page.
                        .check(checks(substring("window.Vaadin").exists(), currentLocation().saveAs("pageLocation"))))
                .exec(initAndNavigate(name));
    }

    /**
     * What the browser's client sends on {@code pagehide} when the page is left (a page load, a reload, the sign-in
     * form's submit): a beacon POST to the UIDL address with no rpc and {@code "UNLOAD": true}, on which the server
     * closes that UI at once (Flow's FlowClient.js, since Vaadin 24.1). Without it every page load would leave its UI
     * in the session until three missed heartbeats (15 minutes), which no browser does.
     */
    static ChainBuilder leavePage(String name) {
        return doIf(session -> session.contains("uiId") && session.contains("securityKey")).then(
                exec(VaadinViewsSimulation::beforeRequest)
                        .exec(http(name + ": leave page (beacon)")
                                .post("/?v-r=uidl&v-uiId=#{uiId}")
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .body(StringBody("{\"csrfToken\":\"#{securityKey}\",\"rpc\":[],\"UNLOAD\":true}"))
                                .check(status().saveAs("httpStatus"), status().is(200))));
    }

    /** What the browser's client does once index.html is loaded: init, then the navigation event. */
    static ChainBuilder initAndNavigate(String name) {
        return exec(VaadinViewsSimulation::beforeRequest)
                .exec(http(name + ": init")
                        .get(session -> "/?v-r=init&location=" + encode(session.getString("path"))
                                + "&query=" + encode(session.getString("query")) + BROWSER_DETAILS
                                .replace("#{now}", String.valueOf(session.getLong("now")))
                                .replace("#{windowName}", session.getString("windowName")))
                        .check(checks(jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("securityKey"),
                                jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId"))))
                .exec(session -> session.set("syncId", 0))
                .exec(uidl(name + ": navigate", "/#{path}", "#{query}", ""));
    }

    /** Opening a view from a link inside the application: one UIDL request, as the client router sends it. */
    static ChainBuilder navigate(String name, String route, String query) {
        return exec(session -> session.set("historyIdx", session.getInt("historyIdx") + 1))
                .exec(uidl(name, route, query, "client"));
    }

    /** The ui-navigate event on the body (node 1); route and query may hold Gatling expressions (#{…}). */
    static ChainBuilder uidl(String name, String route, String query, String trigger) {
        return exec(VaadinViewsSimulation::beforeRequest).exec(http(name)
                .post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{securityKey}\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                        + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"" + query
                        + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":#{historyIdx}},\"trigger\":\""
                        + trigger + "\"}}],\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(checks(jsonPath("$.syncId").ofInt().saveAs("syncId"),
                        jsonPath("$.clientId").ofInt().saveAs("clientId"),
                        // The view was built: its changes came back (a navigation that did nothing has none).
                        substring("\"changes\"").exists())));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- sign-in ------------------------------------------------------------------------------------------------

    /**
     * The login page (its index.html carries Spring Security's CSRF token in a meta tag, as the login form reads it),
     * the form POST, and the start page it redirects to (/?continue).
     */
    static ChainBuilder signIn() {
        return exec(VaadinViewsSimulation::beforePageLoad)
                .exec(session -> session.set("path", "login").set("query", ""))
                .exec(VaadinViewsSimulation::beforeRequest)
                .exec(http("login: page").get("/login")
                        .check(checks(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf"))))
                .exec(initAndNavigate("login"))
                .exec(leavePage("login"))
                .exec(VaadinViewsSimulation::beforeRequest)
                .exec(http("login: form").post("/login")
                        .formParam("_csrf", "#{springCsrf}")
                        .formParam("username", USERNAME)
                        .formParam("password", PASSWORD)
                        // Follows the redirect to the start page; a refused sign-in lands on /login?error.
                        .check(checks(currentLocationRegex(".*/login\\?error.*").notExists(),
                                substring("window.Vaadin").exists())))
                .exec(VaadinViewsSimulation::beforePageLoad)
                .exec(session -> session.set("path", "").set("query", "continue"))
                .exec(initAndNavigate("start page"));
    }

    /**
     * True when the last request got no answer, a refusal, Vaadin's session-expired message or the login page, when
     * the step's page load was redirected to the login page, or when the application sent the UI to the login view
     * (what a session that is no longer signed in gets for a navigation, e.g. after its node was stopped and the
     * page was reloaded on the other one).
     */
    static boolean sessionLost(Session session) {
        if (!session.contains("httpStatus")) {
            return true;
        }
        int status = session.getInt("httpStatus");
        String body = session.contains("responseBody") ? session.getString("responseBody") : "";
        String pageLocation = session.contains("pageLocation") ? session.getString("pageLocation") : "";
        return status != 200 || body.contains("sessionExpired") || body.contains("appError")
                || body.contains("<meta name=\"_csrf\"") || NAVIGATED_TO_LOGIN.matcher(body).find()
                || LOGIN_PAGE.matcher(pageLocation).find();
    }

    /** Flow's answer that moves the UI to another route: {@code [null,"login",true,"window.dispatchEvent(…vaadin-navigate…"]}. */
    static final java.util.regex.Pattern NAVIGATED_TO_LOGIN =
            java.util.regex.Pattern.compile("\\[null,\"login(\\?[^\"]*)?\",true,\"window\\.dispatchEvent\\(new CustomEvent\\('vaadin-navigate'");
    static final java.util.regex.Pattern LOGIN_PAGE = java.util.regex.Pattern.compile("/login(\\?.*)?$");

    /** One view, then a pause; a user whose session was lost on the way signs in again and goes on. */
    static ChainBuilder step(String name, ChainBuilder view) {
        return exec(session -> session.set("stepStart", System.nanoTime()).remove("pageLocation"))
                .exec(group(name).on(view))
                .exec(session -> {
                    SUMMARY.record(name, (System.nanoTime() - session.getLong("stepStart")) / 1_000_000, session.isFailed());
                    return session.markAsSucceeded();
                })
                .doIf(VaadinViewsSimulation::sessionLost).then(
                        exec(session -> session.set("stepStart", System.nanoTime()))
                                .exec(group("sign in again").on(signIn()))
                                .exec(session -> {
                                    SUMMARY.record("sign in again", (System.nanoTime() - session.getLong("stepStart")) / 1_000_000,
                                            session.isFailed());
                                    return session.markAsSucceeded();
                                }))
                .pause(Duration.ofMillis(THINK_MILLIS / 2), Duration.ofMillis(THINK_MILLIS * 3L / 2));
    }

    // ---- the scenario -------------------------------------------------------------------------------------------

    static Session pickRecords(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String word = SEARCH_WORDS.get(random.nextInt(SEARCH_WORDS.size()));
        return session.set("initiativeId", INITIATIVE_IDS.get(random.nextInt(INITIATIVE_IDS.size())))
                .set("meetingId", MEETING_IDS.get(random.nextInt(MEETING_IDS.size())))
                .set("searchQuery", "q=" + encode(word));
    }

    ScenarioBuilder users = scenario("Signed-in users moving between the main views")
            .exec(step("sign in", signIn()))
            .during(Duration.ofSeconds(SECONDS)).on(
                    exec(VaadinViewsSimulation::pickRecords)
                            .exec(step("start page", navigate("start page", "", "")))
                            .exec(step("insatser", navigate("insatser", "insatser", "")))
                            .exec(step("insats", navigate("insats", "insatser/#{initiativeId}", "")))
                            .exec(step("sammanträden", navigate("sammanträden", "sammantraden", "")))
                            .exec(step("sammanträde", navigate("sammanträde", "sammantraden/#{meetingId}", "")))
                            .exec(step("beslut", navigate("beslut", "beslut", "")))
                            .exec(step("sök", navigate("sök", "sok", "#{searchQuery}")))
                            .exec(step("ansökningar", navigate("ansökningar", "ansokningar", "")))
                            .exec(step("översikt", navigate("översikt", "oversikt", "")))
                            // A link opened from the address bar or a reload: the whole page load of a meeting.
                            .exec(step("sammanträde, sidladdning", exec(session -> session
                                    .set("path", "sammantraden/" + session.getString("meetingId")).set("query", ""))
                                    .exec(pageLoad("sammanträde, sidladdning")))));

    {
        setUp(users.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP_SECONDS + SECONDS + 120L))
                .assertions(ASSERT
                        ? new io.gatling.javaapi.core.Assertion[] {
                                global().responseTime().percentile(95.0).lte(300),
                                global().failedRequests().count().is(0L)}
                        : new io.gatling.javaapi.core.Assertion[0]);
    }

    /** Tells load/two-nodes.sh that the users start now (Maven and Gatling take a while to get here). */
    @Override
    public void before() {
        String startedFile = System.getProperty("load.startedFile", "");
        if (!startedFile.isEmpty()) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Paths.get(startedFile), java.time.Instant.now().toString());
            } catch (java.io.IOException e) {
                System.out.println("start not signalled: " + e);
            }
        }
    }

    @Override
    public void after() {
        String text = SUMMARY.table(USERS, SECONDS, THINK_MILLIS, BASE_URL);
        System.out.println(text);
        try {
            java.nio.file.Path file = java.nio.file.Paths.get(SUMMARY_FILE);
            if (file.getParent() != null) {
                java.nio.file.Files.createDirectories(file.getParent());
            }
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            System.out.println("summary not written: " + e);
        }
    }
}
