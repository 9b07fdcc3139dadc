package org.safeguarding.post.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Browser;

/**
 * A teacher proposes an account naming only themselves, is told beside the field what the
 * API would tell them, names a colleague and proposes it; the headteacher approves it and
 * adds a poster. Screens are saved under {@code target/screens/account-register/}.
 */
class AccountRegisterJourneyIT extends PageJourney {

    @Test
    void anAccountProposedWithOneRunnerIsRefusedBesideTheFieldThenProposedAndApproved() {
        String id;
        try (Browser browser = Browser.open("account-register", Browser.PHONE)) {
            signIn(browser, "teacher");
            browser.go(url("/"));
            browser.driver().findElement(By.linkText("Register of official accounts")).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("propose"))).click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("proposal-form")));
            browser.find("#platform").sendKeys("X");
            browser.find("#handle").sendKeys("@Year6Trips");
            browser.find("#aim").sendKeys("Share what Year 6 learn on trips");
            browser.find("#audience").sendKeys("Year 6 parents and carers");
            browser.find("#promotion").sendKeys("The Year 6 newsletter");
            browser.find("input[name='visibility'][value='PRIVATE']").click();
            browser.find("input[name='runBy'][value='teacher']").click();
            browser.screen("proposal");

            browser.find("#send-proposal").click();
            WebElement beside = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("runBy-error")));
            JsonNode apiViolation = apiRefusalOfOneRunner();
            assertThat(beside.getText()).isEqualTo(apiViolation.path("message").asText());
            assertThat(beside.getAttribute("data-code")).isEqualTo(apiViolation.path("code").asText())
                .isEqualTo("TWO_NAMED_STAFF_REQUIRED");
            assertThat(browser.find("#handle").getAttribute("value")).as("kept as typed").isEqualTo("@Year6Trips");
            assertThat(browser.find("input[name='runBy'][value='teacher']").isSelected()).isTrue();
            browser.screen("one-runner-refused");

            browser.find("input[name='runBy'][value='teacher2']").click();
            browser.find("#send-proposal").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            id = browser.driver().getCurrentUrl().replaceAll(".*/accounts/", "");
            assertThat(browser.find("#status").getText()).isEqualTo("Proposed, waiting for SLT");
            assertThat(browser.findAll("#approve")).as("for SLT only").isEmpty();
            browser.screen("proposed");

            signOut(browser);
            signIn(browser, "head");
            browser.go(url("/accounts"));
            assertThat(browser.find("tr[data-account='" + id + "']").getText()).contains("X @Year6Trips",
                    "Proposed, waiting for SLT", "Ms Tessa Teacher, Mr Tom Teacher");
            browser.screen("register");

            browser.find("tr[data-account='" + id + "'] a").click();
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("approve"))).click();
            browser.waitUntil(ExpectedConditions.textToBe(By.id("status"), "Active"));
            new Select(browser.find("#username")).selectByValue("computing");
            browser.find("#add-poster").click();
            browser
                .waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("posters"), "Mrs Carla Computing"));
            assertThat(browser.find("#notice").getText()).isEqualTo("Mrs Carla Computing may post on the account.");
            browser.screen("approved-with-a-poster");
        }

        JsonNode account = api.as("teacher").get("/api/accounts/" + id).json();
        assertThat(account.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(account.path("approvedBy").asText()).isEqualTo("head");
        assertThat(account.path("posters").toString()).isEqualTo("[\"teacher\",\"teacher2\",\"computing\"]");
    }

    /** What the API answers to the same mistake: the page must say the same. */
    private JsonNode apiRefusalOfOneRunner() {
        Api.Response refused = api.as("teacher")
            .post("/api/accounts", Map.of("platform", "X", "handle", "@Other", "aim", "a", "audience", "b", "promotion",
                    "c", "visibility", "PRIVATE", "runBy", List.of("teacher")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        return refused.json().path("violations").get(0);
    }

}
