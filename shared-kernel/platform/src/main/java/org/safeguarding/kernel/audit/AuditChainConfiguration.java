package org.safeguarding.kernel.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The event store every service uses, and the layers that prove it: a MAC per event at
 * append, the chain sealed behind the store, signed checkpoints, verification, signed
 * exports. Keys come from the key store, never the database. Before Axon's JDBC
 * configuration, whose own storage engine gives way to this one.
 */
@AutoConfiguration(before = { AxonAutoConfiguration.class, JdbcAutoConfiguration.class })
@EnableConfigurationProperties({ AuditProperties.class, ServiceName.class })
@Import(AuditVerificationController.class)
public class AuditChainConfiguration {

    @Bean
    AuditKeys auditKeys(AuditProperties properties) {
        return AuditKeys.open(properties.keyStore());
    }

    @Bean
    AuditChain auditChain(JdbcTemplate jdbc, AuditKeys keys) {
        return new AuditChain(jdbc, keys);
    }

    @Bean
    Checkpoints checkpoints(JdbcTemplate jdbc, AuditKeys keys, AuditChain chain, Clock clock, ServiceName service,
            AuditProperties properties) {
        return new Checkpoints(jdbc, keys, chain, clock, service.name(), properties);
    }

    @Bean
    AuditVerifier auditVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKeys keys,
            AuditChain chain, Checkpoints checkpoints, List<AuthenticatedRecords> otherRecords) {
        return new AuditVerifier(jdbc, transactions, keys, chain, checkpoints, otherRecords);
    }

    @Bean
    RecordSelfCheck recordSelfCheck(AuditVerifier verifier, MeterRegistry registry) {
        return new RecordSelfCheck(verifier, registry);
    }

    /**
     * One instance at a time checks the record, on top of each one's check at start-up;
     * the first time one period after the first start, which has just checked it.
     */
    @Bean
    RecurringTask<Void> recordSelfCheckTask(RecordSelfCheck check, AuditProperties properties) {
        return Tasks.recurring("record-self-check", new FirstRunOnePeriodOn(properties.verifyEvery()))
            .execute((instance, context) -> check.check());
    }

    /** A fixed delay whose first run is one delay after it is first scheduled. */
    private record FirstRunOnePeriodOn(Duration every) implements Schedule {

        @Override
        public Instant getInitialExecutionTime(Instant now) {
            return now.plus(every);
        }

        @Override
        public Instant getNextExecutionTime(ExecutionComplete done) {
            return FixedDelay.of(every).getNextExecutionTime(done);
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }

    }

    @Bean
    SignedExports signedExports(Checkpoints checkpoints, AuditKeys keys, ObjectMapper json) {
        return new SignedExports(checkpoints, keys, json);
    }

    @Bean
    ChainSealer chainSealer(AuditChain chain, Checkpoints checkpoints) {
        return new ChainSealer(chain, checkpoints);
    }

    /**
     * The sealer checks after each batch; this covers the quiet after the last event of a
     * busy spell.
     */
    @Bean
    RecurringTask<Void> checkpointWhenDue(Checkpoints checkpoints) {
        return Tasks.recurring("audit-checkpoint", FixedDelay.of(Duration.ofMinutes(1)))
            .execute((instance, context) -> checkpoints.issueIfDue());
    }

    /**
     * Snapshots are off: a snapshot row is outside the MAC and the chain, so none is ever
     * read.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer, Configuration configuration,
            ConnectionProvider connectionProvider, TransactionManager transactionManager, EventSchema eventSchema,
            AuditKeys keys) {
        var builder = JdbcEventStorageEngine.builder()
            .snapshotSerializer(defaultSerializer)
            .upcasterChain(configuration.upcasterChain())
            .persistenceExceptionResolver(persistenceExceptionResolver)
            .eventSerializer(eventSerializer)
            .snapshotFilter(SnapshotFilter.rejectAll())
            .connectionProvider(connectionProvider)
            .transactionManager(transactionManager)
            .schema(eventSchema);
        return new AuthenticatedJdbcEventStorageEngine(builder, eventSchema, keys);
    }

}
