package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.safeguarding.kernel.web.IdempotencyPurge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * An idempotency record keeps only what a repeat needs (status, Location, the resource's
 * id), never a response body, and only for a day; a repeat answers with the resource's
 * current view as the caller may see it now.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class IdempotencyContract extends ServiceOverHttp {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdempotencyPurge purge;

    @Test
    void aRecordKeepsTheStatusLocationAndIdButNoBody() {
        String key = UUID.randomUUID().toString();
        Api.Response first = api.as("teacher")
            .post("/api/incidents", IncidentApiContract.yellowForm("Kept briefly"), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        String id = first.json().get("id").asText();

        Map<String, Object> record = jdbc.queryForMap("select * from idempotency_record where idempotency_key = ?", key)
            .entrySet()
            .stream()
            .collect(Collectors.toMap(entry -> entry.getKey().toLowerCase(Locale.ROOT),
                    entry -> entry.getValue() == null ? "" : entry.getValue()));

        assertThat(record.keySet()).containsExactlyInAnyOrder("username", "idempotency_key", "request_hash", "state",
                "status", "location", "resource_id", "created_at");
        assertThat(record).containsEntry("status", 201)
            .containsEntry("location", "/api/incidents/" + id)
            .containsEntry("resource_id", id);
        assertThat(record.values().stream().map(String::valueOf)).noneMatch(value -> value.contains("Amy Brown"));
    }

    @Test
    void aRepeatedReportAnswersWithTheIncidentAsItIsNowAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = IncidentApiContract.yellowForm("Reported once, sent twice");
        Api.Response first = api.as("teacher").post("/api/incidents", form, "Idempotency-Key", key);
        String id = first.json().get("id").asText();
        assertThat(api.as("dsl").post("/api/incidents/" + id + "/acknowledgement").status()).isEqualTo(200);
        long events = events();

        Api.Response repeat = api.as("teacher").post("/api/incidents", form, "Idempotency-Key", key);

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("Location")).isEqualTo("/api/incidents/" + id);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.contentType()).startsWith("application/json");
        assertThat(repeat.json().get("id").asText()).isEqualTo(id);
        assertThat(repeat.json().get("version").asLong()).isEqualTo(1);
        assertThat(repeat.json().get("acknowledged").asBoolean()).isTrue();
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aRepeatOnSomeonesBehalfReadsTheViewAsThatPerson() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = IncidentApiContract.yellowForm("Escalated from a comment");
        Api.Response first = api.as("post-service")
            .post("/api/incidents", form, "X-On-Behalf-Of", "teacher", "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Api.Response repeat = api.as("post-service")
            .post("/api/incidents", form, "X-On-Behalf-Of", "teacher", "Idempotency-Key", key);

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(repeat.json().get("reportedBy").asText()).as("the whole view, read as teacher").isEqualTo("teacher");
    }

    @Test
    void aRepeatedCommandOnAnIncidentAnswersWithItsCurrentView() {
        String id = api.as("teacher")
            .post("/api/incidents", IncidentApiContract.yellowForm("Noted twice?"))
            .json()
            .get("id")
            .asText();
        String key = UUID.randomUUID().toString();
        Map<String, Object> note = Map.of("text", "Mother rang the office");
        assertThat(api.as("dsl").post("/api/incidents/" + id + "/notes", note, "Idempotency-Key", key).status())
            .isEqualTo(200);
        assertThat(api.as("dsl").post("/api/incidents/" + id + "/acknowledgement").status()).isEqualTo(200);
        long events = events();

        Api.Response repeat = api.as("dsl").post("/api/incidents/" + id + "/notes", note, "Idempotency-Key", key);

        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.header("Location")).isNull();
        assertThat(repeat.json().get("id").asText()).isEqualTo(id);
        assertThat(repeat.json().get("version").asLong()).isEqualTo(2);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void recordsOlderThanADayArePurgedAndTheirKeyCarriesOutAgain() {
        String oldKey = UUID.randomUUID().toString();
        String freshKey = UUID.randomUUID().toString();
        Map<String, Object> form = IncidentApiContract.yellowForm("Retried after two days");
        String firstId = api.as("teacher")
            .post("/api/incidents", form, "Idempotency-Key", oldKey)
            .json()
            .get("id")
            .asText();
        api.as("teacher")
            .post("/api/incidents", IncidentApiContract.yellowForm("Retried today"), "Idempotency-Key", freshKey);
        jdbc.update("update idempotency_record set created_at = ? where idempotency_key = ?",
                Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)), oldKey);

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from idempotency_record where idempotency_key in (?, ?)",
                Long.class, oldKey, freshKey))
            .isEqualTo(1);
        Api.Response afresh = api.as("teacher").post("/api/incidents", form, "Idempotency-Key", oldKey);
        assertThat(afresh.status()).isEqualTo(201);
        assertThat(afresh.header("Idempotent-Replayed")).isNull();
        assertThat(afresh.json().get("id").asText()).isNotEqualTo(firstId);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Long.class,
                IdempotencyPurge.TASK_NAME))
            .as("the purge recurs through db-scheduler")
            .isEqualTo(1);
    }

    private long events() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

}
