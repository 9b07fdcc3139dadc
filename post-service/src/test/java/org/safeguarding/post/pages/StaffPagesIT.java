package org.safeguarding.post.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.PageSession;

/**
 * The policy page and the acknowledgement report over HTTP, as a member of staff and the
 * computing lead use them: the same commands and report as the API's.
 */
class StaffPagesIT extends PageJourney {

    @Test
    void aTeacherAcknowledgesTheCurrentVersionFromThePolicyPage() {
        PageSession teacher = new PageSession(port).signIn("teacher2", "demo");
        String version = api.as("computing")
            .get("/api/reports/policy-acknowledgements")
            .json()
            .get("currentVersion")
            .asText();

        assertThat(teacher.get("/").body()).contains("href=\"/policy\"")
            .doesNotContain("href=\"/reports/policy-acknowledgements\"");
        String page = teacher.get("/policy").body();
        assertThat(page).contains(version, "Not yet acknowledged", "id=\"acknowledge\"");
        HttpResponse<String> stale = teacher.post("/policy/acknowledgement",
                Map.of("version", "1999-01", "_csrf", PageSession.formToken(page)));
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(stale.body()).contains("data-code=\"NOT_THE_CURRENT_VERSION\"", "There is a problem");
        HttpResponse<String> acknowledged = teacher.post("/policy/acknowledgement",
                Map.of("version", version, "_csrf", PageSession.formToken(stale.body())));
        assertThat(acknowledged.statusCode()).isEqualTo(302);

        String after = teacher.get("/policy").body();
        assertThat(after).contains("Thank you", "Acknowledged").doesNotContain("id=\"acknowledge\"");
        assertThat(api.as("teacher2").get("/api/staff/teacher2").json().get("acknowledgements").toString())
            .contains(version);
    }

    @Test
    void theComputingLeadSeesWhoHasNotAcknowledgedAndRecordsTraining() {
        PageSession computing = new PageSession(port).signIn("computing", "demo");

        assertThat(computing.get("/").body()).contains("href=\"/reports/policy-acknowledgements\"");
        String report = computing.get("/reports/policy-acknowledgements").body();
        assertThat(report).contains("data-username=\"dsl\"", "Mr Dan Safeguarding", "Record training");
        HttpResponse<String> future = computing.post("/reports/policy-acknowledgements/training", Map.of("username",
                "dsl", "kind", "INDUCTION", "completedOn", "2026-12-01", "_csrf", PageSession.formToken(report)));
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("id=\"completedOn-error\"", "data-code=\"COMPLETED_IN_THE_FUTURE\"",
                "value=\"2026-12-01\"");
        HttpResponse<String> recorded = computing.post("/reports/policy-acknowledgements/training",
                Map.of("username", "dsl", "kind", "SOCIAL_MEDIA_TRAINING", "completedOn", "2026-11-16", "note",
                        "Autumn INSET", "_csrf", PageSession.formToken(future.body())));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(computing.get("/reports/policy-acknowledgements").body())
            .contains("The training of Mr Dan Safeguarding is recorded.");
        assertThat(api.as("computing").get("/api/staff/dsl").json().get("training").toString())
            .contains("SOCIAL_MEDIA_TRAINING", "2026-11-16", "Autumn INSET");
        assertThat(new PageSession(port).signIn("teacher", "demo").get("/reports/policy-acknowledgements").statusCode())
            .isEqualTo(403);
    }

}
