package org.safeguarding.post.device;

import java.util.Optional;

/**
 * How a new device's passcode reaches the headteacher (004:28: "a message is sent to the
 * Headteacher"). The default shows it on the headteacher's own screens; an e-mail or text
 * adapter would take its place.
 */
interface PasscodeDelivery {

    void deliver(DeviceView device, Passcode passcode);

    /** The passcode is used or void: stop showing or sending it. */
    void withdraw(String deviceId);

    /**
     * The passcode shown to the headteacher on their screens, where this delivery does
     * that.
     */
    Optional<Passcode> onScreen(String deviceId);

}
