package org.safeguarding.incident.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.audit.AuditKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

class AccessLogTest {

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    @TempDir
    Path keyStore;

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

    private AccessLog accessLog() {
        return new AccessLog(jdbc, Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC),
                AuditKeys.open(keyStore), mock(EventBus.class), mock(Serializer.class),
                mock(PlatformTransactionManager.class), Duration.ofMinutes(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageOfAHundredIncidentsIsLoggedAsOneBatchStatementWithOneMacedEntryEach() {
        List<String> page = IntStream.range(0, 100).mapToObj(i -> "incident-" + i).toList();

        accessLog().record(DSL, AccessLog.Action.LIST, page);

        ArgumentCaptor<List<Object[]>> rows = ArgumentCaptor.forClass(List.class);
        verify(jdbc).batchUpdate(anyString(), rows.capture());
        verifyNoMoreInteractions(jdbc);
        assertThat(rows.getValue()).hasSize(100);
        assertThat(rows.getValue())
            .allSatisfy(row -> assertThat(row[row.length - 1]).as("the MAC, last").asString().hasSize(64));
        assertThat(rows.getValue().stream().map(row -> row[0])).containsExactlyElementsOf(page);
    }

    @Test
    void anEmptyPageCostsNoStatement() {
        accessLog().record(DSL, AccessLog.Action.DASHBOARD, List.of());

        verifyNoInteractions(jdbc);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIncidentShownTwiceInOneResponseIsLoggedOnce() {
        accessLog().record(DSL, AccessLog.Action.AUDIT_PAGE, List.of("a", "b", "a"));

        ArgumentCaptor<List<Object[]>> rows = ArgumentCaptor.forClass(List.class);
        verify(jdbc).batchUpdate(anyString(), rows.capture());
        assertThat(rows.getValue().stream().map(row -> row[0])).containsExactly("a", "b");
    }

}
