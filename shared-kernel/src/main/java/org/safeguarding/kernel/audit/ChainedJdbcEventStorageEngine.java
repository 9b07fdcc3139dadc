package org.safeguarding.kernel.audit;

import java.util.List;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/** Axon's JDBC storage engine, sealing every batch of events into the audit chain in the same transaction. */
public class ChainedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final AuditChain chain;
    private final TransactionManager transactionManager;

    public ChainedJdbcEventStorageEngine(Builder builder, AuditChain chain, TransactionManager transactionManager) {
        super(builder);
        this.chain = chain;
        this.transactionManager = transactionManager;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            chain.seal(events.stream().map(EventMessage::getIdentifier).toList());
        });
    }
}
