package org.safeguarding.kernel.axon;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;

/**
 * Axon on the service's own DataSource through the JDBC storage engine, with snake_case
 * tables created by Flyway, and deadlines kept in db-scheduler's table so that they
 * survive a restart. Before Axon's JDBC and db-scheduler configurations, whose own
 * schemas, token store and deadline manager give way to these.
 */
@AutoConfiguration(before = { JdbcAutoConfiguration.class, AxonDbSchedulerAutoConfiguration.class })
public class AxonStorageConfiguration {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private static final Clock MILLISECONDS = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));

    /**
     * The JDBC store keeps event timestamps to the millisecond: stamping events so from
     * the start makes a live projection and one replayed from the store identical. Axon
     * stamps every event from one static clock; it is set here once the beans are made,
     * before any processor, request or deadline can create an event.
     */
    @Bean
    SmartInitializingSingleton millisecondEventTimestamps() {
        return () -> GenericEventMessage.clock = MILLISECONDS;
    }

    /**
     * A handler run in the transaction that stores the events (a view, a key erasure, an
     * evidence disposal: the processors set {@code subscribing}) fails that transaction
     * when it fails, so the command is refused and nothing is stored. Axon's default logs
     * and goes on, which would store a disposal whose key was never erased, or an
     * incident its view never shows. Tracking processors keep that default, so that one
     * bad event cannot stop every saga's clock: the deadline reconciler repairs what they
     * miss.
     */
    @Bean
    ConfigurerModule subscribingHandlersFailTheirTransaction(EventProcessorProperties processors) {
        return configurer -> processors.getProcessors().forEach((name, settings) -> {
            if (settings.getMode() == EventProcessorProperties.Mode.SUBSCRIBING) {
                configurer.eventProcessing()
                    .registerListenerInvocationErrorHandler(name, configuration -> PropagatingErrorHandler.instance());
            }
        });
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("token_timestamp")
            .setOwnerColumn("owner")
            .build();
    }

    /**
     * Each running instance claims processor segments under its own name, even two in one
     * JVM: Axon's default, the JVM's pid@host, would let two such instances both own one
     * segment and handle its events twice.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema schema) {
        return JdbcTokenStore.builder()
            .connectionProvider(connectionProvider)
            .serializer(serializer)
            .schema(schema)
            .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "#" + INSTANCES.incrementAndGet())
            .build();
    }

    /**
     * Connections come from the Spring transaction a unit of work runs in. Axon's default
     * also attaches the connection to the unit of work and closes it again at its
     * clean-up, after the transaction has handed it back to the pool; Hikari then forgets
     * the open statements of the request that borrowed it meanwhile, whose next statement
     * fails.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new GenericSagaSqlSchema(SagaSchema.builder()
            .sagaEntryTable("saga_entry")
            .revisionColumn("revision")
            .serializedSagaColumn("serialized_saga")
            .associationValueEntryTable("association_value_entry")
            .associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .sagaIdColumn("saga_id")
            .sagaTypeColumn("saga_type")
            .build());
    }

    @Bean
    LeastPrivilegeGrants leastPrivilegeGrants(DataSourceProperties dataSource) {
        return new LeastPrivilegeGrants(dataSource.getUsername());
    }

    /**
     * Declared with its concrete type: db-scheduler's task finds the manager by class
     * when a deadline is due.
     */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler, Configuration configuration,
            @Qualifier("eventSerializer") Serializer serializer, TransactionManager transactionManager,
            DeadlineManagerSpanFactory spanFactory) {
        return new TolerantDeadlineManager(DbSchedulerDeadlineManager.builder()
            .scheduler(scheduler)
            .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
            .serializer(serializer)
            .transactionManager(transactionManager)
            .spanFactory(spanFactory)
            .startScheduler(false)
            .stopScheduler(false), scheduler);
    }

}
