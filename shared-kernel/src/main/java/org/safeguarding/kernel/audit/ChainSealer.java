package org.safeguarding.kernel.audit;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Seals every stored event into the chain, behind the store, so that appends never wait for each other. A tracking
 * processor with one segment: exactly one instance owns it at a time, and its token (stored in the same transaction
 * as the links) says how far the chain has come, gaps included. A batch of events becomes one insert.
 */
@ProcessingGroup(ChainSealer.PROCESSING_GROUP)
class ChainSealer {

    static final String PROCESSING_GROUP = "audit-chain";
    private static final String BATCH = ChainSealer.class.getName() + ".batch";

    private final AuditChain chain;
    private final Checkpoints checkpoints;

    ChainSealer(AuditChain chain, Checkpoints checkpoints) {
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<Long> indexes = batch.getOrComputeResource(BATCH, key -> {
            List<Long> collected = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> {
                chain.seal(collected);
                checkpoints.issueIfDue();
            });
            return collected;
        });
        indexes.add(token.position().orElseThrow());
    }
}
