package org.safeguarding.post.device;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;
import org.safeguarding.kernel.api.post.DeviceStatus;

/** The rules of the device register and of the passcode. */
enum DeviceProblem implements RuleCode {

    DEVICE_NOT_APPROVED(Kind.FORBIDDEN), NOT_A_POSTER_OF_THE_ACCOUNT(Kind.FORBIDDEN), NOT_HEADTEACHER(Kind.FORBIDDEN),
    NOT_HEADTEACHER_OR_ADMIN(Kind.FORBIDDEN), NOT_THE_DEVICE_USER(Kind.FORBIDDEN), SYSTEM_ONLY(Kind.FORBIDDEN),
    DEVICE_NOT_FOUND(Kind.NOT_FOUND), UNKNOWN_ACCOUNT(Kind.UNPROCESSABLE), SCHOOL_DEVICE_REQUIRED(Kind.UNPROCESSABLE),
    NAME_REQUIRED(Kind.UNPROCESSABLE), REASON_REQUIRED(Kind.UNPROCESSABLE), WRONG_PASSCODE(Kind.UNPROCESSABLE),
    PASSCODE_EXPIRED(Kind.CONFLICT), PASSCODE_LOCKED(Kind.CONFLICT), ACCOUNT_NOT_ACTIVE(Kind.CONFLICT),
    DEVICE_PENDING(Kind.CONFLICT), DEVICE_APPROVED(Kind.CONFLICT), DEVICE_REVOKED(Kind.CONFLICT),
    DEVICE_EMERGENCY(Kind.CONFLICT), DEVICE_REMOVED(Kind.CONFLICT);

    private final Kind kind;

    DeviceProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    /** A device was found in this status where another was needed. */
    static DeviceProblem whileDevice(DeviceStatus status) {
        return switch (status) {
            case PENDING -> DEVICE_PENDING;
            case APPROVED -> DEVICE_APPROVED;
            case REVOKED -> DEVICE_REVOKED;
            case EMERGENCY -> DEVICE_EMERGENCY;
            case REMOVED -> DEVICE_REMOVED;
        };
    }

}
