package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.MutableClock;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The posts and comments kept past the school's period (six years for posts, two for
 * comments by default) are listed, with the clock moved; nothing else is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "safeguarding.incident-service.url=http://localhost:9")
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:content-retention;DB_CLOSE_DELAY=-1")
class ContentRetentionH2IT extends ServiceOverHttp {

    private static final Instant DRAFTED = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void postsAndCommentsAreListedOnceKeptPastTheirPeriod() {
        jdbc.update(
                "insert into post_view (id, account_id, status, author, drafted_at, version, document) "
                        + "values ('post-1', 'account-1', 'PUBLISHED', 'teacher', ?, 0, '{}')",
                Timestamp.from(DRAFTED));
        jdbc.update(
                "insert into comment_view (id, account_id, status, awaiting, respond_by, received_at, version, "
                        + "document) values ('comment-1', 'account-1', 'RECEIVED', false, ?, ?, 0, '{}')",
                Timestamp.from(DRAFTED), Timestamp.from(DRAFTED));

        clock.set(Instant.parse("2028-11-18T12:00:00Z"));
        assertThat(api.as("dsl").get("/api/retention/due").json()).isEmpty();

        clock.set(Instant.parse("2028-11-19T12:00:00Z"));
        JsonNode afterTwoYears = api.as("dsl").get("/api/retention/due").json();
        assertThat(afterTwoYears.findValuesAsText("id")).containsExactly("comment-1");
        assertThat(afterTwoYears.get(0).get("retainUntil").asText()).isEqualTo("2028-11-18");

        clock.set(Instant.parse("2032-11-19T12:00:00Z"));
        assertThat(api.as("head").get("/api/retention/due").json().findValuesAsText("id")).containsExactly("post-1",
                "comment-1");
        Api.Response teacher = api.as("teacher").get("/api/retention/due");
        assertThat(teacher.status()).isEqualTo(403);
    }

}
