package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceCrashContract;

/**
 * A report answered 201 is on disk: the service, a real process from the jar, is killed
 * with SIGKILL straight after a burst of reports and started again on the same database;
 * every report is there and the escalation deadline of the last one still fires.
 */
abstract class CrashSafetyContract extends ServiceCrashContract {

    private static final int BURST = 60;

    @Test
    void everyReportAnsweredCreatedSurvivesAKillStraightAfterAndItsDeadlineStillFires() {
        startWithAFiveSecondDeadline("incident-service", "safeguarding.escalation.acknowledge-within");

        List<String> acknowledged = new ArrayList<>();
        for (int i = 1; i <= BURST; i++) {
            Api.Response created = service.api()
                .as("teacher")
                .post("/api/incidents", IncidentApiContract.orangeForm("Report " + i + " of a burst"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            acknowledged.add(created.json().get("id").asText());
        }
        service.crash();
        service.start();

        Api api = service.api();
        List<String> lost = acknowledged.stream()
            .filter(id -> api.as("dsl").get("/api/incidents/" + id).status() != 200)
            .toList();
        assertThat(lost).as("reports answered 201 but gone after kill -9").isEmpty();
        String last = acknowledged.get(BURST - 1);
        assertThat(api.as("dsl").get("/api/incidents/" + last).json().get("summary").asText())
            .isEqualTo("Report " + BURST + " of a burst");

        JsonNode escalation = await().atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> entry(api.as("dsl").get("/api/incidents/" + last + "/timeline").json(), "EscalatedToDSL"),
                    entry -> entry != null);
        assertThat(escalation.get("actor").get("username").asText()).isEqualTo("system");
    }

    private static JsonNode entry(JsonNode timeline, String type) {
        for (JsonNode entry : timeline) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        return null;
    }

}
