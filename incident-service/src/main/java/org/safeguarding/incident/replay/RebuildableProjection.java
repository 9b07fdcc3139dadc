package org.safeguarding.incident.replay;

/** A projection that can be emptied and refilled from the event store by {@link ProjectionReplay}. */
public interface RebuildableProjection {

    String name();

    void deleteAll();
}
