package org.safeguarding.kernel.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.safeguarding.kernel.api.Reasoned;

/**
 * The clocks one saga keeps on persistent deadlines, told to the reconciler by the
 * service that owns them: what its read side says is running, how a scheduled deadline's
 * payload names one, and the command that puts one back.
 */
public interface ReconciledDeadlines {

    /**
     * A deadline the read side says is running, and when its owner's view last changed
     * (null: long ago).
     */
    record Expected(Deadline deadline, Instant ownerChangedAt) {
    }

    /** The saga that schedules these clocks as it follows the event store. */
    Class<?> saga();

    /**
     * Every deadline still running according to the read side (not met, not recorded as
     * missed).
     */
    List<Expected> expected();

    /**
     * The deadline a scheduled deadline's payload stands for; empty when the payload is
     * not one of these clocks.
     */
    Optional<Deadline> recognise(Object payload);

    /**
     * The command that records the repair on the owner; its saga then schedules the
     * deadline again.
     */
    Reasoned reinstate(Deadline missing, String reason);

}
