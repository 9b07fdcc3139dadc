package org.safeguarding.post.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;
import org.safeguarding.kernel.testing.MutableClock;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * What post-service's page journeys share: one running service (every journey class keeps
 * this configuration, so they share it), a clock set to a Wednesday morning in school
 * hours, and the API to set the scene with and to hold the pages to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:post-pages;DB_CLOSE_DELAY=-1",
        "safeguarding.incident-service.url=http://localhost:9" })
abstract class PageJourney extends ServiceOverHttp {

    /** Wednesday 18 November 2026, 10:00 in London: inside the posting window. */
    static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired
    MutableClock clock;

    @BeforeEach
    void inSchoolHours() {
        clock.set(WEDNESDAY_MORNING);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(Browser browser, String username) {
        browser.signIn(url(""), username, "demo");
    }

    /**
     * Waits until the page reached by a click has loaded whole, its scripts (htmx) run: a
     * check that no more than an element exists may come before them.
     */
    static void loaded(Browser browser) {
        browser.waitUntil(
                driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    static void signOut(Browser browser) {
        browser.find(".site-header button[type=submit]").click();
        browser.waitUntil(ExpectedConditions.urlContains("/login?signed-out"));
    }

    /** An account approved by the headteacher, run by these members of staff. */
    String activeAccount(String handle, String... runBy) {
        Api.Response proposed = api.as(runBy[0])
            .post("/api/accounts", Map.of("platform", "X", "handle", handle, "aim", "Share learning", "audience",
                    "Parents and carers", "promotion", "Newsletter", "visibility", "PUBLIC", "runBy", List.of(runBy)));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().get("id").asText();
        Api.Response approved = api.as("head").post("/api/accounts/" + id + "/approval");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return id;
    }

    void pupil(String ref, String name, boolean photoConsent) {
        Api.Response put = api.as("dsl")
            .put("/api/pupils/" + ref, Map.of("name", name, "photoConsent", photoConsent, "noPhotoList", false));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

}
