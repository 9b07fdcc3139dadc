package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The social platform down (X's address refuses connections): publishing is answered 502
 * with the platform's problem, a failure rather than a broken rule, and the post stays
 * approved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.url=jdbc:h2:mem:post-service-outage;DB_CLOSE_DELAY=-1",
                "safeguarding.platform.adapter=x", "safeguarding.platform.x.base-url=http://127.0.0.1:1",
                "safeguarding.platform.x.bearer-token=token", "safeguarding.platform.x.user-id=1500000000000000000" })
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
class PlatformOutageIT {

    /** Wednesday 18 November 2026, 10:00 in London: inside the posting window. */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T10:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void publishingWhileThePlatformIsDownIsAnswered502AndChangesNothing() {
        clock.set(WEDNESDAY_MORNING);
        Api api = new Api(port);
        String account = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@DimpleWell54", "aim", "Share learning", "audience",
                            "Parents and carers", "promotion", "Website and newsletter", "visibility", "PUBLIC",
                            "runBy", List.of("teacher", "teacher2"), "allowedMentions", List.of()))
            .json()
            .get("id")
            .asText();
        api.as("head").post("/api/accounts/" + account + "/approval");
        Api.Response drafted = api.as("teacher")
            .post("/api/posts", Map.of("accountId", account, "text", "Sports day is on Friday", "media", List.of(),
                    "location", "ONSITE"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String post = drafted.json().get("id").asText();
        api.as("teacher").post("/api/posts/" + post + "/submission");
        assertThat(api.as("teacher2").post("/api/posts/" + post + "/approval").status()).isEqualTo(200);

        Api.Response published = api.as("teacher").post("/api/posts/" + post + "/publication");

        assertThat(published.status()).as(published.toString()).isEqualTo(502);
        assertThat(published.json().get("type").asText()).isEqualTo("/problems/platform-unavailable");
        assertThat(published.json().has("violations")).isFalse();
        assertThat(api.as("teacher").get("/api/posts/" + post).json().get("status").asText()).isEqualTo("APPROVED");
    }

}
