package org.safeguarding.post.device;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.api.post.FindDevicesOf;
import org.safeguarding.kernel.projection.ViewProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps the device register in step with the event store, in the transaction that stores
 * the events, so a device approved is cleared on the next call.
 */
@Component
@ProcessingGroup(DeviceViewProjection.NAME)
class DeviceViewProjection extends ViewProjection<DeviceView> {

    static final String NAME = "device-views";

    private final DeviceViewRepository views;

    DeviceViewProjection(DeviceViewRepository views) {
        super(NAME, Device.class, views, DeviceView::new, DeviceView::apply);
        this.views = views;
    }

    @QueryHandler
    List<String> handle(FindDevicesOf query) {
        return views.stillReaching(query.username()).stream().map(DeviceView::id).toList();
    }

}
