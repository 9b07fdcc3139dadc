package org.safeguarding.post.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;

/**
 * A teacher on a phone drafts a post that names a pupil; the posting policy says so while
 * they type, before anything is saved; they use her initials and submit. Their own
 * approval is refused as the API refuses it; a second poster approves, is refused
 * publication on a Saturday, and publishes on the Wednesday. Screens are saved under
 * {@code target/screens/draft-check-and-publish/} and checked by axe-core.
 */
class DraftCheckAndPublishJourneyIT extends PageJourney {

    private static final Instant SATURDAY_MORNING = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void aPosterDraftsWithTheLiveChecksAndASecondPosterApprovesAndPublishes() {
        pupil("P-71", "Amy Brown", true);
        String account = activeAccount("@Year2News", "teacher", "teacher2");

        try (Browser browser = Browser.open("draft-check-and-publish", Browser.PHONE)) {
            signIn(browser, "teacher");
            browser.go(url("/"));
            browser.driver().findElement(By.linkText("Draft a post")).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("post-form")));
            loaded(browser);
            browser.tabTo("accountId");
            browser.press("X @Year2News");
            assertThat(browser.find("#accountId").getAttribute("value")).isEqualTo(account);
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("violations"),
                    "This post keeps the posting policy"));
            browser.screen("draft-form");

            browser.find("#text").sendKeys("Amy Brown won the science prize today!");
            WebElement named = browser.waitUntil(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("#violations [data-code='PUPIL_NAMED']")));
            assertThat(named.getText())
                .isEqualTo("The post names pupil P-71; children are never named: use initials (AB)");
            assertThat(browser.driver().getCurrentUrl()).as("nothing saved yet").endsWith("/posts/new");
            assertThat(api.as("teacher").get("/api/posts?accountId=" + account).json().path("totalElements").asInt())
                .isZero();
            browser.screen("pupil-named-while-typing");

            browser.find("#text")
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "AB won the science prize today!");
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("policy-kept")));
            assertThat(browser.findAll("#violations [data-code]")).isEmpty();
            browser.screen("policy-kept");

            browser.tabTo("submit-post");
            browser.assertFocusIsVisible();
            browser.press(Keys.ENTER);
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("approve")));
            String id = browser.driver().getCurrentUrl().replaceAll(".*/posts/", "");
            assertThat(browser.find("#notice").getText()).contains("Submitted");
            assertThat(browser.find("#status").getText()).isEqualTo("Waiting for a second check");
            assertThat(browser.find("#text").getText()).isEqualTo("AB won the science prize today!");
            browser.screen("submitted");

            browser.find("#approve").click();
            browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "You cannot do that"));
            Api.Response apiRefusal = api.as("teacher").post("/api/posts/" + id + "/approval");
            assertThat(apiRefusal.status()).isEqualTo(403);
            assertThat(apiRefusal.json().path("type").asText()).isEqualTo("/problems/self-approval");
            assertThat(browser.find("main").getText()).contains(apiRefusal.json().path("detail").asText(), "Error 403");
            browser.screen("own-approval-refused");

            signOut(browser);
            signIn(browser, "teacher2");
            browser.go(url("/posts?status=SUBMITTED"));
            WebElement queued = browser.find("tr[data-post='" + id + "']");
            assertThat(queued.getText()).contains("AB won the science prize today!", "Ms Tessa Teacher");
            browser.screen("four-eyes-queue");

            queued.findElement(By.tagName("a")).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("approve"))).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("publish")));
            assertThat(browser.find("#status").getText()).isEqualTo("Approved, not yet published");
            browser.screen("approved");

            clock.set(SATURDAY_MORNING);
            browser.find("#publish").click();
            WebElement outsideHours = browser.waitUntil(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector(".error-summary [data-code='OUTSIDE_POSTING_HOURS']")));
            assertThat(outsideHours.getText()).startsWith("Posts go out 08:00-18:00 on working days");
            assertThat(browser.find("#status").getText()).as("not published").isEqualTo("Approved, not yet published");
            browser.screen("outside-posting-hours");

            clock.set(WEDNESDAY_MORNING);
            browser.find("#publish").click();
            browser.waitUntil(ExpectedConditions.textToBe(By.id("status"), "Published"));
            assertThat(browser.find("#published").getText()).startsWith("Wednesday 18 November 2026, 10:00")
                .endsWith("Mr Tom Teacher");
            browser.screen("published");
        }

        JsonNode published = api.as("teacher2")
            .get("/api/posts?accountId=" + account + "&status=PUBLISHED")
            .json()
            .path("content")
            .get(0);
        assertThat(published.path("author").asText()).isEqualTo("teacher");
        assertThat(published.path("approvedBy").asText()).isEqualTo("teacher2");
        assertThat(published.path("text").asText()).isEqualTo("AB won the science prize today!");
    }

}
