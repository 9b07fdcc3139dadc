package org.safeguarding.post.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.PageSession;

/**
 * The computing lead reviews an account from its page over HTTP: findings and the checks
 * confirmed on the platform, refused without findings as the API refuses it, then shown
 * as confirmed or not.
 */
class AccountReviewPagesIT extends PageJourney {

    @Test
    void theComputingLeadRecordsAReviewAndTheAccountPageShowsWhatWasConfirmed() {
        String id = activeAccount("@ReviewedOnThePage", "teacher", "teacher2");
        PageSession computing = new PageSession(port).signIn("computing", "demo");

        String page = computing.get("/accounts/" + id).body();
        assertThat(page).contains("id=\"review-form\"", "for=\"findings\"",
                "It follows only educational accounts</label>");
        HttpResponse<String> blank = computing.post("/accounts/" + id + "/reviews", Map.of("findings", " ", "confirmed",
                "FOLLOWERS_CHECKED", "_confirmed", "on", "_csrf", PageSession.formToken(page)));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("There is a problem", "id=\"findings-error\"");
        HttpResponse<String> recorded = computing.post("/accounts/" + id + "/reviews",
                Map.of("findings", "Two followers blocked", "confirmed", "FOLLOWERS_CHECKED", "_confirmed", "on",
                        "_csrf", PageSession.formToken(blank.body())));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);

        String after = computing.get("/accounts/" + id).body();
        assertThat(after).contains("The review is recorded.", "Two followers blocked",
                "data-confirmed=\"FOLLOWERS_CHECKED\"", "data-not-confirmed=\"PRIVACY_SETTINGS_CURRENT\"");
        assertThat(api.as("teacher").get("/api/accounts/" + id).json().get("reviews").toString())
            .contains("Two followers blocked", "FOLLOWERS_CHECKED");
        assertThat(new PageSession(port).signIn("teacher", "demo").get("/accounts/" + id).body())
            .as("for the computing lead only")
            .doesNotContain("id=\"review-form\"");
    }

}
