package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service accounts over real HTTP: incident-service's account
 * ({@code incident-service}) may delete content for a person and read the pupil
 * register's names, and nothing else; post-service's own account ({@code post-service},
 * for its calls to incident-service) nothing here; and nobody else may act on someone's
 * behalf. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class ServiceCallsContract extends ServiceOverHttp {

    private static final String ON_BEHALF_OF = "X-On-Behalf-Of";

    @Autowired
    JdbcTemplate jdbc;

    private String comment() {
        Api.Response proposed = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@School" + UUID.randomUUID().toString().substring(0, 8), "aim",
                            "Share learning", "audience", "Parents and carers", "promotion", "Website", "visibility",
                            "PUBLIC", "runBy", List.of("teacher", "teacher2")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String account = proposed.json().get("id").asText();
        assertThat(api.as("head").post("/api/accounts/" + account + "/approval").status()).isEqualTo(200);
        Api.Response received = api.as("service")
            .post("/api/comments", Map.of("accountId", account, "author", "@troll", "text", "You are all useless",
                    "receivedAt", Instant.now().toString()));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().get("id").asText();
    }

    private static Map<String, Object> deletion(String incidentId) {
        return Map.of("reason", "Removed for safeguarding incident " + incidentId, "incidentId", incidentId);
    }

    private JsonNode commentAsTheDslSeesIt(String id) {
        return api.as("dsl").get("/api/comments/" + id).json();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                aggregateId);
    }

    @Test
    void incidentServiceDeletesContentForThePersonAndTheDeletionSaysVia() throws Exception {
        String id = comment();

        Api.Response deleted = api.as("incident-service")
            .post("/api/content/" + id + "/deletion", deletion("incident-1"), ON_BEHALF_OF, "dsl", "Idempotency-Key",
                    "incident-1");

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().get("status").asText()).isEqualTo("DELETED");
        assertThat(deleted.json().get("deletion").get("by").asText()).isEqualTo("dsl");
        assertThat(deleted.json().get("deletion").get("via").asText()).isEqualTo("incident-service");
        byte[] stored = jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number desc limit 1", byte[].class, id);
        JsonNode metaData = new ObjectMapper().readTree(stored);
        assertThat(metaData.get("actorUsername").asText()).isEqualTo("dsl");
        assertThat(metaData.get("via").asText()).isEqualTo("incident-service");
    }

    @Test
    void incidentServiceBlocksACommentsAuthorForThePersonOnceAndTheBlockSaysVia() {
        String id = comment();
        Map<String, Object> block = Map.of("reason", "Blocked for safeguarding incident incident-5", "incidentId",
                "incident-5");

        Api.Response blocked = api.as("incident-service")
            .post("/api/content/" + id + "/author-block", block, ON_BEHALF_OF, "dsl", "Idempotency-Key",
                    "incident-5-action-1");
        Api.Response again = api.as("incident-service")
            .post("/api/content/" + id + "/author-block", block, ON_BEHALF_OF, "dsl");

        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(200);
        assertThat(blocked.json().get("status").asText()).isEqualTo("AUTHOR_BLOCKED");
        assertThat(blocked.json().get("authorBlock").get("by").asText()).isEqualTo("dsl");
        assertThat(blocked.json().get("authorBlock").get("via").asText()).isEqualTo("incident-service");
        assertThat(blocked.json().get("authorBlock").get("incidentId").asText()).isEqualTo("incident-5");
        assertThat(again.status()).isEqualTo(200);
        assertThat(eventsOf(id)).as("received, then blocked once").isEqualTo(2);
        assertThat(api.as("admin").get("/api/outbox?size=100").json().get("content").findValuesAsText("target"))
            .contains("@troll");
        assertThat(api.as("incident-service")
            .post("/api/content/unknown-1/author-block", block, ON_BEHALF_OF, "dsl")
            .status()).isEqualTo(404);
        assertRefused(api.as("incident-service").post("/api/content/" + id + "/author-block", block));
        assertThat(api.as("teacher").post("/api/content/" + id + "/author-block", block).status()).isEqualTo(403);
    }

    @Test
    void postServicesOwnAccountCannotDeleteContentHere() {
        String id = comment();
        long before = eventsOf(id);

        assertRefused(api.as("post-service")
            .post("/api/content/" + id + "/deletion", deletion("incident-2"), ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("post-service").post("/api/content/" + id + "/deletion", deletion("incident-2")));

        assertThat(eventsOf(id)).isEqualTo(before);
        assertThat(commentAsTheDslSeesIt(id).get("status").asText()).isEqualTo("AWAITING");
    }

    @Test
    void incidentServicesAccountMayActForSomeoneOnlyOnDeletion() {
        String id = comment();
        long before = eventsOf(id);

        assertRefused(api.as("incident-service")
            .post("/api/comments/" + id + "/moderation", Map.of("action", "NO_ACTION", "note", "Nothing to do"),
                    ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("incident-service").get("/api/comments/" + id, ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("incident-service").get("/api/comments?awaiting=true", ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("incident-service")
            .put("/api/pupils/P-99", Map.of("name", "Cara Dunn", "photoConsent", true, "noPhotoList", false),
                    ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("incident-service").get("/api/accounts", ON_BEHALF_OF, "head"));

        assertThat(eventsOf(id)).isEqualTo(before);
        assertThat(eventsOf("P-99")).isZero();
        assertThat(commentAsTheDslSeesIt(id).get("actions")).isEmpty();
    }

    @Test
    void incidentServicesAccountDeletesOnlyForSomeoneAndMakesNoOtherCallAsItself() {
        String id = comment();

        assertThat(api.as("incident-service")
            .post("/api/content/" + id + "/deletion", deletion("incident-3"))
            .json()
            .get("type")
            .asText()).isEqualTo("/problems/on-behalf-of-required");
        assertRefused(api.as("incident-service")
            .post("/api/comments",
                    Map.of("accountId", "a", "author", "@x", "text", "t", "receivedAt", Instant.now().toString())));
        assertRefused(api.as("incident-service").get("/api/outbox"));

        assertThat(commentAsTheDslSeesIt(id).get("status").asText()).isEqualTo("AWAITING");
    }

    @Test
    void noPersonAndNoOtherServiceAccountActsForSomeone() {
        String id = comment();

        assertRefused(
                api.as("dsl").post("/api/content/" + id + "/deletion", deletion("incident-4"), ON_BEHALF_OF, "head"));
        assertRefused(api.as("service")
            .post("/api/content/" + id + "/deletion", deletion("incident-4"), ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("service").post("/api/content/" + id + "/deletion", deletion("incident-4")));
        assertRefused(api.as("incident-service")
            .post("/api/content/" + id + "/deletion", deletion("incident-4"), ON_BEHALF_OF, "service"));
        assertRefused(api.as("incident-service")
            .post("/api/content/" + id + "/deletion", deletion("incident-4"), ON_BEHALF_OF, "nobody"));

        assertThat(commentAsTheDslSeesIt(id).get("status").asText()).isEqualTo("AWAITING");
    }

    @Test
    void onlyIncidentServicesAccountReadsThePupilRegistersNames() {
        assertThat(api.as("dsl")
            .put("/api/pupils/P-41", Map.of("name", "Dana Evans", "photoConsent", false, "noPhotoList", true))
            .status()).isEqualTo(200);

        Api.Response names = api.as("incident-service").get("/api/pupil-names");

        assertThat(names.status()).as(names.toString()).isEqualTo(200);
        assertThat(names.json().findValuesAsText("ref")).contains("P-41");
        assertThat(names.body()).contains("Dana Evans").doesNotContain("photoConsent").doesNotContain("noPhotoList");
        assertRefused(api.as("incident-service").get("/api/pupil-names", ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("post-service").get("/api/pupil-names"));
        assertRefused(api.as("service").get("/api/pupil-names"));
        assertRefused(api.as("dsl").get("/api/pupil-names"));
        assertRefused(api.as("admin").get("/api/pupil-names"));
    }

}
