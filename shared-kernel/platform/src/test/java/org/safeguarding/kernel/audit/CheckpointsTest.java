package org.safeguarding.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.testing.MutableClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * When checkpoints are signed: at least every interval while the chain grows, never for a
 * chain that has not moved, and for every export, reusing the newest one when it already
 * stands at the head. Each says exactly what API.md says it signs.
 */
class CheckpointsTest {

    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path keyStore;

    private JdbcTemplate jdbc;

    private AuditKeys keys;

    private AuditChain chain;

    private final MutableClock clock = new MutableClock(NINE);

    private Checkpoints checkpoints;

    @BeforeEach
    void freshStore() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
                "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kernel").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        keys = AuditKeys.open(keyStore.resolve("keys"));
        chain = new AuditChain(jdbc, keys);
        checkpoints = new Checkpoints(jdbc, keys, chain, clock, "incident-service",
                new AuditProperties(keyStore, Duration.ofMinutes(15), Duration.ofMillis(200), Duration.ofDays(1)));
    }

    private void storeAndSeal(int events) {
        for (int i = 0; i < events; i++) {
            jdbc.update(
                    "insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                            + "time_stamp, " + "payload_type, payload, mac) values (?, 'a', ?, ?, 'T', ?, ?)",
                    UUID.randomUUID().toString(),
                    jdbc.queryForObject("select count(*) from domain_event_entry", Long.class),
                    clock.instant().toString(), new byte[] { 1 }, "m");
        }
        chain.seal(jdbc.queryForList(
                "select event_identifier from domain_event_entry e where not exists "
                        + "(select 1 from audit_link l where l.global_index = e.global_index) order by global_index",
                String.class));
    }

    private long signed() {
        return jdbc.queryForObject("select count(*) from audit_checkpoint", Long.class);
    }

    @Test
    void theFirstSealedEventsAreSignedAtOnceAndThenAtMostEveryInterval() {
        storeAndSeal(3);
        checkpoints.issueIfDue();
        assertThat(signed()).isEqualTo(1);

        clock.set(NINE.plus(Duration.ofMinutes(14)));
        storeAndSeal(2);
        checkpoints.issueIfDue();
        assertThat(signed()).isEqualTo(1);

        clock.set(NINE.plus(Duration.ofMinutes(15)));
        checkpoints.issueIfDue();
        assertThat(signed()).isEqualTo(2);
        assertThat(checkpoints.newest().orElseThrow().position()).isEqualTo(5);
    }

    @Test
    void aChainThatHasNotMovedIsNotSignedAgain() {
        storeAndSeal(1);
        checkpoints.issueIfDue();
        clock.set(NINE.plus(Duration.ofHours(3)));

        checkpoints.issueIfDue();

        assertThat(signed()).isEqualTo(1);
    }

    @Test
    void anExportGetsACheckpointAtTheHeadReusingTheNewestWhenItStandsThere() {
        storeAndSeal(2);
        Checkpoints.Checkpoint first = checkpoints.forExport();
        Checkpoints.Checkpoint again = checkpoints.forExport();
        storeAndSeal(1);
        Checkpoints.Checkpoint after = checkpoints.forExport();

        assertThat(first.position()).isEqualTo(2);
        assertThat(again).isEqualTo(first);
        assertThat(after.position()).isEqualTo(3);
        assertThat(after.head()).isEqualTo(chain.head().link());
        assertThat(signed()).isEqualTo(2);
    }

    @Test
    void aCheckpointSignsItsServicePositionHeadAndTimeAsApiMdGivesThem() {
        storeAndSeal(1);
        Checkpoints.Checkpoint checkpoint = checkpoints.forExport();
        byte[] text = ("incident-service\n1\n" + checkpoint.head() + "\n2026-11-23T09:00:00Z\n")
            .getBytes(StandardCharsets.UTF_8);

        assertThat(checkpoint.issuedAt()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(keys.verify(text, Base64.getDecoder().decode(checkpoint.signature()))).isTrue();
        assertThat(checkpoints.authentic(checkpoint)).isTrue();
        assertThat(checkpoints.authentic(new Checkpoints.Checkpoint("incident-service", 1, checkpoint.head(),
                "2026-11-23T09:00:01Z", checkpoint.signature())))
            .isFalse();
        assertThat(checkpoints.page(0, 10).content()).isEqualTo(List.of(checkpoint));
    }

}
