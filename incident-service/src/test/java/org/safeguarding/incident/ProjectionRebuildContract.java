package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ProjectionRebuilds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every projection of incident-service, rebuilt from the event store by the
 * administrator's endpoint, comes back exactly as it was; run on H2 and on PostgreSQL by
 * the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class ProjectionRebuildContract {

    /**
     * Each projection's table, read in an order a rebuild keeps (row ids it does not).
     */
    private static final Map<String, String> TABLES = Map.of("incident-views",
            "select * from incident_view order by id", "timeline",
            "select * from timeline_entry order by incident_id, seq", "staff-availability",
            "select * from staff_availability order by username", "pupils-on-record",
            "select name, ref from pupil_on_record order by id", "retention",
            "select * from retention order by incident_id");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void rebuildingEveryProjectionGivesBackTheStateItStartedFrom() {
        recordASchoolWeek();

        ProjectionRebuilds.assertRebuildingKeepsEveryTable(api, jdbc, TABLES);
    }

    @Test
    void rebuildingTheTimelinePutsBackWhatSqlChangedDeletedOrAdded() {
        recordASchoolWeek();
        String timeline = TABLES.get("timeline");
        List<Map<String, Object>> before = jdbc.queryForList(timeline);
        List<Map<String, Object>> rows = jdbc.queryForList("select incident_id, seq from timeline_entry"
                + " where actor_via is null order by incident_id, seq fetch first 4 rows only");
        jdbc.update("update timeline_entry set summary = 'Nothing to see' where incident_id = ? and seq = ?",
                key(rows.get(0)));
        jdbc.update("update timeline_entry set at = at + interval '1' second where incident_id = ? and seq = ?",
                key(rows.get(1)));
        jdbc.update("update timeline_entry set actor_via = 'nobody' where incident_id = ? and seq = ?",
                key(rows.get(2)));
        jdbc.update("delete from timeline_entry where incident_id = ? and seq = ?", key(rows.get(3)));
        jdbc.update("insert into timeline_entry (incident_id, seq, at, type, summary)"
                + " values ('no-such-incident', 0, current_timestamp, 'IncidentReported', 'Never happened')");
        assertThat(jdbc.queryForList(timeline)).isNotEqualTo(before);

        ProjectionRebuilds.rebuild(api, "timeline");

        assertThat(jdbc.queryForList(timeline)).isEqualTo(before);
    }

    /**
     * Changes made while a projection is rebuilt wait for it, then are written on the
     * rebuilt state: none is lost to the rebuild or refused.
     */
    @Test
    void changesMadeWhileTheIncidentViewsAreRebuiltWaitForItAndAreKept() throws Exception {
        recordASchoolWeek();
        long incidents = jdbc.queryForObject("select count(*) from incident_view", Long.class);
        List<CompletableFuture<Api.Response>> changes;
        try (HeldRebuild held = HeldRebuild.ofTheIncidentViews(api, jdbc, transactions)) {
            changes = jdbc.queryForList("select id from incident_view where status <> 'CLOSED'", String.class)
                .stream()
                .map(incident -> CompletableFuture.supplyAsync(() -> api.as("head")
                    .post("/api/incidents/" + incident + "/notes", Map.of("text", "Spoke to the family"))))
                .collect(Collectors.toCollection(ArrayList::new));
            changes.add(CompletableFuture.supplyAsync(() -> api.as("teacher")
                .post("/api/incidents", IncidentApiContract.orangeForm("Fake account using the school's logo"))));
            Thread.sleep(1_000);
            assertThat(changes).noneMatch(CompletableFuture::isDone);
        }

        for (CompletableFuture<Api.Response> change : changes) {
            Api.Response answer = change.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !HeldRebuild.underWay(api, "incident-views"));
        assertThat(HeldRebuild.eachViewShowsItsLatestEvent(jdbc)).isEqualTo(incidents + 1);
        List<Map<String, Object>> rebuiltWhileChanged = jdbc.queryForList(TABLES.get("incident-views"));
        ProjectionRebuilds.rebuild(api, "incident-views");
        assertThat(jdbc.queryForList(TABLES.get("incident-views"))).isEqualTo(rebuiltWhileChanged);
    }

    /**
     * A change that has waited ten seconds for a rebuild is refused with a problem that
     * says why, and nothing of it is stored.
     */
    @Test
    void aChangeThatWaitsTooLongForARebuildIsRefusedAndChangesNothing() throws Exception {
        recordASchoolWeek();
        String open = jdbc.queryForObject("select min(id) from incident_view where status <> 'CLOSED'", String.class);
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        try (HeldRebuild held = HeldRebuild.ofTheIncidentViews(api, jdbc, transactions)) {
            Api.Response refused = api.as("head")
                .post("/api/incidents/" + open + "/notes", Map.of("text", "Spoke to the family"));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.json().get("type").asText()).isEqualTo("/problems/projection-rebuilding");
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !HeldRebuild.underWay(api, "incident-views"));
        ok(api.as("head").post("/api/incidents/" + open + "/notes", Map.of("text", "Spoke to the family")));
    }

    private static Object[] key(Map<String, Object> row) {
        return new Object[] { row.get("incident_id"), row.get("seq") };
    }

    /**
     * Reports on each form, taken through acknowledgement, notes, advice, a LADO referral
     * and closure, with staff availability changed on the way.
     */
    private void recordASchoolWeek() {
        ok(api.as("admin")
            .put("/api/staff/dsl/availability",
                    Map.of("available", false, "until", Instant.now().plus(2, ChronoUnit.DAYS).toString())));
        ok(api.as("computing").put("/api/staff/computing/availability", Map.of("available", true)));

        String orange = created(api.as("teacher")
            .post("/api/incidents", IncidentApiContract.orangeForm("Reply undermining the Year 2 teacher")));
        ok(api.as("computing").post("/api/incidents/" + orange + "/acknowledgement"));
        ok(api.as("computing")
            .post("/api/incidents/" + orange + "/moderation-actions",
                    Map.of("action", "REPORT_TO_PLATFORM", "note", "Reported as harassment")));
        ok(api.as("teacher").post("/api/incidents/" + orange + "/notes", Map.of("text", "The parent rang again")));

        String yellow = created(api.as("teacher2")
            .post("/api/incidents", IncidentApiContract.yellowForm("Pupil bullied in a group chat")));
        ok(api.as("deputy").post("/api/incidents/" + yellow + "/acknowledgement"));
        ok(api.as("deputy")
            .post("/api/incidents/" + yellow + "/closure",
                    Map.of("outcome", "RESOLVED", "rationale", "Parents met; the chat was closed")));

        String allegation = created(api.as("teacher")
            .post("/api/incidents", IncidentApiContract.allegation("Mr Green messaging a pupil privately")));
        ok(api.as("head").post("/api/incidents/" + allegation + "/acknowledgement"));
        ok(api.as("head")
            .post("/api/incidents/" + allegation + "/lado-referral",
                    Map.of("adult",
                            Map.of("name", "Mr Green", "role", "Teaching assistant", "employmentStatus", "Permanent"),
                            "allegation",
                            Map.of("what", "Sent private messages to a pupil", "when", "Last week", "where",
                                    "Instagram", "howItCameToLight", "The pupil told her teacher"),
                            "childrenInvolved", List.of("Amy Brown", "Ben Smith"), "actionsTaken",
                            "Account access suspended", "informed",
                            Map.of("parents", true, "police", false, "hr", true))));
        ok(api.as("head")
            .post("/api/incidents/" + allegation + "/advice", Map.of("from", "LADO", "summary",
                    "Suspend pending investigation", "receivedAt", Instant.now().minusSeconds(60).toString())));
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

}
