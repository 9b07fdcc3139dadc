package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Signing in with the school's OpenID Connect provider, a real one started here
 * (mock-oauth2-server, its login form taking a subject and the token's claims): the DSL's
 * group gives the role; the provider's own second factor ({@code amr: mfa}) lets them
 * straight in, else they set up an authenticator app here as at a password sign-in;
 * someone in no mapped group, or not in the directory, is refused and told why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:oidc-journey;DB_CLOSE_DELAY=-1",
        "safeguarding.post-service.url=http://localhost:9",
        "spring.security.oauth2.client.registration.school.client-id=safeguarding",
        "spring.security.oauth2.client.registration.school.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.school.client-name=Demo Identity",
        "spring.security.oauth2.client.registration.school.scope=openid,profile", "safeguarding.oidc.roles.DSL=sg-dsl",
        "safeguarding.oidc.roles.STAFF=sg-staff,sg-dsl" })
class OidcSignInJourneyIT extends ServiceOverHttp {

    private static final MockOAuth2Server IDENTITY_PROVIDER = started();

    private static final String HOME = "Concerns about children and staff";

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.provider.school.issuer-uri",
                () -> IDENTITY_PROVIDER.issuerUrl("school").toString());
    }

    @AfterAll
    static void stop() {
        IDENTITY_PROVIDER.shutdown();
    }

    @Test
    void theDslSignsInThroughTheSchoolsProviderWhoseSecondFactorCounts() {
        try (Browser browser = Browser.open("oidc-sign-in", Browser.PHONE)) {
            browser.go(url("/login"));
            WebElement provider = browser.driver().findElement(By.linkText("Sign in with Demo Identity"));
            browser.screen("sign-in");

            provider.click();
            atTheProvider(browser, "dsl-subject",
                    "{\"preferred_username\": \"dsl\", \"groups\": [\"sg-dsl\"], \"amr\": [\"pwd\", \"mfa\"]}");
            browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), HOME));
            assertThat(browser.find(".site-header").getText()).contains("Mr Dan Safeguarding");
            assertThat(browser.find("main").getText()).contains("Report a concern");
            browser.screen("in-with-the-providers-second-factor");
            signOut(browser);

            signInThroughTheProvider(browser, "{\"preferred_username\": \"dsl\", \"groups\": [\"sg-dsl\"]}");
            browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Set up your authenticator app"));
            browser.screen("second-factor-here");
            Authenticator.add(url(""), "dsl", browser.find("#secret").getText());
            browser.find("#code").sendKeys(Authenticator.nextCode(url(""), "dsl"), Keys.ENTER);
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("continue"))).click();
            browser.waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), HOME));
            signOut(browser);
        }
    }

    @Test
    void someoneTheProviderKnowsButWithNoRoleHereIsRefusedAndToldWhy() {
        try (Browser browser = Browser.open("oidc-refused", Browser.PHONE)) {
            signInThroughTheProvider(browser, "{\"preferred_username\": \"teacher\", \"groups\": [\"sg-parents\"]}");
            assertThat(refusal(browser)).contains("Your Demo Identity account (teacher) has no role in this service");
            assertThat(browser.find(".site-header").getText()).doesNotContain("Sign out");
            browser.screen("no-role");

            signInThroughTheProvider(browser, "{\"preferred_username\": \"stranger\", \"groups\": [\"sg-dsl\"]}");
            assertThat(refusal(browser)).contains("(stranger) is not in this school's directory");
            browser.screen("not-in-the-directory");

            browser.go(url("/concerns/mine"));
            assertThat(browser.path()).as("still not signed in").isEqualTo("/login");
        }
    }

    private void signInThroughTheProvider(Browser browser, String claims) {
        browser.go(url("/login"));
        browser.driver().findElement(By.linkText("Sign in with Demo Identity")).click();
        atTheProvider(browser, "subject", claims);
    }

    /** The provider's own sign-in form: a subject, and the claims its tokens carry. */
    private static void atTheProvider(Browser browser, String subject, String claims) {
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(subject);
        browser.find("textarea[name=claims]").sendKeys(claims);
        browser.find("input[type=submit]").click();
    }

    private static String refusal(Browser browser) {
        return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary p")))
            .getText();
    }

    private static void signOut(Browser browser) {
        browser.find(".site-header button[type=submit]").click();
        browser.waitUntil(ExpectedConditions.urlContains("/login?signed-out"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
