package org.safeguarding.kernel.projection;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;

/**
 * A projection that can be emptied and refilled from the event store by
 * {@link ProjectionReplay}.
 */
public interface RebuildableProjection {

    String name();

    void deleteAll();

    /**
     * Starts a rebuild, in the replay's transaction. By default the projection is emptied
     * and each event then goes through the projection's own handlers; a projection may
     * instead bring what it holds to what the events give, writing only the difference.
     */
    default Rebuild startRebuild(EventMessageHandler handlers) {
        deleteAll();
        return events -> {
            for (EventMessage<?> event : events) {
                handlers.handle(event);
            }
        };
    }

    /** A rebuild under way: every event of the store, in order, then its end. */
    interface Rebuild {

        void apply(List<? extends EventMessage<?>> events) throws Exception;

        /** Once every event has been applied. */
        default void finish() {
        }

    }

}
