package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The two ways in, side by side: pages with a sign-in form, a session and CSRF tokens;
 * the API with HTTP Basic, no session and no CSRF, exactly as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:page-security;DB_CLOSE_DELAY=-1",
        "safeguarding.post-service.url=http://localhost:9" })
class PageSecurityIT extends ServiceOverHttp {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Test
    void someoneNotSignedInIsShownTheSignInPage() {
        Session visitor = new Session(port);
        HttpResponse<String> start = visitor.get("/concerns/mine");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        HttpResponse<String> signIn = visitor.get("/login");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(signIn.body()).contains("Sign in", "Demo School");
    }

    @Test
    void aRefusedSignInShowsWhyAndKeepsTheUsername() {
        Session teacher = new Session(port);
        HttpResponse<String> refused = teacher.post("/login", Map.of("username", "teacher2", "password", "wrong",
                "_csrf", token(FORM_TOKEN, teacher.get("/login").body())));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("That username and password do not match", "value=\"teacher2\"");
        assertThat(teacher.get("/concerns/mine").statusCode()).as("still not signed in").isEqualTo(302);
    }

    @Test
    void signInsOnThePageAndOnTheApiCountAgainstOneThrottle() {
        Session someone = new Session(port);
        String page = someone.get("/login").body();
        for (int failure = 0; failure < 5; failure++) {
            HttpResponse<String> refused = someone.post("/login",
                    Map.of("username", "slt", "password", "guess" + failure, "_csrf", token(FORM_TOKEN, page)));
            assertThat(refused.statusCode()).isEqualTo(200);
            page = refused.body();
        }
        HttpResponse<String> locked = someone.post("/login",
                Map.of("username", "slt", "password", "demo", "_csrf", token(FORM_TOKEN, page)));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.body()).contains("Too many failed sign-ins for this username or from this address");
        assertThat(api.as("slt").get("/api/incidents").status()).as("the same username on the API").isEqualTo(429);
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedThoughTheSessionIsSignedIn() {
        Session teacher = signedIn("teacher");
        Map<String, String> person = Map.of("form", "SAFEGUARDING", "more", "person");
        assertThat(teacher.post("/concerns", person).statusCode()).as("no CSRF token: a cross-site post")
            .isEqualTo(403);

        String pageToken = token(META_TOKEN, teacher.get("/concerns/new?form=SAFEGUARDING").body());
        HttpResponse<String> withHeader = teacher.post("/concerns", person, "X-CSRF-TOKEN", pageToken);
        assertThat(withHeader.statusCode()).as("the token from the page's meta tag, as htmx sends it").isEqualTo(200);
        assertThat(withHeader.body()).contains("id=\"subjects2.kind\"");
    }

    @Test
    void theApiWithBasicNeedsNoSessionAndMakesNone() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("form", "E_SAFETY");
        report.put("category", "OFFENSIVE_LANGUAGE");
        report.put("summary", "Swearing under a post on the school's page");
        report.put("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        report.put("channel", "SCHOOL_ACCOUNT");
        report.put("subjects", List.of());
        Api.Response created = api.as("teacher").post("/api/incidents", report);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().allValues("Set-Cookie")).isEmpty();

        Api.Response anonymous = api.anonymous().get("/api/incidents");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
    }

    private Session signedIn(String username) {
        Session session = new Session(port);
        String token = token(FORM_TOKEN, session.get("/login").body());
        HttpResponse<String> signedIn = session.post("/login",
                Map.of("username", username, "password", "demo", "_csrf", token));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        return session;
    }

    private static String token(Pattern pattern, String page) {
        Matcher found = pattern.matcher(page);
        assertThat(found.find()).as("a CSRF token on the page").isTrue();
        return found.group(1);
    }

    /** A browser's cookie jar over plain HTTP: redirects are seen, not followed. */
    private static final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        private final String baseUrl;

        Session(int port) {
            this.baseUrl = "http://localhost:" + port;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
            String body = form.entrySet()
                .stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return send(request);
        }

        private URI uri(String path) {
            return URI.create(baseUrl + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

    }

}
