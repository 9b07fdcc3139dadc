package org.safeguarding.post.device;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The bodies of the device calls and the answers that carry a secret. A missing name or
 * reason, or a personal device offered as a school one, is a business rule (422).
 */
final class DeviceRequests {

    private DeviceRequests() {
    }

    record Registration(@Size(max = 100) String name, boolean schoolOwned) {
    }

    record Approval(@NotBlank @Size(max = 20) String passcode) {
    }

    record EmergencyAccess(@Size(max = 2_000) String reason) {
    }

    /**
     * A device just registered, with the token it keeps: shown this once, never again.
     */
    record IssuedDevice(@JsonUnwrapped DeviceView device, String deviceToken) {
    }

    /** A device waiting for the headteacher, with the passcode shown to them, if any. */
    record PendingDevice(@JsonUnwrapped DeviceView device, String passcode, Instant passcodeExpiresAt) {
    }

}
