package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.incident.retention.RetentionCheck;
import org.safeguarding.kernel.api.incident.SubjectAccessFileDeleted;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.MutableClock;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Subject access requests on the database: who a request is about and its bundle are
 * stored encrypted, the event names the person only by pseudonym, an adult is found by
 * username as reporter with their directory name, and a request is released once.
 * post-service is a {@link PostServiceStandIn}. Run on H2 and on PostgreSQL by the
 * subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
abstract class SubjectAccessContract extends ServiceOverHttp {

    /** One for the H2 and the PostgreSQL run alike; it ends with the test JVM. */
    private static final PostServiceStandIn POST_SERVICE = new PostServiceStandIn();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    RetentionCheck retentionCheck;

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    @DynamicPropertySource
    static void postService(DynamicPropertyRegistry registry) {
        registry.add("safeguarding.post-service.url", POST_SERVICE::url);
    }

    private String reportedBy(String reporter, List<Map<String, Object>> subjects) {
        Api.Response reported = api.as(reporter)
            .post("/api/incidents",
                    Map.of("form", "E_SAFETY", "category", "OFFENSIVE_LANGUAGE", "summary", "Swearing in a class chat",
                            "details", "Ben Jones swore at a classmate", "occurredAt",
                            Instant.now().minusSeconds(3600).toString(), "channel", "OTHER_ONLINE", "subjects",
                            subjects, "allegationAgainstAdult", false));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        return reported.json().get("id").asText();
    }

    private Api.Response requestFor(Map<String, Object> person) {
        Map<String, Object> body = new HashMap<>(person);
        body.put("reason", "Letter received 16 November");
        Api.Response requested = api.as("dsl").post("/api/subject-access", body);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        return requested;
    }

    @Test
    void whoItIsAboutIsStoredOnlyEncryptedAndTheEventNamesThePseudonym() {
        reportedBy("teacher", List.of(Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17")));

        Api.Response requested = requestFor(Map.of("subjectKind", "PUPIL", "ref", "P-17", "name", "Amy Brown"));

        String id = requested.json().get("id").asText();
        assertThat(requested.json().get("bundle").get("comments")).hasSize(1);
        byte[] stored = jdbc.queryForObject("select content from subject_access_file where request_id = ?",
                byte[].class, id);
        String raw = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Amy", "P-17", "Ben Jones");
        byte[] payload = jdbc.queryForObject(
                "select payload from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                byte[].class, id);
        assertThat(new String(payload, StandardCharsets.UTF_8))
            .contains(requested.json().get("subjectPseudonym").asText())
            .doesNotContain("Amy", "P-17");
        assertThat(POST_SERVICE.onBehalfOf).contains("dsl");
    }

    @Test
    void sixYearsOnTheDailyCheckDeletesWhoItWasAboutAndTheBundleAndTheRequestSaysSo() {
        reportedBy("teacher", List.of(Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17")));
        String id = requestFor(Map.of("subjectKind", "PUPIL", "ref", "P-17", "name", "Amy Brown")).json()
            .get("id")
            .asText();
        clock.set(Instant.now().plus(Duration.ofDays(5 * 366)));
        assertThat(retentionCheck.run().subjectAccessFilesDeleted()).as("not yet").isZero();

        clock.set(Instant.now().plus(Duration.ofDays(6 * 366 + 1)));
        assertThat(retentionCheck.run().subjectAccessFilesDeleted()).isPositive();
        clock.set(Instant.now());

        assertThat(
                jdbc.queryForObject("select count(*) from subject_access_file where request_id = ?", Integer.class, id))
            .isZero();
        Api.Response read = api.as("dsl").get("/api/subject-access/" + id);
        assertThat(read.status()).isEqualTo(200);
        JsonNode request = read.json();
        assertThat(request.has("subject")).isFalse();
        assertThat(request.get("fileDeletedAt").asText()).isNotBlank();
        assertThat(request.get("subjectPseudonym").asText()).startsWith("Pupil-");
        assertThat(request.get("bundle").get("incidents")).isEmpty();
        assertThat(read.body()).doesNotContain("Amy", "P-17");
        Api.Response pdf = api.as("dsl").get("/api/subject-access/" + id + ".pdf");
        assertThat(pdf.status()).as("the request is still exported, signed").isEqualTo(200);
        Api.Response release = api.as("dsl").post("/api/subject-access/" + id + "/release", Map.of("note", "In full"));
        assertThat(release.status()).isEqualTo(409);
        assertThat(release.json().get("type").asText()).isEqualTo("/problems/subject-access-file-deleted");
        assertThat(retentionCheck.run().subjectAccessFilesDeleted()).as("nothing left to delete").isZero();
        assertThat(jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ? " + "and payload_type = ?",
                Integer.class, id, SubjectAccessFileDeleted.class.getName()))
            .isEqualTo(1);
        assertThat(api.as("governor").get("/api/audit/verification").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void anAdultGivenByUsernameIsFoundAsReporterUnderTheirDirectoryName() {
        String reported = reportedBy("teacher2", List.of(Map.of("kind", "PUPIL", "name", "Ben Jones", "ref", "P-23")));

        JsonNode request = requestFor(Map.of("subjectKind", "ADULT", "username", "teacher2")).json();

        assertThat(request.get("subject").get("name").asText()).isEqualTo("Mr Tom Teacher");
        assertThat(request.get("subjectPseudonym").asText()).startsWith("Person-");
        JsonNode incident = null;
        for (JsonNode each : request.get("bundle").get("incidents")) {
            if (reported.equals(each.get("incidentId").asText())) {
                incident = each;
            }
        }
        assertThat(incident).as("the incident teacher2 reported").isNotNull();
        assertThat(incident.get("namedAs").toString()).contains("REPORTER", "ACTOR");
        assertThat(incident.get("reportedBy").asText()).isEqualTo("teacher2");
        assertThat(incident.get("details").asText()).doesNotContain("Ben Jones").contains("Pupil-");
    }

    @Test
    void aRequestIsReleasedOnceAndAnUnknownOneIsNotFound() {
        String id = requestFor(Map.of("subjectKind", "PUPIL", "ref", "P-17")).json().get("id").asText();

        Api.Response released = api.as("head")
            .post("/api/subject-access/" + id + "/release", Map.of("note", "In full"));
        Api.Response again = api.as("dsl").post("/api/subject-access/" + id + "/release", Map.of("note", "Again"));
        Api.Response blank = api.as("dsl").post("/api/subject-access/" + id + "/release", Map.of("note", " "));

        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("release").get("by").asText()).isEqualTo("head");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("/problems/subject-access-already-released");
        assertThat(blank.status()).isEqualTo(422);
        Api.Response unknown = api.as("dsl").post("/api/subject-access/no-such/release", Map.of("note", "n"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asText()).isEqualTo("/problems/subject-access-not-found");
    }

}
