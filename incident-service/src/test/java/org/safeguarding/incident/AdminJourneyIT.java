package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.kernel.testing.Browser;

/**
 * The administrator marks the computing lead unavailable for a week (forgetting to say
 * which first: the form says what the API says), then rebuilds the timeline projection
 * and watches its progress bar reach done. Screens under {@code target/screens/admin/}.
 */
class AdminJourneyIT extends ScreensJourney {

    @Test
    void theAdministratorSetsAvailabilityAndRebuildsAProjection() {
        LocalDate back = LocalDate.now(WorkingCalendar.SCHOOL_ZONE).plusDays(7);
        try (Browser browser = Browser.open("admin", Browser.PHONE)) {
            browser.signIn(url(""), "admin", "demo");
            browser.go(url("/"));
            assertThat(browser.find("main").getText()).contains("Administration").doesNotContain("Audit trail");
            browser.find("main a[href='/admin']").click();
            browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Administration"));
            assertThat(browser.find("tr[data-username='computing']").getText()).contains("Mrs Carla Computing",
                    "Computing lead", "Available");
            browser.screen("administration");

            new Select(browser.find("#username")).selectByValue("computing");
            browser.driver()
                .executeScript("arguments[0].value = arguments[1];", browser.find("#until"), back.toString());
            browser.find("#save-availability").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("available-error")));
            assertThat(browser.find("#available-error").getText()).isEqualTo("must not be null");
            assertThat(browser.find("#available-error").getAttribute("data-code")).isEqualTo("AVAILABLE_NOTNULL");
            assertThat(new Select(browser.find("#username")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("computing");
            assertThat(browser.find("#until").getAttribute("value")).isEqualTo(back.toString());
            browser.screen("availability-not-chosen");

            browser.find("#unavailable").click();
            browser.find("#save-availability").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
            assertThat(browser.find("tr[data-username='computing'] .availability").getText())
                .startsWith("Unavailable until");
            browser.screen("computing-lead-unavailable");
            JsonNode availability = api.as("admin").get("/api/staff/computing/availability").json();
            assertThat(availability.path("available").asBoolean()).isFalse();
            assertThat(availability.path("availableNow").asBoolean()).isFalse();

            browser.find("#rebuild-timeline").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("rebuild-asked")));
            browser.waitUntil(driver -> browser.find("tr[data-projection='timeline']").getText().contains("Done"));
            var progress = browser.find("#progress-timeline");
            assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max"));
            browser.screen("timeline-rebuilt");
        }
        api.as("admin").put("/api/staff/computing/availability", Map.of("available", true));
    }

}
