package org.safeguarding.post;

import java.util.List;
import java.util.Map;

import org.safeguarding.kernel.testing.ApiDocsContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:post-api-docs;DB_CLOSE_DELAY=-1")
class ApiDocsIT extends ApiDocsContract {

    ApiDocsIT() {
        super("Safeguarding post-service API",
                List.of("accounts", "posts", "comments", "consent", "content", "outbox", "audit", "projections"),
                new Operation("post", "/api/posts"), new Operation("post", "/api/comments/{id}/moderation"),
                Map.entry("action", "HIDE"));
    }

}
