package org.safeguarding.post.device;

import java.util.Map;

import org.safeguarding.kernel.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the device a command came from may do, as decided when it was sent (see
 * {@link DeviceClearanceInterceptor}): nothing is required when devices are not enforced;
 * otherwise it acts only on the one account it is approved for. Posting and moderation
 * take it as a handler parameter and ask before they decide.
 *
 * @param required whether the school requires an approved device
 * @param clearedFor the account the device may act on, or empty
 * @param deviceId the device the command came from, or null
 */
public record DeviceClearance(boolean required, String clearedFor, String deviceId) {

    /** The device the command came from, for the audit metadata of what it causes. */
    static final String DEVICE_ID = "deviceId";

    /**
     * Present only when devices are required: the account the device may act on, or "".
     */
    static final String CLEARED_FOR = "deviceClearedFor";

    private static final Logger log = LoggerFactory.getLogger(DeviceClearance.class);

    static DeviceClearance of(Map<String, ?> metaData) {
        Object cleared = metaData.get(CLEARED_FOR);
        Object device = metaData.get(DEVICE_ID);
        return new DeviceClearance(cleared != null, cleared instanceof String account ? account : "",
                device instanceof String id ? id : null);
    }

    /**
     * Refuses the step unless the device may act on this account.
     * @param what the step, for the refusal and the log
     */
    public void requireFor(String accountId, String username, String what) {
        if (!required || clearedFor.equals(accountId)) {
            return;
        }
        log.warn("Refused to {} on account {} for {}: device {} is not approved for it", what, accountId, username,
                deviceId == null ? "(none presented)" : deviceId);
        throw new RuleViolation(DeviceProblem.DEVICE_NOT_APPROVED, "Staff " + what
                + " only from a school device the headteacher has approved for this account (000:60, 004:28)");
    }

}
