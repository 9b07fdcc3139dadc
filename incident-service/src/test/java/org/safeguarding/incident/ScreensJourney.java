package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Cookie;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * What the journeys through the screens of those who handle concerns share: one service
 * (one Spring context for all of them), its dashboard refreshing every second, reports
 * made through the API, and requests made with a browser's session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:screens;DB_CLOSE_DELAY=-1",
        "safeguarding.post-service.url=http://localhost:9", "safeguarding.dashboard.refresh-every=PT1S" })
abstract class ScreensJourney extends ServiceOverHttp {

    private final HttpClient http = HttpClient.newHttpClient();

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A yellow-form report by {@code reporter}, through the API; its id. */
    String yellowFormReport(String reporter, String summary, List<Map<String, Object>> subjects) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("form", "SAFEGUARDING");
        report.put("category", "INAPPROPRIATE_CONTACT");
        report.put("summary", summary);
        report.put("details", "Told to me at the end of the day; I wrote down what was said.");
        report.put("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
        report.put("channel", "OTHER_ONLINE");
        report.put("platform", "Snapchat");
        report.put("subjects", subjects);
        report.put("allegationAgainstAdult", false);
        Api.Response created = api.as(reporter).post("/api/incidents", report);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    static Map<String, Object> person(String kind, String name, String ref) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("kind", kind);
        subject.put("name", name);
        subject.put("ref", ref);
        return subject;
    }

    /** A GET made with the browser's session, as the browser would make it. */
    HttpResponse<byte[]> getWithTheSessionOf(Browser browser, String path) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("the browser's session cookie").isNotNull();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
            .header("Cookie", "JSESSIONID=" + session.getValue())
            .GET()
            .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
