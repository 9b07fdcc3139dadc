package org.safeguarding.post.device;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Adds to every command sent during a request the device it came from (for the audit
 * metadata) and, when devices are required, what that device is cleared for: the account
 * of an approved school device, or of a personal device in its emergency allowance for
 * its own user; nothing otherwise. Decided once, at dispatch, from the token presented.
 */
class DeviceClearanceInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final DeviceViewRepository views;

    private final Clock clock;

    private final boolean required;

    DeviceClearanceInterceptor(DeviceViewRepository views, Clock clock, boolean required) {
        this.views = views;
        this.clock = clock;
        this.required = required;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(DeviceClearance.CLEARED_FOR)) {
                return command;
            }
            Optional<DeviceView> device = presentedDevice();
            String username = CurrentActor.get().map(Actor::username).orElse("");
            Map<String, Object> additions = new HashMap<>();
            device.ifPresent(found -> additions.put(DeviceClearance.DEVICE_ID, found.id()));
            if (required) {
                additions.put(DeviceClearance.CLEARED_FOR,
                        device.filter(found -> found.clears(username, clock.instant()))
                            .map(DeviceView::accountId)
                            .orElse(""));
            }
            return additions.isEmpty() ? command : command.andMetaData(additions);
        };
    }

    private Optional<DeviceView> presentedDevice() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        return DeviceTokens.presentedBy(attributes.getRequest())
            .map(DeviceTokens::hash)
            .flatMap(views::findByTokenHash);
    }

}
