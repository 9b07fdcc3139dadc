package org.safeguarding.post.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;

/**
 * The computing lead's moderation queue, on a phone: a comment whose 24 hours ran out
 * leads the queue, marked overdue; hiding it needs a public reason, and then it leaves
 * the queue. Staff without a moderator's role are refused the queue with a page. Screens
 * are saved under {@code target/screens/moderation-queue/} and
 * {@code target/screens/moderation-refused/}.
 */
class ModerationQueueJourneyIT extends PageJourney {

    private static final String PUBLIC_REASON = "Hidden because it insults staff: we remove personal attacks.";

    @Test
    void anOverdueCommentLeadsTheQueueAndLeavesItOnceHiddenWithAPublicReason() {
        // The deadlines run on the scheduler's own clock: the service's clock is set to
        // now, so that a comment received just now is not past its time for either.
        Instant now = Instant.now();
        clock.set(now);
        String account = activeAccount("@ModerationJourney", "teacher", "teacher2");
        String overdue = comment(account, "@troll", "You are all useless", now.minus(Duration.ofDays(10)));
        String fresh = comment(account, "@parent", "When is the concert?", now.minus(Duration.ofHours(1)));

        try (Browser browser = Browser.open("moderation-queue", Browser.PHONE)) {
            signIn(browser, "computing");
            browser.go(url("/"));
            browser.driver().findElement(By.linkText("Comments to moderate")).click();
            List<WebElement> rows = browser.waitUntil(
                    ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#queue tr[data-comment]")));
            assertThat(rows.get(0).getAttribute("data-comment")).as("overdue first").isEqualTo(overdue);
            assertThat(rows.get(0).getText()).contains("Overdue", "overdue by ");
            assertThat(rows).extracting(row -> row.getAttribute("data-comment")).contains(fresh);
            WebElement freshRow = browser.find("tr[data-comment='" + fresh + "']");
            assertThat(freshRow.getAttribute("data-overdue")).isEqualTo("false");
            assertThat(freshRow.getText()).doesNotContain("Overdue").contains("left");
            assertThat(browser.find("#queue").getAttribute("hx-trigger")).as("refreshes itself").isEqualTo("every 30s");
            browser.screen("queue");

            browser.find("#moderate-" + overdue).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("moderation-form")));
            assertThat(browser.find("#comment-text").getText()).contains("You are all useless", "@troll");
            browser.screen("comment");

            browser.find("input[name='action'][value='HIDE']").click();
            browser.find("#note").sendKeys("Personal attack on staff");
            browser.find("#record-moderation").click();
            WebElement missing = browser
                .waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("publicReason-error")));
            JsonNode apiViolation = apiRefusalOfHidingWithoutAPublicReason(fresh);
            assertThat(missing.getText()).isEqualTo(apiViolation.path("message").asText());
            assertThat(missing.getAttribute("data-code")).isEqualTo(apiViolation.path("code").asText())
                .isEqualTo("PUBLIC_REASON_REQUIRED");
            assertThat(browser.find("#note").getAttribute("value")).as("kept as typed")
                .isEqualTo("Personal attack on staff");
            assertThat(browser.find("input[name='action'][value='HIDE']").isSelected()).isTrue();
            browser.screen("public-reason-missing");

            browser.find("#publicReason").sendKeys(PUBLIC_REASON);
            browser.find("#record-moderation").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(browser.find("#notice").getText()).contains("@troll", "has left the queue");
            assertThat(browser.findAll("tr[data-comment='" + overdue + "']")).as("no longer waiting").isEmpty();
            assertThat(browser.findAll("tr[data-comment='" + fresh + "']")).hasSize(1);
            browser.screen("hidden");
        }

        JsonNode hidden = api.as("computing").get("/api/comments/" + overdue).json();
        assertThat(hidden.path("status").asText()).isEqualTo("HIDDEN");
        assertThat(hidden.path("actions").get(0).path("publicReason").asText()).isEqualTo(PUBLIC_REASON);
        assertThat(hidden.path("actions").get(0).path("by").asText()).isEqualTo("computing");
    }

    @Test
    void staffWithoutAModeratorsRoleAreRefusedTheQueue() {
        try (Browser browser = Browser.open("moderation-refused", Browser.PHONE)) {
            signIn(browser, "teacher");
            browser.go(url("/"));
            assertThat(browser.findAll("a[href='/comments']")).as("no link for their role").isEmpty();
            browser.go(url("/comments"));
            assertThat(browser.find("h1").getText()).isEqualTo("You cannot do that");
            assertThat(browser.find("main").getText()).contains("Your role does not allow this", "Error 403")
                .doesNotContain("Comments to moderate");
            browser.screen("refused");
        }
    }

    private String comment(String account, String author, String text, Instant receivedAt) {
        Api.Response received = api.as("service")
            .post("/api/comments",
                    Map.of("accountId", account, "author", author, "text", text, "receivedAt", receivedAt.toString()));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().get("id").asText();
    }

    /**
     * What the API answers to the same mistake, which changes nothing: the page must say
     * the same.
     */
    private JsonNode apiRefusalOfHidingWithoutAPublicReason(String comment) {
        Api.Response refused = api.as("computing")
            .post("/api/comments/" + comment + "/moderation", Map.of("action", "HIDE", "note", "A test"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        return refused.json().path("violations").get(0);
    }

}
