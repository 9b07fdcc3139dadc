package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.incident.retention.RetentionCheck;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;
import org.safeguarding.kernel.testing.MutableClock;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The DSL, on a phone-sized Chromium, asks for everything held about Amy Brown: the form
 * says what is missing, the bundle shows her yellow-form concern with Ben only as a
 * pseudonym and its exemption marked, and the release is recorded; six years on, the
 * daily check has deleted who it was about and the bundle, and the page says so.
 * post-service is a {@link PostServiceStandIn}, asked by incident-service's account on
 * the DSL's behalf. Screens under {@code target/screens/subject-access/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:subject-access-pages;DB_CLOSE_DELAY=-1")
@Import(MutableClock.InTheService.class)
class SubjectAccessPagesIT extends ServiceOverHttp {

    @Autowired
    MutableClock clock;

    @Autowired
    RetentionCheck retentionCheck;

    private static final PostServiceStandIn POST_SERVICE = new PostServiceStandIn();

    @DynamicPropertySource
    static void postService(DynamicPropertyRegistry registry) {
        registry.add("safeguarding.post-service.url", POST_SERVICE::url);
    }

    @AfterAll
    static void stopPostService() {
        POST_SERVICE.stop();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theDslGathersAmysRecordsReviewsThemAndRecordsTheRelease() {
        Api.Response reported = api.as("teacher")
            .post("/api/incidents",
                    Map.of("form", "SAFEGUARDING", "category", "CYBERBULLYING", "summary", "Threats in a group chat",
                            "details", "Ben Jones sent Amy Brown threatening messages", "occurredAt",
                            Instant.now().minusSeconds(3600).toString(), "channel", "OTHER_ONLINE", "subjects",
                            List.of(Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17"),
                                    Map.of("kind", "PUPIL", "name", "Ben Jones", "ref", "P-23")),
                            "allegationAgainstAdult", false));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String incident = reported.json().get("id").asText();

        try (Browser browser = Browser.open("subject-access", Browser.PHONE)) {
            browser.signIn(url(""), "dsl", "demo");
            browser.go(url("/"));
            browser.find("main a[href='/subject-access']").click();
            browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Subject access request"));
            browser.screen("form");

            browser.find("#ref").sendKeys("P-17");
            browser.find("#name").sendKeys("Amy Brown");
            browser.find("#gather").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertThat(browser.find("#reason-error").getText()).isNotBlank();
            assertThat(browser.find("#ref").getAttribute("value")).as("kept as typed").isEqualTo("P-17");
            browser.screen("refused");

            browser.find("#reason").sendKeys("Letter from Amy Brown's mother");
            browser.find("#gather").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("request-summary")));
            assertThat(browser.path()).startsWith("/subject-access/");
            assertThat(browser.find("#incidents-title").getText()).isEqualTo("Incidents (1)");
            assertThat(browser.find("#incident-" + incident).getText()).contains("Amy Brown", "Pupil-")
                .doesNotContain("Ben");
            assertThat(browser.find("#incident-" + incident + " [data-code='SAFEGUARDING_CONCERN']").getText())
                .contains("serious harm");
            assertThat(browser.find("#comments-title").getText()).contains("(1)");
            assertThat(browser.find("main").getText()).doesNotContain("Ben Jones", "a_parent");
            assertThat(POST_SERVICE.onBehalfOf).contains("dsl");
            browser.screen("bundle");

            browser.find("#note").sendKeys("Released in full");
            browser.find("#release").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("done")));
            assertThat(browser.find("#done").getText()).contains("Released");
            assertThat(browser.find("#status").getText()).contains("Released by dsl", "Released in full");
            assertThat(browser.findAll("#release-form")).isEmpty();
            browser.screen("released");

            clock.set(Instant.now().plus(Duration.ofDays(6 * 366 + 1)));
            retentionCheck.run();
            clock.set(Instant.now());
            browser.go(url(browser.path()));
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("file-deleted")));
            assertThat(browser.find("#file-deleted").getText()).contains("Pupil-", "deleted with the bundle");
            assertThat(browser.find("#incidents-title").getText()).isEqualTo("Incidents (0)");
            assertThat(browser.find("main").getText()).doesNotContain("Amy Brown", "P-17");
            assertThat(browser.find("#status").getText()).as("the release stays").contains("Released in full");
            browser.screen("file-deleted");
        }
    }

}
