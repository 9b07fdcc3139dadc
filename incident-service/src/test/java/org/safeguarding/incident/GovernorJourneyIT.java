package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;

/**
 * A governor reads the audit trail with no pupil named anywhere on it, sees that the
 * record is whole and the checkpoint to keep, and checks a checkpoint the DSL kept from
 * an export. On an incident they find no step to take, and a step forged with their
 * session is refused. Screens under {@code target/screens/governor/}.
 */
class GovernorJourneyIT extends ScreensJourney {

    private static final String PUPIL = "Ben Carter";

    private static final String SUMMARY = PUPIL + " was sent threats by an older pupil";

    @Test
    void aGovernorAuditsTheRecordWithoutReadingAPupilsNameAndCannotActOnAnIncident() {
        String id = yellowFormReport("teacher2", SUMMARY,
                List.of(person("PUPIL", PUPIL, "P-23"), person("STAFF", "Mrs Dinner Lady", null)));
        Api.Response export = api.as("dsl").get("/api/incidents/" + id + "/chronology", "Accept", "text/csv");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        String[] kept = export.header("Export-Checkpoint").split(":");

        try (Browser browser = Browser.open("governor", Browser.PHONE)) {
            browser.signIn(url(""), "governor", "demo");
            browser.go(url("/"));
            assertThat(browser.find("main").getText()).contains("Audit trail", "Is the record whole?")
                .doesNotContain("Dashboard", "Cases", "Report a concern");
            browser.screen("start");

            browser.find("main a[href='/audit']").click();
            String today = LocalDate.now(WorkingCalendar.SCHOOL_ZONE).toString();
            browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find("#from"), today);
            browser.find("#show-events").click();
            browser.waitUntil(ExpectedConditions.urlContains("from=" + today));
            assertThat(browser.find("#events").getText()).contains("IncidentReported", "Incident " + id);
            assertThat(browser.driver().getPageSource()).as("no pupil named on the audit page")
                .doesNotContain(PUPIL)
                .doesNotContain("Carter")
                .doesNotContain("P-23");
            browser.screen("audit-trail");

            browser.go(url("/audit/verification"));
            assertThat(browser.find("#valid").getText()).startsWith("Yes.");
            assertThat(browser.find("#checkpoint-position").getText()).matches("\\d+");
            assertThat(browser.find("#checkpoint-head").getText()).matches("[0-9a-f]{64}");
            assertThat(browser.find("#checkpoint-issued-at").getText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z \\(.*\\)");
            assertThat(browser.find("#checkpoint-signature").getText()).matches("[A-Za-z0-9+/=]{40,}");
            browser.screen("verification");

            browser.find("#position").sendKeys(kept[0]);
            browser.find("#head").sendKeys("not a head");
            browser.find("#check-kept").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("head-error")));
            assertThat(browser.find("#head-error").getText()).isEqualTo("must match \"[0-9a-f]{64}\"");
            assertThat(browser.find("#position").getAttribute("value")).isEqualTo(kept[0]);
            browser.screen("kept-checkpoint-mistyped");

            browser.find("#head").clear();
            browser.find("#head").sendKeys(kept[1]);
            browser.find("#check-kept").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("kept-result")));
            assertThat(browser.find("#kept-result").getText()).isEqualTo("Checkpoint " + kept[0]
                    + " is on today's chain: nothing recorded before it has been cut" + " or changed.");
            browser.screen("kept-checkpoint-on-the-chain");

            browser.go(url("/incidents/" + id));
            assertThat(browser.find("h1").getText()).isEqualTo("You cannot do that");
            assertThat(browser.findAll("main form")).as("no step offered").isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain(SUMMARY).doesNotContain("Exception");
            browser.screen("incident-refused");

            browser.driver()
                .executeScript(
                        "var form = document.createElement('form');" + "form.method = 'post';"
                                + "form.action = arguments[0];" + "var token = document.createElement('input');"
                                + "token.type = 'hidden'; token.name = '_csrf';"
                                + "token.value = document.querySelector('meta[name=\"_csrf\"]').content;"
                                + "form.appendChild(token); document.body.appendChild(form); form.submit();",
                        "/incidents/" + id + "/acknowledgement");
            browser.waitUntil(ExpectedConditions.urlContains("/acknowledgement"));
            assertThat(browser.find("h1").getText()).isEqualTo("You cannot do that");
            browser.screen("forged-step-refused");
        }
        assertThat(api.as("dsl").get("/api/incidents/" + id).json().path("acknowledged").asBoolean())
            .as("the forged step changed nothing")
            .isFalse();
    }

}
