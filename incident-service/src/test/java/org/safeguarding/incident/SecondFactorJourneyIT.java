package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguarding.kernel.testing.Authenticator;
import org.safeguarding.kernel.testing.Browser;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The DSL, on a phone-sized Chromium: made to set up an authenticator app at the first
 * sign-in (QR code and the key written out), shown their recovery codes once; then in
 * with a code, with a recovery code (which works once), refused for a wrong code; the
 * administrator resets their app and they set it up again; wrong codes lock them out as
 * wrong passwords do. Screens under {@code target/screens/second-factor/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:second-factor-journey;DB_CLOSE_DELAY=-1",
        "safeguarding.post-service.url=http://localhost:9" })
class SecondFactorJourneyIT extends ServiceOverHttp {

    private static final String HOME = "Concerns about children and staff";

    @Test
    void theDslSetsUpAnAuthenticatorAppAndSignsInWithItsCodesOrARecoveryCode() {
        try (Browser browser = Browser.open("second-factor", Browser.PHONE)) {
            password(browser, "dsl");
            heading(browser, "Set up your authenticator app");
            assertThat(browser.find("svg.qr-code").isDisplayed()).isTrue();
            String secret = browser.find("#secret").getText();
            assertThat(secret).matches("[A-Z2-7]{4}( [A-Z2-7]{1,4})+");
            browser.screen("set-up");

            Authenticator.add(url(), "dsl", secret);
            submit(browser, "#code", Authenticator.nextCode(url(), "dsl"));
            WebElement shown = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
            List<String> recoveryCodes = shown.findElements(By.tagName("code"))
                .stream()
                .map(WebElement::getText)
                .toList();
            assertThat(recoveryCodes).hasSize(10).allMatch(code -> code.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
            browser.screen("recovery-codes");
            browser.find("#continue").click();
            heading(browser, HOME);
            browser.screen("home");
            signOut(browser);

            password(browser, "dsl");
            heading(browser, "Enter the code from your authenticator app");
            browser.screen("code");
            submit(browser, "#code", Authenticator.nextCode(url(), "dsl"));
            heading(browser, HOME);
            signOut(browser);

            password(browser, "dsl");
            browser.find("#use-recovery-code").click();
            heading(browser, "Use a recovery code");
            browser.screen("recovery-code");
            submit(browser, "#recoveryCode", recoveryCodes.get(0));
            heading(browser, HOME);
            signOut(browser);

            password(browser, "dsl");
            browser.find("#use-recovery-code").click();
            heading(browser, "Use a recovery code");
            submit(browser, "#recoveryCode", recoveryCodes.get(0));
            assertThat(refusal(browser)).contains("not one of your recovery codes, or it has been used already");
            browser.screen("recovery-code-used-already");

            browser.go(url() + "/login/code");
            submit(browser, "#code", "000000");
            assertThat(refusal(browser)).contains("That code is not right");
            browser.screen("wrong-code");
            browser.find("main button.button--secondary").click();
            browser.waitUntil(ExpectedConditions.urlContains("/login?signed-out"));

            browser.signIn(url(), "admin", "demo");
            browser.go(url() + "/admin/mfa");
            heading(browser, "Authenticator apps");
            browser.screen("administrator");
            browser.find("tr[data-username='dsl'] button").click();
            assertThat(browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("reset-done"))).getText())
                .contains("Mr Dan Safeguarding will set up their authenticator app again");
            browser.screen("reset");
            signOut(browser);

            browser.signIn(url(), "dsl", "demo");
            heading(browser, HOME);
            signOut(browser);

            password(browser, "dsl");
            for (int wrong = 0; wrong < 5; wrong++) {
                submit(browser, "#code", "000000");
                assertThat(refusal(browser)).contains("That code is not right");
            }
            submit(browser, "#code", Authenticator.nextCode(url(), "dsl"));
            assertThat(refusal(browser)).contains("Too many failed sign-ins for this username");
            browser.screen("locked");
            assertThat(api.as("dsl").get("/api/incidents").status()).as("the API counts with the pages").isEqualTo(429);
        }
    }

    private void password(Browser browser, String username) {
        browser.go(url() + "/login");
        browser.find("#username").sendKeys(username);
        submit(browser, "#password", "demo");
        assertThat(browser.path()).isEqualTo("/login/code");
    }

    /** Types into the field and sends the form, waiting for the page that answers. */
    private static void submit(Browser browser, String field, String typed) {
        WebElement before = browser.find("html");
        browser.find(field).sendKeys(typed, Keys.ENTER);
        browser.waitUntil(Browser.left(before));
    }

    private static void heading(Browser browser, String text) {
        browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private static String refusal(Browser browser) {
        return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("refusal"))).getText();
    }

    private static void signOut(Browser browser) {
        browser.find(".site-header button[type=submit]").click();
        browser.waitUntil(ExpectedConditions.urlContains("/login?signed-out"));
    }

    private String url() {
        return "http://localhost:" + port;
    }

}
