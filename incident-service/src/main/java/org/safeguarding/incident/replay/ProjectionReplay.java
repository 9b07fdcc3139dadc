package org.safeguarding.incident.replay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection from the event store: empties it, then feeds it every event up to the head, in one
 * transaction so that readers see either the old state or the rebuilt one, never half of it.
 */
@Component
public class ProjectionReplay {

    public record Progress(String name, long position, long head, boolean replaying) {
    }

    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final Map<String, RebuildableProjection> projections;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    public ProjectionReplay(EventStore eventStore, TransactionTemplate transaction, List<RebuildableProjection> projections) {
        this.eventStore = eventStore;
        this.transaction = transaction;
        this.projections = projections.stream()
                .collect(Collectors.toUnmodifiableMap(RebuildableProjection::name, Function.identity()));
    }

    public List<String> names() {
        return projections.keySet().stream().sorted().toList();
    }

    public Optional<Progress> progress(String name) {
        return Optional.ofNullable(progress.get(name));
    }

    /** Rebuilds the named projection; answers the number of events it replayed. */
    public long rebuild(String name) {
        RebuildableProjection projection = projections.get(name);
        if (projection == null) {
            throw new IllegalArgumentException("No projection called " + name);
        }
        var handlers = new AnnotationEventHandlerAdapter(projection);
        long head = position(eventStore.createHeadToken());
        progress.put(name, new Progress(name, 0, head, true));
        try {
            Long replayed = transaction.execute(status -> {
                projection.deleteAll();
                long count = 0;
                try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
                    while (events.hasNextAvailable()) {
                        TrackedEventMessage<?> event = events.nextAvailable();
                        long position = position(event.trackingToken());
                        if (position > head) {
                            break;
                        }
                        handlers.handle(event);
                        count++;
                        progress.put(name, new Progress(name, position, head, true));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Replay of " + name + " interrupted", e);
                } catch (Exception e) {
                    throw new IllegalStateException("Replay of " + name + " failed", e);
                }
                return count;
            });
            return replayed == null ? 0 : replayed;
        } finally {
            progress.computeIfPresent(name, (key, last) -> new Progress(name, last.position(), head, false));
        }
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
