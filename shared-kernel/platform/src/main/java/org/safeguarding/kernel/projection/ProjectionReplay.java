package org.safeguarding.kernel.projection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection from the event store: feeds it every event up to the head (by
 * default into an emptied projection), in one transaction so that readers see either the
 * old state or the rebuilt one, never half of it. Reading the events runs on a second
 * thread and deserialising (and decrypting) them on every core, batches ahead of the
 * projection writing them, in order. Meanwhile the projection's live writes wait for the
 * rebuild ({@link LiveWrites}). Every {@link RebuildableProjection} bean of the service
 * is listed, by its name.
 */
public class ProjectionReplay {

    public record Progress(String name, long position, long head, boolean replaying) {
    }

    private static final int BATCH = 1_000;

    /** Batches read and being deserialised ahead of the writer. */
    private static final int AHEAD = 2 * Runtime.getRuntime().availableProcessors() + 2;

    /** Events read ahead of the writer; {@code last} ends the replay. */
    private record Batch(List<TrackedEventMessage<?>> events, boolean last) {

        static final CompletableFuture<Batch> LAST = CompletableFuture.completedFuture(new Batch(List.of(), true));

    }

    private final EventStorageEngine storage;

    private final TransactionTemplate transaction;

    private final Map<String, RebuildableProjection> projections;

    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    private final Map<String, LiveWrites> liveWrites;

    private final ExecutorService readers = Executors.newCachedThreadPool();

    private final ExecutorService deserialisers = Executors
        .newFixedThreadPool(Runtime.getRuntime().availableProcessors());

    public ProjectionReplay(EventStorageEngine storage, TransactionTemplate transaction, JdbcTemplate jdbc,
            List<RebuildableProjection> projections) {
        this.storage = storage;
        this.transaction = transaction;
        this.projections = projections.stream()
            .collect(Collectors.toUnmodifiableMap(RebuildableProjection::name, Function.identity()));
        this.liveWrites = this.projections.keySet()
            .stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), name -> new LiveWrites(name, jdbc)));
    }

    /**
     * What the named event processor's handlers go through: for a projection, its live
     * writes; nothing for another processor.
     */
    Optional<MessageHandlerInterceptor<EventMessage<?>>> liveWrites(String processor) {
        return Optional.ofNullable(liveWrites.get(processor));
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
        LiveWrites live = liveWrites.get(name);
        progress.put(name, new Progress(name, 0, -1, true));
        var reading = new AtomicReference<CompletableFuture<Void>>();
        try {
            Long replayed = transaction.execute(status -> {
                // Only once the live writes under way have ended: an event they stored is
                // then read.
                live.holdBack();
                long head = position(storage.createHeadToken());
                progress.put(name, new Progress(name, 0, head, true));
                BlockingQueue<CompletableFuture<Batch>> batches = new ArrayBlockingQueue<>(AHEAD);
                CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readUpTo(head, batches), readers);
                reading.set(reader);
                long count = 0;
                try {
                    RebuildableProjection.Rebuild rebuild = projection.startRebuild(handlers);
                    for (Batch batch = next(batches, reader); !batch.last(); batch = next(batches, reader)) {
                        rebuild.apply(batch.events());
                        count += batch.events().size();
                        long position = position(batch.events().get(batch.events().size() - 1).trackingToken());
                        progress.put(name, new Progress(name, position, head, true));
                    }
                    rebuild.finish();
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Replay of " + name + " interrupted", e);
                }
                catch (Exception e) {
                    throw new IllegalStateException("Replay of " + name + " failed", e);
                }
                return count;
            });
            return replayed == null ? 0 : replayed;
        }
        finally {
            live.resume();
            Optional.ofNullable(reading.get()).ifPresent(started -> started.cancel(true));
            progress.computeIfPresent(name, (key, last) -> new Progress(name, last.position(), last.head(), false));
        }
    }

    /**
     * Reads the events up to {@code head} in batches, each deserialised on another thread
     * so that the writer only writes.
     */
    private void readUpTo(long head, BlockingQueue<CompletableFuture<Batch>> batches) {
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (position(event.trackingToken()) > head) {
                    break;
                }
                batch.add(event);
                if (batch.size() == BATCH) {
                    batches.put(deserialised(batch));
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                batches.put(deserialised(batch));
            }
            batches.put(Batch.LAST);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<Batch> deserialised(List<TrackedEventMessage<?>> events) {
        return CompletableFuture.supplyAsync(() -> {
            events.forEach(event -> {
                event.getPayload();
                event.getMetaData();
            });
            return new Batch(events, false);
        }, deserialisers);
    }

    /**
     * The next batch, or the reader's or a deserialiser's failure as soon as it has
     * failed.
     */
    private static Batch next(BlockingQueue<CompletableFuture<Batch>> batches, CompletableFuture<Void> reading)
            throws InterruptedException {
        while (true) {
            CompletableFuture<Batch> batch = batches.poll(100, TimeUnit.MILLISECONDS);
            if (batch != null) {
                return batch.join();
            }
            if (reading.isDone()) {
                reading.join();
                throw new IllegalStateException("The event reader stopped before the head");
            }
        }
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
        deserialisers.shutdownNow();
    }

}
