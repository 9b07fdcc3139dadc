package org.safeguarding.post.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;

/**
 * Retention as the DSL and the headteacher do it on the page: the DSL ticks a comment
 * kept past the school's period and proposes its disposal, and may not decide it; the
 * headteacher approves it, and the certificate is offered. Screens are saved under
 * {@code target/screens/retention/} and checked by axe-core.
 */
class RetentionJourneyIT extends PageJourney {

    @Test
    void theDslProposesAndTheHeadteacherApprovesTheDisposalOfACommentPastThePeriod() {
        Instant now = Instant.now();
        clock.set(now);
        String account = activeAccount("@RetentionJourney", "teacher", "teacher2");
        Api.Response received = api.as("service")
            .post("/api/comments", Map.of("accountId", account, "author", "@old_parent", "text",
                    "A comment from long ago", "receivedAt", now.toString()));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String comment = received.json().get("id").asText();
        clock.set(now.plus(Duration.ofDays(3 * 366)));

        try (Browser browser = Browser.open("retention", 1024)) {
            signIn(browser, "dsl");
            browser.go(url("/"));
            browser.driver().findElement(By.linkText("Retention")).click();
            browser.waitUntil(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-due='" + comment + "']")));
            assertThat(browser.find("tr[data-due='" + comment + "']").getText()).contains("Comment")
                .doesNotContain("A comment from long ago");
            browser.screen("due");

            browser.find("#due-" + comment).click();
            browser.find("#propose-posts").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertThat(browser.find(".error-summary li").getAttribute("data-code")).isEqualTo("RULE_DOES_NOT_APPLY");
            assertThat(browser.find("#due-" + comment).isSelected()).as("kept as ticked").isTrue();
            browser.screen("wrong-rule");

            browser.find("#propose-comments").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(browser.find("#notice").getText()).contains("proposed");
            assertThat(browser.findAll("[id^='approve-']")).as("the proposer does not decide").isEmpty();
            browser.screen("proposed");
            signOut(browser);

            signIn(browser, "head");
            browser.go(url("/retention"));
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='approve-']")));
            assertThat(browser.find(".disposal-items").getText()).as("what the second person is asked to dispose of")
                .contains(comment)
                .contains("Comment on ");
            browser.screen("pending");
            browser.find("[id^='approve-']").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(browser.find("#notice").getText()).contains("1 disposed of");
            assertThat(browser.findAll("tr[data-due='" + comment + "']")).as("no longer due").isEmpty();
            assertThat(browser.find("#decided").getText()).contains("Disposed of");
            assertThat(browser.findAll("[id^='certificate-']")).hasSize(1);
            browser.screen("disposed");
        }
        assertThat(api.as("dsl").get("/api/comments/" + comment).json().get("status").asText()).isEqualTo("DISPOSED");
    }

}
