package org.safeguarding.post.device;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default delivery, while the school has no e-mail set up: the passcode is shown only
 * to the headteacher, on their pending-devices list, and never logged. It is kept in
 * memory: after a restart the poster asks for a new one.
 */
@Component
class OnScreenDelivery implements PasscodeDelivery {

    private static final Logger log = LoggerFactory.getLogger(OnScreenDelivery.class);

    private final Map<String, Passcode> waiting = new ConcurrentHashMap<>();

    @Override
    public void deliver(DeviceView device, Passcode passcode) {
        waiting.put(device.id(), passcode);
        log.info("A passcode for device {} ('{}', account {}, registered by {}) waits for the headteacher until {}",
                device.id(), device.name(), device.accountId(), device.registeredBy(), passcode.expiresAt());
    }

    @Override
    public void withdraw(String deviceId) {
        waiting.remove(deviceId);
    }

    @Override
    public Optional<Passcode> onScreen(String deviceId) {
        return Optional.ofNullable(waiting.get(deviceId));
    }

}
