package org.safeguarding.post.device;

import java.time.Clock;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every command learns the device it came from, and its events keep it in their audit
 * metadata.
 */
@Configuration
class DeviceConfiguration {

    @Bean
    static CorrelationDataProvider deviceCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(DeviceClearance.DEVICE_ID);
    }

    @Autowired
    void registerClearance(CommandBus commandBus, DeviceViewRepository views, Clock clock,
            DeviceProperties properties) {
        commandBus.registerDispatchInterceptor(new DeviceClearanceInterceptor(views, clock, properties.required()));
    }

}
