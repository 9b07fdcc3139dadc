package org.safeguarding.kernel.audit;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Seals every stored event into the chain, behind the store, so that appends never wait
 * for each other. A tracking processor with one segment: exactly one instance owns it at
 * a time, and its token (stored in the same transaction as the links) says how far the
 * chain has come, gaps included. A batch of events becomes one insert.
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

    /**
     * Collects the batch's events by identifier: a tracking token's position is the
     * highest index seen, which for an event that filled a gap is not its own.
     */
    @EventHandler
    void on(EventMessage<?> event) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<String> identifiers = batch.getOrComputeResource(BATCH, key -> {
            List<String> collected = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> {
                chain.seal(collected);
                checkpoints.issueIfDue();
            });
            return collected;
        });
        identifiers.add(event.getIdentifier());
    }

}
