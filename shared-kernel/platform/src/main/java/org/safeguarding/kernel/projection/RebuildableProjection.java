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
     * Applies the next events of a replay, in order. By default each goes through the
     * projection's own handlers; a projection that only appends rows may write the whole
     * batch in one statement instead.
     */
    default void replay(List<? extends EventMessage<?>> events, EventMessageHandler handlers) throws Exception {
        for (EventMessage<?> event : events) {
            handlers.handle(event);
        }
    }

}
