package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.safeguarding.incident.escalation.EscalationSaga;
import org.safeguarding.kernel.deadline.DeadlineReconciler;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ReconcilerPasses;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone deletes the deadlines from {@code scheduled_tasks} by SQL: the reconciler puts
 * them back, the record says so, and the incident's clocks still run out for real
 * (seconds instead of a working day, every day working).
 */
abstract class DeadlineReconcilerContract {

    private static final Duration ACKNOWLEDGE_WITHIN = Duration.ofSeconds(5);

    private static final String REINSTATED_BECAUSE = "The scheduler no longer held this deadline";

    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    /** A fresh database that survives the service being stopped and started again. */
    abstract List<String> databaseProperties();

    @AfterEach
    void stopAll() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext start(List<String> database) {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of("server.port=0", "safeguarding.escalation.acknowledge-within=" + ACKNOWLEDGE_WITHIN,
                "safeguarding.lado.decision-within=" + ACKNOWLEDGE_WITHIN,
                "safeguarding.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "safeguarding.calendar.bank-holidays=", "db-scheduler.polling-interval=500ms",
                // Only the start-up pass and the passes a test runs itself.
                "safeguarding.reconciler.interval=PT1H", "safeguarding.reconciler.settle=PT0S"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IncidentServiceApplication.class)
            .profiles("demo")
            .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
        running.add(context);
        ReconcilerPasses.awaitStartUpPass(context.getBean(JdbcTemplate.class));
        return context;
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static String report(Api api, Map<String, Object> form) {
        Api.Response created = api.as("teacher").post("/api/incidents", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** Waits until the saga has scheduled the incident's clocks. */
    private static void awaitScheduled(ConfigurableApplicationContext context, int deadlines) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'AxonDeadline'",
                    Integer.class) == deadlines);
    }

    private static void deleteEveryScheduledTask(ConfigurableApplicationContext context) {
        context.getBean(JdbcTemplate.class).update("delete from scheduled_tasks");
    }

    private static JsonNode awaitView(Api api, String username, String id, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(40))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> api.as(username).get("/api/incidents/" + id).json(), condition);
    }

    private static JsonNode timelineEntry(Api api, String username, String id, String type) {
        for (JsonNode entry : api.as(username).get("/api/incidents/" + id + "/timeline").json()) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("No " + type + " on the timeline of " + id);
    }

    @Test
    void aClockDeletedBySqlIsPutBackAtStartUpAndStillEscalatesTheIncident() throws InterruptedException {
        List<String> database = databaseProperties();
        ConfigurableApplicationContext before = start(database);
        String id = report(api(before),
                IncidentApiContract.orangeForm("Its clock is deleted before anyone picks it up"));
        Instant due = Instant.parse(
                api(before).as("dsl").get("/api/incidents/" + id).json().get("deadlines").get(0).get("due").asText());
        awaitScheduled(before, 1);
        deleteEveryScheduledTask(before);
        running.remove(0).close();

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 500);
        Api after = api(start(database));

        awaitView(after, "dsl", id, view -> view.get("level").asText().equals("DSL"));
        List<String> types = after.as("dsl").get("/api/incidents/" + id + "/timeline").json().findValuesAsText("type");
        assertThat(types).containsExactly("IncidentReported", "DeadlineReinstated", "EscalatedToDSL");
        JsonNode reinstated = timelineEntry(after, "dsl", id, "DeadlineReinstated");
        assertThat(reinstated.get("actor").get("username").asText()).isEqualTo("system");
        assertThat(reinstated.get("actor").get("role").asText()).isEqualTo("SYSTEM");
        assertThat(reinstated.get("reason").asText()).startsWith(REINSTATED_BECAUSE);
        assertThat(reinstated.get("summary").asText())
            .isEqualTo("Acknowledgement deadline at COMPUTING_LEAD level reinstated, due " + due
                    + ": it was missing from the scheduler");
        assertThat(timelineEntry(after, "dsl", id, "EscalatedToDSL").get("actor").get("username").asText())
            .isEqualTo("system");
        assertThat(after.as("admin").get("/actuator/prometheus").body())
            .contains("safeguarding_deadlines_reinstated_total{kind=\"ACKNOWLEDGEMENT\"");
    }

    @Test
    void aClockItsSagaHasNotReachedYetIsLateNotMissingAndNoRepairIsRecorded() {
        ConfigurableApplicationContext service = start(databaseProperties());
        Api api = api(service);
        DeadlineReconciler reconciler = service.getBean(DeadlineReconciler.class);
        EventProcessor saga = service.getBean(EventProcessingConfiguration.class)
            .sagaEventProcessor(EscalationSaga.class)
            .orElseThrow();
        saga.shutDown();
        String id = report(api, IncidentApiContract.orangeForm("Reported while the escalation saga is far behind"));

        assertThat(reconciler.reconcile()).as("the saga has not reached the report: its clock is late, not missing")
            .isZero();

        saga.start();
        awaitScheduled(service, 1);
        assertThat(reconciler.reconcile()).isZero();
        assertThat(api.as("dsl").get("/api/incidents/" + id + "/timeline").json().findValuesAsText("type"))
            .containsExactly("IncidentReported");
    }

    @Test
    void aClockDeletedWhileRunningIsPutBackByTheNextPassAndAcknowledgingMeanwhileStillWorks() {
        ConfigurableApplicationContext service = start(databaseProperties());
        Api api = api(service);
        DeadlineReconciler reconciler = service.getBean(DeadlineReconciler.class);
        String id = report(api, IncidentApiContract.allegation("Both its clocks are deleted"));
        awaitScheduled(service, 2);
        assertThat(reconciler.reconcile()).as("nothing is missing yet").isZero();
        deleteEveryScheduledTask(service);

        assertThat(api.as("head").post("/api/incidents/" + id + "/acknowledgement").status()).isEqualTo(200);
        // Passes until the saga has seen the acknowledgement find nothing missing for the
        // incident: its clocks are late, not missing.
        AtomicInteger repaired = new AtomicInteger();
        await().atMost(Duration.ofSeconds(20)).until(() -> repaired.addAndGet(reconciler.reconcile()) > 0);
        assertThat(reconciler.reconcile()).isZero();
        assertThat(repaired).as("only the LADO decision is still due").hasValue(1);

        awaitView(api, "head", id, view -> view.get("deadlines").get(0).get("overdue").asBoolean());
        JsonNode reinstated = timelineEntry(api, "head", id, "DeadlineReinstated");
        assertThat(reinstated.get("summary").asText()).startsWith("LADO decision deadline at SLT level reinstated");
        assertThat(reinstated.get("actor").get("username").asText()).isEqualTo("system");
        await().atMost(Duration.ofSeconds(20))
            .until(() -> api.as("head")
                .get("/api/incidents/" + id + "/timeline")
                .json()
                .findValuesAsText("summary")
                .contains("LADO decision overdue at SLT level"));
    }

}
