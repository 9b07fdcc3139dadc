package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.PostgresDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two incident-service instances on one PostgreSQL, sharing the key store, with commands
 * sent to both: every event is chained exactly once, the record verifies, and each
 * deadline fires once, on whichever instance picks it up; a rebuild on one holds back the
 * other's changes to that projection.
 */
class TwoInstancesPostgresIT {

    private static final Duration DECISION_WITHIN = Duration.ofSeconds(3);

    @TempDir
    Path keys;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopBoth() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    private Api start(String databaseUrl) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IncidentServiceApplication.class)
            .profiles("demo")
            .run("--server.port=0", "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres", "--safeguarding.audit.key-store=" + keys,
                    "--safeguarding.lado.decision-within=" + DECISION_WITHIN,
                    "--safeguarding.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                    "--safeguarding.calendar.bank-holidays=", "--db-scheduler.polling-interval=500ms",
                    "--db-scheduler.scheduler-name=instance-" + (instances.size() + 1));
        instances.add(context);
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void everyEventIsChainedOnceAndEveryDeadlineFiresOnce() throws InterruptedException {
        String database = PostgresDatabases.newDatabaseUrl();
        List<Api> both = List.of(start(database), start(database));
        JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);

        List<String> allegations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Api reportedAt = both.get(i % 2);
            Api acknowledgedAt = both.get((i + 1) % 2);
            Api.Response reported = reportedAt.as("teacher")
                .post("/api/incidents", i % 4 == 0 ? IncidentApiContract.allegation("Allegation " + i)
                        : IncidentApiContract.yellowForm("Concern " + i));
            assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
            String id = reported.json().get("id").asText();
            if (i % 4 == 0) {
                allegations.add(id);
                assertThat(acknowledgedAt.as("head").post("/api/incidents/" + id + "/acknowledgement").status())
                    .isEqualTo(200);
            }
            else {
                assertThat(acknowledgedAt.as("dsl")
                    .post("/api/incidents/" + id + "/notes", Map.of("text", "Seen on the other instance"))
                    .status()).isEqualTo(200);
            }
        }

        for (String allegation : allegations) {
            await().atMost(Duration.ofSeconds(40)).until(() -> missedDecisions(jdbc, allegation) >= 1);
        }
        Thread.sleep(DECISION_WITHIN.multipliedBy(2).toMillis());
        allegations.forEach(allegation -> assertThat(missedDecisions(jdbc, allegation)).as(() -> jdbc
            .queryForList("select global_index, time_stamp, payload_type, convert_from(payload, 'UTF8') as payload, "
                    + "convert_from(meta_data, 'UTF8') as meta from domain_event_entry "
                    + "where aggregate_identifier = ? order by sequence_number", allegation)
            .toString()).isEqualTo(1));

        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        JsonNode verification = await().atMost(Duration.ofSeconds(20))
            .until(() -> both.get(1).as("governor").get("/api/audit/verification").json(),
                    result -> result.get("pending").asLong() == 0 && result.get("position").asLong() == events);
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
        assertThat(jdbc.queryForObject("select count(distinct global_index) from audit_link", Long.class))
            .isEqualTo(events);
        assertThat(jdbc.queryForObject("select max(position) from audit_link", Long.class)).isEqualTo(events);
    }

    /**
     * A rebuild on one instance holds back the changes sent to the other until it has
     * committed; each is then written on the rebuilt views: none lost, none refused.
     */
    @Test
    void changesSentToAnotherInstanceWaitForARebuildAndAreKept() throws Exception {
        String database = PostgresDatabases.newDatabaseUrl();
        List<Api> both = List.of(start(database), start(database));
        JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);
        List<String> incidents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Api.Response reported = both.get(i % 2)
                .as("teacher")
                .post("/api/incidents", IncidentApiContract.yellowForm("Concern " + i));
            assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
            incidents.add(reported.json().get("id").asText());
        }

        List<CompletableFuture<Api.Response>> notes;
        try (HeldRebuild held = HeldRebuild.ofTheIncidentViews(both.get(0), jdbc,
                instances.get(0).getBean(PlatformTransactionManager.class))) {
            notes = incidents.stream()
                .map(incident -> CompletableFuture.supplyAsync(() -> both.get(1)
                    .as("dsl")
                    .post("/api/incidents/" + incident + "/notes", Map.of("text", "Seen on the other instance"))))
                .toList();
            Thread.sleep(1_000);
            assertThat(notes).noneMatch(CompletableFuture::isDone);
        }

        for (CompletableFuture<Api.Response> note : notes) {
            Api.Response answer = note.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30))
            .until(() -> !HeldRebuild.underWay(both.get(0), HeldRebuild.INCIDENT_VIEWS));
        assertThat(HeldRebuild.eachViewShowsItsLatestEvent(jdbc)).isEqualTo(incidents.size());
    }

    private static long missedDecisions(JdbcTemplate jdbc, String incidentId) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type = ?",
                Long.class, incidentId, "org.safeguarding.kernel.api.incident.DeadlineMissed");
    }

}
