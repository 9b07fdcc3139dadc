package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;
import org.safeguarding.kernel.testing.Signatures;

/**
 * The DSL, on a phone-sized Chromium, finds a teacher's yellow-form report on the
 * dashboard with its clock counting down, opens it, acknowledges it, adds a note, refers
 * it to the LADO (a rule broken first: the form keeps what was typed and says what the
 * API says), downloads the chronology signed and keeps its checkpoint, and finds each
 * step on the timeline. Screens under {@code target/screens/dsl/}.
 */
class DslJourneyIT extends ScreensJourney {

    private static final String SUMMARY = "Private messages from a volunteer coach to a Year 6 pupil";

    private static final String NOTE = "Spoke to the pupil's mother; she has kept the messages.";

    private static final String ALLEGATION = "Sent the pupil private messages on Snapchat asking to meet";

    @TempDir
    Path work;

    @Test
    void theDslWorksAReportFromTheDashboardToTheLadoAndKeepsTheSignedChronology() {
        String id = yellowFormReport("teacher", SUMMARY,
                List.of(person("PUPIL", "Amy Brown", "P-17"), person("VOLUNTEER", "Mr Green", null)));
        try (Browser browser = Browser.open("dsl", Browser.PHONE)) {
            browser.signIn(url(""), "dsl", "demo");
            browser.go(url("/"));
            assertThat(browser.find("main").getText()).contains("Dashboard", "Cases", "Inspection report",
                    "Audit trail");
            browser.screen("start");

            browser.find("main a[href='/dashboard']").click();
            WebElement clock = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-reference='" + id + "'][data-clock='ACKNOWLEDGEMENT']")));
            assertThat(clock.getText()).contains(SUMMARY, "Acknowledgement")
                .containsPattern("(\\d+ working days?( \\d+ h)?( \\d+ min)?|\\d+ h( \\d+ min)?|\\d+ min) left");
            browser.screen("dashboard");
            theDashboardRefreshesWithoutMovingTheFocus(browser, id);

            browser.find("#concern-" + id + "-ACKNOWLEDGEMENT").click();
            browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), SUMMARY));
            assertThat(browser.find("#case-summary").getText()).contains(id, "Amy Brown", "Mr Green",
                    "Not yet at this level");
            assertThat(browser.find("#timeline").getText()).contains("Reported on the yellow safeguarding form");
            browser.screen("case");

            browser.find("#acknowledge").click();
            assertDone(browser, "Acknowledged", "Acknowledged at DSL level");
            assertThat(browser.find("#acknowledged").getText()).startsWith("By dsl");
            assertThat(browser.findAll("#acknowledge")).as("acknowledged once only").isEmpty();
            browser.screen("acknowledged");

            browser.find("#note-text").sendKeys(NOTE);
            browser.find("#add-note").click();
            assertDone(browser, "Note added", "Note: " + NOTE);
            browser.screen("note-added");

            browser.find("#lado-step > summary").click();
            browser.find("#lado-adultName").sendKeys("Mr Green");
            browser.find("#lado-allegationWhat").sendKeys(ALLEGATION);
            browser.find("#lado-childrenInvolved").sendKeys("Amy Brown");
            browser.find("#lado-informedParents").click();
            browser.find("#refer-to-lado").click();
            WebElement missing = browser
                .waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("lado-adultRole-error")));
            JsonNode apiSays = apiViolationForAReferralWithoutTheAdultsRole(id);
            assertThat(missing.getText()).isEqualTo("must not be blank");
            assertThat(missing.getAttribute("data-code")).isEqualTo(apiSays.path("code").asText());
            assertThat(apiSays.path("message").asText()).isEqualTo("adult.role: must not be blank");
            assertThat(browser.find("#lado-step").getAttribute("open")).as("the form stays open").isNotNull();
            assertThat(browser.find("#lado-adultName").getAttribute("value")).isEqualTo("Mr Green");
            assertThat(browser.find("#lado-allegationWhat").getAttribute("value")).isEqualTo(ALLEGATION);
            assertThat(browser.find("#lado-childrenInvolved").getAttribute("value")).isEqualTo("Amy Brown");
            assertThat(browser.find("#lado-informedParents").isSelected()).isTrue();
            browser.waitUntil(driver -> browser.focused().getAttribute("class").contains("error-summary"));
            browser.screen("lado-role-missing");

            browser.find("#lado-adultRole").sendKeys("Volunteer football coach");
            browser.find("#refer-to-lado").click();
            assertDone(browser, "Referred to the LADO", "Referred to the LADO within one working day");
            assertThat(browser.find("#referrals").getText()).contains("LADO");
            browser.screen("referred");

            browser.find("#chronology-csv").click();
            WebElement kept = browser
                .waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#download-status .checkpoint")));
            assertThat(kept.getText()).matches("\\d+:[0-9a-f]{64}");
            browser.screen("chronology-downloaded");
            theChronologyIsSignedAtTheCheckpointShown(browser, id, kept.getText());

            assertThat(browser.findAll("#timeline .timeline__what")).extracting(WebElement::getText)
                .containsSubsequence("Acknowledged at DSL level", "Note: " + NOTE,
                        "Referred to the LADO within one working day");
            assertThat(browser.find("#timeline").getText()).contains("Mr Dan Safeguarding",
                    "(dsl, Designated Safeguarding Lead)");

            browser.go(url("/reports/inspection"));
            browser.find("#download-csv").click();
            WebElement inspection = browser.waitUntil(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inspection-status .checkpoint")));
            assertThat(inspection.getText()).matches("\\d+:[0-9a-f]{64}");
            browser.screen("inspection-report-downloaded");
        }
        JsonNode after = api.as("dsl").get("/api/incidents/" + id).json();
        assertThat(after.path("acknowledged").asBoolean()).isTrue();
        assertThat(after.path("referrals").toString()).contains("LADO");
    }

    /**
     * The clocks' part of the page is replaced every second; the link that had the focus
     * has it again, and the page has not scrolled.
     */
    private static void theDashboardRefreshesWithoutMovingTheFocus(Browser browser, String id) {
        String link = "concern-" + id + "-ACKNOWLEDGEMENT";
        browser.tabTo(link);
        Number scrolled = (Number) browser.driver().executeScript("return window.scrollY;");
        String checked = browser.waitUntil(driver -> browser.find("#checked-at").getText());
        browser.waitUntil(driver -> !browser.find("#checked-at").getText().equals(checked));
        assertThat(browser.focusedId()).as("focus after the refresh").isEqualTo(link);
        assertThat(((Number) browser.driver().executeScript("return window.scrollY;")).intValue())
            .isEqualTo(scrolled.intValue());
        browser.assertFocusIsVisible();
    }

    private static void assertDone(Browser browser, String confirmation, String timelineEntry) {
        // The page before the step may show the previous step's confirmation: wait for
        // this one's.
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), timelineEntry));
        assertThat(browser.find("#done").getText()).contains(confirmation, timelineEntry);
        assertThat(browser.find(".timeline__entry--new").getText()).contains(timelineEntry);
    }

    /**
     * What the API answers to the same mistake, changing nothing: the page must say the
     * same.
     */
    private JsonNode apiViolationForAReferralWithoutTheAdultsRole(String id) {
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("adult", Map.of("name", "Mr Green", "role", ""));
        referral.put("allegation", Map.of("what", ALLEGATION));
        Api.Response refused = api.as("dsl").post("/api/incidents/" + id + "/lado-referral", referral);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        return refused.json().path("violations").get(0);
    }

    /**
     * Fetched again with the browser's session: the body verifies against the service's
     * public key, and it is signed at the checkpoint the page showed.
     */
    private void theChronologyIsSignedAtTheCheckpointShown(Browser browser, String id, String checkpointShown) {
        HttpResponse<byte[]> chronology = getWithTheSessionOf(browser, "/incidents/" + id + "/chronology.csv");
        assertThat(chronology.statusCode()).isEqualTo(200);
        assertThat(chronology.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String signature = chronology.headers().firstValue("Export-Signature").orElseThrow();
        String publicKey = api.anonymous().get("/api/audit/public-key").body();
        assertThat(new Signatures(work, publicKey).verify(chronology.body(), signature)).as("Export-Signature")
            .isTrue();
        assertThat(chronology.headers().firstValue("Export-Checkpoint")).contains(checkpointShown);
        assertThat(new String(chronology.body(), StandardCharsets.UTF_8)).contains("Note: " + NOTE,
                "Referred to the LADO");
    }

}
