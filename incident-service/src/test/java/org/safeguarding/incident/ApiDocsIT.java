package org.safeguarding.incident;

import java.util.List;
import java.util.Map;

import org.safeguarding.kernel.testing.ApiDocsContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:incident-api-docs;DB_CLOSE_DELAY=-1")
class ApiDocsIT extends ApiDocsContract {

    ApiDocsIT() {
        super("Safeguarding incident-service API",
                List.of("incidents", "escalation", "LADO", "exports", "audit", "timeline", "dashboard", "staff",
                        "projections"),
                new Operation("post", "/api/incidents"), new Operation("post", "/api/incidents/{id}/escalation"),
                Map.entry("to", "DSL"));
    }

}
