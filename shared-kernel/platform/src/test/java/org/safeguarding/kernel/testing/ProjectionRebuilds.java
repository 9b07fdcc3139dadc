package org.safeguarding.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds a running service's projections the way an administrator does: through
 * {@code /api/admin/projections}, as the demo admin.
 */
public final class ProjectionRebuilds {

    private ProjectionRebuilds() {
    }

    /** The projections the service can rebuild. */
    public static List<String> names(Api api) {
        return StreamSupport.stream(list(api).spliterator(), false).map(entry -> entry.get("name").asText()).toList();
    }

    /**
     * Rebuilds each projection in turn and waits until its rebuild has reached the head
     * of the event store.
     */
    public static void rebuildEach(Api api) {
        names(api).forEach(name -> rebuild(api, name));
    }

    /**
     * Rebuilds one projection and waits until its rebuild has reached the head of the
     * event store.
     */
    public static void rebuild(Api api, String name) {
        Api.Response accepted = api.as("admin").post("/api/admin/projections/" + name + "/replay");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> rebuilt(api, name));
    }

    /**
     * Rebuilds every projection and checks that each table reads as it did before: the
     * projections are exactly those the tables are given for, and none is empty.
     * @param tables each projection's name and the query that reads its whole table in a
     * stable order
     */
    public static void assertRebuildingKeepsEveryTable(Api api, JdbcTemplate jdbc, Map<String, String> tables) {
        Map<String, List<Map<String, Object>>> before = snapshot(jdbc, tables);
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        assertThat(names(api)).containsExactlyInAnyOrderElementsOf(tables.keySet());

        rebuildEach(api);

        assertThat(snapshot(jdbc, tables)).isEqualTo(before);
    }

    private static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc, Map<String, String> tables) {
        Map<String, List<Map<String, Object>>> snapshot = new TreeMap<>();
        tables.forEach((projection, query) -> snapshot.put(projection, jdbc.queryForList(query)));
        return snapshot;
    }

    /** Started (it has a head) and no longer replaying, having reached that head. */
    private static boolean rebuilt(Api api, String name) {
        for (JsonNode entry : list(api)) {
            if (entry.get("name").asText().equals(name)) {
                return entry.get("head").asLong() >= 0 && !entry.get("replaying").asBoolean()
                        && entry.get("position").asLong() == entry.get("head").asLong();
            }
        }
        return false;
    }

    private static JsonNode list(Api api) {
        Api.Response projections = api.as("admin").get("/api/admin/projections");
        assertThat(projections.status()).as(projections.toString()).isEqualTo(200);
        return projections.json();
    }

}
