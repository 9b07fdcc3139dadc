package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.kernel.testing.Api;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild of the incident views, started by the administrator and held, just as it
 * writes back a view SQL has changed, by a transaction that has locked that row, until
 * closed.
 */
record HeldRebuild(CountDownLatch release, CompletableFuture<Void> holder) implements AutoCloseable {

    static final String INCIDENT_VIEWS = "incident-views";

    static HeldRebuild ofTheIncidentViews(Api api, JdbcTemplate jdbc, PlatformTransactionManager transactions)
            throws InterruptedException {
        String changed = jdbc.queryForObject("select min(id) from incident_view", String.class);
        jdbc.update("update incident_view set version = version + 7 where id = ?", changed);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture
            .runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.queryForList("select id from incident_view where id = ? for update", changed);
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        var held = new HeldRebuild(release, holder);
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            Api.Response accepted = api.as("admin").post("/api/admin/projections/" + INCIDENT_VIEWS + "/replay");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> underWay(api, INCIDENT_VIEWS));
            return held;
        }
        catch (RuntimeException | Error e) {
            held.close();
            throw e;
        }
    }

    /**
     * The projection's rebuild has read the head of the event store and not yet ended.
     */
    static boolean underWay(Api api, String projection) {
        for (JsonNode entry : api.as("admin").get("/api/admin/projections").json()) {
            if (entry.get("name").asText().equals(projection)) {
                return entry.get("replaying").asBoolean() && entry.get("head").asLong() >= 0;
            }
        }
        return false;
    }

    /**
     * Checks that each incident's view is at the sequence number of its latest event;
     * answers how many views there are.
     */
    static int eachViewShowsItsLatestEvent(JdbcTemplate jdbc) {
        Map<String, Long> views = versions(jdbc, "select id, version from incident_view");
        assertThat(views).isEqualTo(versions(jdbc, "select aggregate_identifier, max(sequence_number)"
                + " from domain_event_entry where type = 'Incident' group by aggregate_identifier"));
        return views.size();
    }

    private static Map<String, Long> versions(JdbcTemplate jdbc, String query) {
        Map<String, Long> versions = new TreeMap<>();
        jdbc.query(query, (RowCallbackHandler) row -> versions.put(row.getString(1), row.getLong(2)));
        return versions;
    }

    @Override
    public void close() {
        release.countDown();
        holder.join();
    }

}
