package se.samordnaren.journey;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application over plain HTTP, as a script or an attacker talks to it: session fixation (the session id
 * changes at sign-in), CSRF (the login form and Vaadin's own requests without their tokens are refused), the security
 * headers, and probes with bad addresses, ids, methods, oversized and malformed requests — every answer without a
 * stack trace, a class name or a framework's error page, and in Swedish where it is a page.
 */
class HttpProbeIT extends BrowserJourney {

    private static final String PASSWORD = "sond-losen-2026";
    private static final String USER = "sond.chef";
    private static final List<String> INTERNALS = List.of("Exception", "at se.samordnaren", "at com.vaadin", "at org.",
            "java.lang", "org.springframework", "Whitelabel", "Apache Tomcat", "HTTP Status", "Stack trace", "jakarta.");

    private SoftAssertions softly = new SoftAssertions();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void user() {
        data.reset();
        data.insertUser(passwordEncoder, USER, Role.FORBUNDSCHEF, PASSWORD);
    }

    @Test
    void signing_in_over_http_changes_the_session_id_and_the_old_id_is_not_signed_in() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String before = cookie(loginPage).orElseThrow();
        String token = csrfToken(loginPage.body());

        HttpResponse<String> signedIn = post("/login", before, form("username", USER, "password", PASSWORD, "_csrf", token));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = cookie(signedIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);

        // The new id opens a page; the id from before the sign-in is sent to the login page.
        assertThat(get("/anvandare", after).statusCode()).isEqualTo(200);
        HttpResponse<String> old = get("/anvandare", before);
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void the_login_form_without_its_csrf_token_or_with_a_forged_one_is_refused() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String session = cookie(loginPage).orElseThrow();
        for (String body : List.of(form("username", USER, "password", PASSWORD),
                form("username", USER, "password", PASSWORD, "_csrf", "forged"))) {
            HttpResponse<String> refused = post("/login", session, body);
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElse("")).contains("/login?utgangen");
            assertThat(cookie(refused)).as("no signed-in session").isEmpty();
        }
    }

    @Test
    void a_vaadin_request_without_the_uis_csrf_token_changes_nothing_and_with_it_works() throws Exception {
        String session = signIn();
        softly = new SoftAssertions();
        HttpResponse<String> init = get("/?v-r=init&location=anvandare", session);
        assertThat(init.statusCode()).isEqualTo(200);
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init.body());
        assertThat(key.find()).as("the UI's token in %s", init.body().substring(0, Math.min(300, init.body().length()))).isTrue();
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init.body());
        assertThat(ui.find()).isTrue();

        HttpResponse<String> forged = postJson("/?v-r=uidl&v-uiId=" + ui.group(1), session,
                "{\"csrfToken\":\"forged\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(forged.body()).doesNotContain("\"syncId\":1");
        assertNoInternals("UIDL with a forged token", forged);

        HttpResponse<String> genuine = postJson("/?v-r=uidl&v-uiId=" + ui.group(1), session,
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).contains("\"syncId\":1");
        softly.assertAll();
    }

    @Test
    void bad_addresses_ids_methods_and_malformed_requests_get_no_stack_trace_and_pages_are_swedish() throws Exception {
        String session = signIn();
        softly = new SoftAssertions();
        List<String> probed = new ArrayList<>();
        // Pages and files that do not exist or have malformed ids: the Swedish not-found page.
        for (String path : List.of("/bilagor/abc", "/bilagor/999999", "/protokoll/abc.pdf", "/protokoll/999999.pdf",
                "/bilagor/99999999999999999999999", "/protokoll/-1/utdrag.pdf", "/oversikt/rapport.pdf?ar=abc",
                "/VAADIN/finns-inte.js", "/static/error/../../application.properties", "/error", "/actuator/env",
                "/actuator/heapdump")) {
            HttpResponse<String> response = get(path, session);
            probed.add(path + " " + response.statusCode());
            assertNoInternals(path, response);
            if (response.statusCode() >= 400 && isHtml(response)) {
                softly.assertThat(response.body()).as(path).contains("lang=\"sv\"");
            }
        }
        // Views with unknown or malformed ids, as the browser's first request asks for them (the Swedish not-found view itself is checked in ErrorPagesTest and SecurityJourneyIT).
        for (String location : List.of("sammantraden/abc", "insatser/99999999999999999999", "finns/inte", "ansokningar/0",
                "sammantraden/999999")) {
            HttpResponse<String> response = get("/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8), session);
            assertNoInternals(location, response);
        }
        // Methods nobody uses.
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/bilagor/1")))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).header("Cookie", "JSESSIONID=" + session).build(),
                    HttpResponse.BodyHandlers.ofString());
            probed.add(method + " " + response.statusCode());
            softly.assertThat(response.statusCode()).as(method).isBetween(400, 499);
            assertNoInternals(method, response);
        }
        // Malformed Vaadin requests: no JSON, broken JSON, an unknown UI, an unknown request type.
        for (String[] request : List.of(new String[]{"/?v-r=uidl&v-uiId=0", "nonsens"},
                new String[]{"/?v-r=uidl&v-uiId=0", "{\"csrfToken\":"},
                new String[]{"/?v-r=uidl&v-uiId=999", "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"},
                new String[]{"/?v-r=uidl", "{}"},
                new String[]{"/?v-r=heartbeat&v-uiId=abc", ""},
                new String[]{"/?v-r=okand", "{}"},
                new String[]{"/?v-r=uidl&v-uiId=0", "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":99999999}],\"syncId\":\"a\"}"})) {
            HttpResponse<String> response;
            try {
                response = postJson(request[0], session, request[1]);
            } catch (IOException aborted) {
                softly.fail("%s %s: the answer broke off (%s)", request[0], request[1], aborted.getMessage());
                continue;
            }
            probed.add(request[0] + " " + response.statusCode());
            assertNoInternals(request[0] + " " + request[1], response);
        }
        // Oversized: a 3 MB form, a 20 MB body, a 100 kB address, a 100 kB header.
        HttpResponse<String> bigForm = post("/login", null, "username=" + "x".repeat(3_000_000) + "&password=x");
        assertNoInternals("3 MB form", bigForm);
        try {
            HttpResponse<String> bigBody = postJson("/?v-r=uidl&v-uiId=0", session, "{\"a\":\"" + "x".repeat(20_000_000) + "\"}");
            probed.add("20 MB UIDL " + bigBody.statusCode());
            assertNoInternals("20 MB UIDL", bigBody);
        } catch (IOException closed) {
            probed.add("20 MB UIDL: connection closed by the server");
        }
        String longAddress = raw("GET /" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertNoInternals("100 kB address", longAddress);
        String longHeader = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Lang: " + "x".repeat(100_000)
                + "\r\nConnection: close\r\n\r\n");
        assertNoInternals("100 kB header", longHeader);
        String badEncoding = raw("GET /bilagor/%c0%ae%c0%ae/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertNoInternals("bad encoding", badEncoding);
        String badRequestLine = raw("GÄT / HTTP/9.9\r\n\r\n");
        assertNoInternals("bad request line", badRequestLine);
        // Refused by Tomcat before the application: the same Swedish page.
        for (String answer : List.of(longAddress, longHeader, badRequestLine)) {
            softly.assertThat(answer).startsWith("HTTP/1.1 400").contains("lang=\"sv\"", "Adressen");
        }
        System.out.println("HttpProbeIT probes: " + probed);
        softly.assertAll();
    }

    private void assertNoInternals(String what, HttpResponse<String> response) {
        if (!what.equals("/error")) {
            // (/error asked for directly is Spring's error page without an error: the static Swedish 5xx page.)
            softly.assertThat(response.statusCode()).as(what).isNotEqualTo(500);
        }
        assertNoInternals(what + " (" + response.statusCode() + ")", response.body());
    }

    private void assertNoInternals(String what, String body) {
        softly.assertThat(body).as(what).doesNotContain(INTERNALS);
    }

    private static boolean isHtml(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    /** Signs in through the form, as the browser does, and returns the signed-in session id. */
    private String signIn() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        HttpResponse<String> signedIn = post("/login", cookie(loginPage).orElseThrow(),
                form("username", USER, "password", PASSWORD, "_csrf", csrfToken(loginPage.body())));
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return cookie(signedIn).orElseThrow();
    }

    private static String csrfToken(String page) {
        Matcher meta = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(meta.find()).as("the login page carries the CSRF token").isTrue();
        return meta.group(1);
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String session, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json; charset=UTF-8")
                .header("Cookie", "JSESSIONID=" + session).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request the HTTP client would refuse to send: written to the socket as is; the answer as text. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketException closed) {
            return "";
        }
    }
}
