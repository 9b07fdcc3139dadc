package org.safeguarding.post.device;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.api.post.FindDevicesOf;
import org.springframework.stereotype.Component;

/**
 * Keeps the device register in step with the event store, in the transaction that stores
 * the events, so a device approved is cleared on the next call. Not yet one of the
 * projections the administrator rebuilds: that list is fixed by the rebuild contract
 * test.
 */
@Component
@ProcessingGroup(DeviceViewProjection.NAME)
class DeviceViewProjection {

    static final String NAME = "device-views";

    private static final String AGGREGATE_TYPE = Device.class.getSimpleName();

    private final DeviceViewRepository views;

    DeviceViewProjection(DeviceViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (AGGREGATE_TYPE.equals(message.getType())) {
            views.save(views.find(message.getAggregateIdentifier()).orElseGet(DeviceView::new).apply(message));
        }
    }

    @QueryHandler
    List<String> handle(FindDevicesOf query) {
        return views.stillReaching(query.username()).stream().map(DeviceView::id).toList();
    }

}
