package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.springframework.test.context.TestPropertySource;

/**
 * Disposal of posts and comments on the embedded default, H2, and a rejected disposal.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:content-disposal;DB_CLOSE_DELAY=-1")
class ContentDisposalH2IT extends ContentDisposalContract {

    @Test
    void aRejectedDisposalDisposesOfNothing() {
        String comment = receiveComment(activeAccount());
        clock.set(Instant.now().plus(SEVEN_YEARS));
        String disposal = propose("dsl", "COMMENTS", comment).json().get("id").asText();

        Api.Response rejected = api.as("chair")
            .post("/api/disposals/" + disposal + "/rejection", Map.of("reason", "The complaint is still open"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("reason").asText()).isEqualTo("The complaint is still open");
        assertThat(problem(api.as("head").post("/api/disposals/" + disposal + "/approval")))
            .isEqualTo("disposal-not-pending");
        assertThat(problem(certificate("head", disposal, "application/json"))).isEqualTo("disposal-not-completed");

        assertThat(api.as("dsl").get("/api/comments/" + comment).body()).contains(PUPIL).contains(COMMENTER);
        assertThat(due()).contains(comment);
        assertThat(jdbc.queryForObject("select keyset is not null from subject_key where key_id = ?", Boolean.class,
                comment))
            .isTrue();
    }

}
