package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A teacher, on a phone-sized Chromium and with the keyboard for the form, reports a
 * yellow-form concern and finds it in "My reports". Every screen is saved under
 * {@code target/screens/report-a-concern/} and checked by axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:concern-journey;DB_CLOSE_DELAY=-1",
        "safeguarding.post-service.url=http://localhost:9" })
class ReportAConcernJourneyIT extends ServiceOverHttp {

    private static final String SUMMARY = "Amy called names in the Year 5 group chat";

    private static final String DETAILS = "Amy told me at break that three girls in her class call her names "
            + "in a WhatsApp group every evening. She showed me nothing and I asked for nothing.";

    @Test
    void aTeacherReportsAYellowFormConcernAndFindsItInTheirReports() {
        try (Browser browser = Browser.open("report-a-concern", Browser.PHONE)) {
            browser.go(url("/"));
            assertThat(browser.driver().getCurrentUrl()).as("someone not signed in").endsWith("/login");
            browser.screen("sign-in");

            browser.tabTo("username");
            browser.press("teacher", Keys.TAB, "demo", Keys.ENTER);
            browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Concerns about children and staff"));
            assertThat(browser.find(".site-header").getText()).contains("Safeguarding", "Demo School",
                    "Ms Tessa Teacher", "Sign out");
            browser.screen("start");

            browser.driver().findElement(By.linkText("Report a concern")).click();
            browser.screen("choose-a-form");
            browser.tabTo("form-e-safety");
            browser.press(Keys.ARROW_DOWN);
            assertThat(browser.find("#form-safeguarding").isSelected()).isTrue();
            browser.press(Keys.TAB, Keys.ENTER);
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("concern-form")));
            assertThat(browser.find("main").getText()).contains(
                    "If a child is at immediate risk, call the police on 999", "Yellow form",
                    "goes straight to the Designated Safeguarding Lead",
                    "Never copy, forward or screenshot an image of a child");
            browser.screen("yellow-form");

            fillInAllButTheSummary(browser);
            browser.press(Keys.ENTER);
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("summary-error")));
            assertThat(browser.find("#summary-error").getText()).isEqualTo("must not be blank");
            assertThat(browser.find("#summary-error").getAttribute("data-code"))
                .isEqualTo(apiViolationForAnEmptySummary().path("code").asText());
            assertThat(browser.find("#details").getAttribute("value")).isEqualTo(DETAILS);
            assertThat(browser.find("#category").getAttribute("value")).isEqualTo("CYBERBULLYING");
            assertThat(browser.find("#channel").getAttribute("value")).isEqualTo("OTHER_ONLINE");
            assertThat(browser.find("#platform").getAttribute("value")).isEqualTo("WhatsApp");
            assertThat(browser.find("[id='subjects0.kind']").getAttribute("value")).isEqualTo("PUPIL");
            assertThat(browser.find("[id='subjects0.name']").getAttribute("value")).isEqualTo("Amy Brown");
            browser.waitUntil(driver -> browser.focused().getAttribute("class").contains("error-summary"));
            browser.screen("summary-missing");

            browser.press(Keys.TAB, Keys.ENTER);
            assertThat(browser.focusedId()).as("the summary's link leads to its field").isEqualTo("summary");
            browser.assertFocusIsVisible();
            browser.press(SUMMARY, Keys.ENTER);
            WebElement reference = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
            String id = reference.getText();
            assertThat(browser.find("main").getText()).contains("the Designated Safeguarding Lead", SUMMARY, "Open");
            browser.screen("reported");

            browser.driver().findElement(By.linkText("My reports")).click();
            WebElement row = browser.find("tr[data-reference='" + id + "']");
            assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .satisfies(cells -> assertThat(cells.get(0)).isEqualTo(id))
                .satisfies(cells -> assertThat(cells.get(1))
                    .matches("(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}"))
                .containsSubsequence("Open", "Designated Safeguarding Lead");
            assertThat(browser.driver().getPageSource()).as("status and level only")
                .doesNotContain(SUMMARY)
                .doesNotContain(DETAILS);
            browser.screen("my-reports");

            browser.find(".site-header button[type=submit]").click();
            browser.waitUntil(ExpectedConditions.urlContains("/login?signed-out"));
            assertThat(browser.find("main").getText()).contains("You have signed out");
            browser.screen("signed-out");

            JsonNode reported = api.as("dsl").get("/api/incidents/" + id).json();
            assertThat(reported.path("form").asText()).isEqualTo("SAFEGUARDING");
            assertThat(reported.path("category").asText()).isEqualTo("CYBERBULLYING");
            assertThat(reported.path("level").asText()).isEqualTo("DSL");
            assertThat(reported.path("reportedBy").asText()).isEqualTo("teacher");
            assertThat(reported.path("subjects")).hasSize(1);
            assertThat(reported.path("subjects").get(0).path("ref").asText()).isEqualTo("P-17");
        }
    }

    /**
     * Keyboard only: each field reached with Tab, each choice made by typing its name; a
     * third person's row added (htmx) and left empty; the focus left on the send button.
     */
    private static void fillInAllButTheSummary(Browser browser) {
        browser.choose("category", "Cyber");
        browser.tabTo("details");
        browser.press(DETAILS);
        browser.choose("channel", "Elsewhere");
        browser.tabTo("platform");
        browser.press("WhatsApp");
        browser.choose("subjects0.kind", "Pupil");
        browser.press(Keys.TAB, "Amy Brown", Keys.TAB, "P-17");
        browser.tabTo("add-person");
        browser.press(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("subjects2.kind")));
        assertThat(browser.focusedId()).as("focus on the row added").isEqualTo("subjects2.kind");
        browser.tabTo("send-report");
    }

    /** What the API answers to the same mistake: the page must say the same. */
    private JsonNode apiViolationForAnEmptySummary() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("form", "SAFEGUARDING");
        report.put("category", "CYBERBULLYING");
        report.put("summary", "");
        report.put("occurredAt", Instant.now().minusSeconds(3600).toString());
        report.put("channel", "OTHER_ONLINE");
        Api.Response refused = api.as("teacher").post("/api/incidents", report);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        JsonNode violation = refused.json().path("violations").get(0);
        assertThat(violation.path("message").asText()).isEqualTo("summary: must not be blank");
        return violation;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
