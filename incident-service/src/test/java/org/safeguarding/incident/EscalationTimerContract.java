package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The escalation clocks for real: db-scheduler deadlines on the service's own database, a
 * seven-day calendar and seconds instead of a working day, across a restart of the
 * service.
 */
abstract class EscalationTimerContract {

    private static final Duration ACKNOWLEDGE_WITHIN = Duration.ofSeconds(4);

    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    /** A fresh database that survives the service being stopped and started again. */
    abstract List<String> databaseProperties();

    @AfterEach
    void stopAll() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    private Api start(List<String> database) {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of("server.port=0", "safeguarding.escalation.acknowledge-within=" + ACKNOWLEDGE_WITHIN,
                "safeguarding.lado.decision-within=" + ACKNOWLEDGE_WITHIN,
                "safeguarding.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "safeguarding.calendar.bank-holidays=", "db-scheduler.polling-interval=500ms"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IncidentServiceApplication.class)
            .profiles("demo")
            .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
        running.add(context);
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static String report(Api api, Map<String, Object> form) {
        Api.Response created = api.as("teacher").post("/api/incidents", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static JsonNode awaitView(Api api, String id, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(40))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> api.as("dsl").get("/api/incidents/" + id).json(), condition);
    }

    @Test
    void anUnacknowledgedIncidentClimbsTheLadderAndIsOverdueAtTheTop() {
        Api api = start(databaseProperties());
        String id = report(api, IncidentApiContract.orangeForm("Nobody picks this up"));

        awaitView(api, id, view -> view.get("level").asText().equals("DSL"));
        JsonNode timeline = api.as("dsl").get("/api/incidents/" + id + "/timeline").json();
        JsonNode escalation = timeline.get(1);
        assertThat(escalation.get("type").asText()).isEqualTo("EscalatedToDSL");
        assertThat(escalation.get("actor").get("username").asText()).isEqualTo("system");
        assertThat(escalation.get("actor").get("role").asText()).isEqualTo("SYSTEM");
        assertThat(escalation.get("reason").asText()).startsWith("Not acknowledged at COMPUTING_LEAD level by");

        awaitView(api, id, view -> view.get("level").asText().equals("SLT"));
        JsonNode overdue = awaitView(api, id,
                view -> view.get("deadlines").get(0).get("overdue").asBoolean() && api.as("dsl")
                    .get("/api/incidents/" + id + "/timeline")
                    .json()
                    .findValuesAsText("type")
                    .contains("DeadlineMissed"));

        assertThat(overdue.get("assignedRole").asText()).isEqualTo("HEADTEACHER");
        JsonNode dashboard = api.as("dsl").get("/api/dashboard").json();
        assertThat(dashboard.get("overdue").findValuesAsText("incidentId")).contains(id);
        assertThat(api.as("admin").get("/actuator/prometheus").body())
            .contains("safeguarding_incidents_escalated_total{from=\"DSL\",to=\"SLT\",trigger=\"automatic\"")
            .contains("safeguarding_deadlines_overdue_total{kind=\"ACKNOWLEDGEMENT\",level=\"SLT\"");
    }

    /**
     * A deadline is stored in db-scheduler's table, outside the encrypted events: it
     * keeps when and what, never the reason the person who set it gave (which may name a
     * child).
     */
    @Test
    void aDeadlineKeepsNoneOfTheReasonItWasSetWith() {
        Api api = start(databaseProperties());
        JdbcTemplate jdbc = running.get(0).getBean(JdbcTemplate.class);
        String id = report(api, IncidentApiContract.orangeForm("Screenshots shared in a group chat"));
        List<String> reported = await().atMost(Duration.ofSeconds(20))
            .until(() -> acknowledgementDeadlines(jdbc), deadlines -> !deadlines.isEmpty());

        Api.Response escalated = api.as("computing")
            .post("/api/incidents/" + id + "/escalation", Map.of("to", "DSL", "reason", "Amy Quennell is named in it"));
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);

        List<String> escalatedDeadlines = await().atMost(Duration.ofSeconds(20))
            .until(() -> acknowledgementDeadlines(jdbc),
                    deadlines -> !deadlines.isEmpty() && !deadlines.equals(reported));
        assertThat(escalatedDeadlines).noneMatch(data -> data.contains("Quennell"));
    }

    private static List<String> acknowledgementDeadlines(JdbcTemplate jdbc) {
        return jdbc.queryForList("select task_data from scheduled_tasks where task_data is not null", byte[].class)
            .stream()
            .map(data -> new String(data, StandardCharsets.ISO_8859_1))
            .filter(data -> data.contains("acknowledgement"))
            .toList();
    }

    @Test
    void anAcknowledgedIncidentStaysWhereItIs() throws InterruptedException {
        Api api = start(databaseProperties());
        String id = report(api, IncidentApiContract.orangeForm("Picked up in time"));
        assertThat(api.as("computing").post("/api/incidents/" + id + "/acknowledgement").status()).isEqualTo(200);

        Thread.sleep(ACKNOWLEDGE_WITHIN.multipliedBy(2).toMillis());

        JsonNode view = api.as("dsl").get("/api/incidents/" + id).json();
        assertThat(view.get("level").asText()).isEqualTo("COMPUTING_LEAD");
        assertThat(api.as("dsl").get("/api/incidents/" + id + "/timeline").json()).hasSize(2);
    }

    @Test
    void aMissedLadoDecisionShowsOnTheTimelineAndTheDashboard() {
        Api api = start(databaseProperties());
        String id = report(api, IncidentApiContract.allegation("Allegation with no decision"));
        api.as("head").post("/api/incidents/" + id + "/acknowledgement");

        await().atMost(Duration.ofSeconds(40))
            .until(() -> api.as("head")
                .get("/api/incidents/" + id + "/timeline")
                .json()
                .findValuesAsText("summary")
                .contains("LADO decision overdue at SLT level"));

        JsonNode view = api.as("head").get("/api/incidents/" + id).json();
        assertThat(view.get("deadlines").get(0).get("kind").asText()).isEqualTo("LADO_DECISION");
        assertThat(view.get("deadlines").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(api.as("dsl").get("/api/dashboard").json().get("overdue").findValuesAsText("kind"))
            .contains("LADO_DECISION");
    }

    @Test
    void aDeadlinePendingAcrossARestartStillFiresAfterIt() throws InterruptedException {
        List<String> database = databaseProperties();
        Api before = start(database);
        String id = report(before, IncidentApiContract.orangeForm("Reported just before the server went down"));
        running.remove(0).close();

        Thread.sleep(ACKNOWLEDGE_WITHIN.plusSeconds(1).toMillis());
        Api after = start(database);

        JsonNode escalated = awaitView(after, id, view -> view.get("level").asText().equals("DSL"));
        assertThat(escalated.get("acknowledged").asBoolean()).isFalse();
        assertThat(after.as("dsl")
            .get("/api/incidents/" + id + "/timeline")
            .json()
            .get(1)
            .get("actor")
            .get("username")
            .asText()).isEqualTo("system");
    }

}
