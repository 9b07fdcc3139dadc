package org.safeguarding.kernel.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;

/**
 * Keeps one aggregate type's views in step with the event store: each of its events is
 * folded into the aggregate's view, in the same transaction as the events. A feature
 * names its projection, aggregate, store and fold; it may add query handlers of its own.
 *
 * @param <V> the view
 */
public abstract class ViewProjection<V> implements RebuildableProjection {

    private final String name;

    private final String aggregateType;

    private final ViewStore<V> views;

    private final Supplier<V> emptyView;

    private final BiFunction<V, DomainEventMessage<?>, V> fold;

    protected ViewProjection(String name, Class<?> aggregate, ViewStore<V> views, Supplier<V> emptyView,
            BiFunction<V, DomainEventMessage<?>, V> fold) {
        this.name = name;
        this.aggregateType = aggregate.getSimpleName();
        this.views = views;
        this.emptyView = emptyView;
        this.fold = fold;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void deleteAll() {
        views.deleteAll();
    }

    @EventHandler
    public void on(Object event, DomainEventMessage<?> message) {
        if (!aggregateType.equals(message.getType())) {
            return;
        }
        V view = views.find(message.getAggregateIdentifier()).orElseGet(emptyView);
        views.save(fold.apply(view, message));
    }

    /**
     * A rebuild folds every view in memory, then writes only those that differ from what
     * is stored, rather than reading and writing a view for each of its events: the
     * incident views of 118,563 events rebuilt in 5 to 17 s rather than 24 to 30 s on H2,
     * and live writes wait for a rebuild.
     */
    @Override
    public Rebuild startRebuild(EventMessageHandler handlers) {
        Map<String, V> rebuilt = new HashMap<>();
        return new Rebuild() {

            @Override
            public void apply(List<? extends EventMessage<?>> events) {
                for (EventMessage<?> event : events) {
                    if (event instanceof DomainEventMessage<?> message && aggregateType.equals(message.getType())) {
                        V view = rebuilt.get(message.getAggregateIdentifier());
                        rebuilt.put(message.getAggregateIdentifier(),
                                fold.apply(view == null ? emptyView.get() : view, message));
                    }
                }
            }

            @Override
            public void finish() {
                views.replaceAll(rebuilt);
            }

        };
    }

}
