package org.safeguarding.post.device;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.safeguarding.kernel.api.post.DeviceApproved;
import org.safeguarding.kernel.api.post.DeviceRegistered;
import org.safeguarding.kernel.api.post.DeviceRevoked;
import org.safeguarding.kernel.api.post.DeviceStatus;
import org.safeguarding.kernel.api.post.EmergencyAccessEscalated;
import org.safeguarding.kernel.api.post.EmergencyAccessGranted;
import org.safeguarding.kernel.api.post.LoginRemovalConfirmed;

/**
 * One line of an account's device register, folded from its events. The token's hash is
 * kept beside it to recognise the device, never shown.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class DeviceView {

    private String id;

    private String accountId;

    private String name;

    private boolean schoolOwned;

    private DeviceStatus status;

    private String registeredBy;

    private Instant registeredAt;

    private String approvedBy;

    private Instant approvedAt;

    private String revokedBy;

    private Instant revokedAt;

    private String revocationReason;

    private String emergencyReason;

    private Instant allowedUntil;

    private Instant removalDue;

    private Instant removalConfirmedAt;

    private Instant escalatedAt;

    /**
     * Kept in the stored view (see {@link DeviceViewRepository}), never in a response.
     */
    @JsonIgnore
    private String tokenHash;

    private long version;

    DeviceView apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof DeviceRegistered registered) {
            id = registered.deviceId();
            accountId = registered.accountId();
            name = registered.name();
            schoolOwned = true;
            status = DeviceStatus.PENDING;
            registeredBy = registered.registeredBy();
            registeredAt = registered.registeredAt();
            tokenHash = registered.tokenHash();
        }
        else if (event instanceof DeviceApproved approved) {
            status = DeviceStatus.APPROVED;
            approvedBy = approved.approvedBy();
            approvedAt = approved.approvedAt();
        }
        else if (event instanceof DeviceRevoked revoked) {
            status = DeviceStatus.REVOKED;
            revokedBy = revoked.revokedBy();
            revokedAt = revoked.revokedAt();
            revocationReason = revoked.reason();
        }
        else if (event instanceof EmergencyAccessGranted granted) {
            id = granted.deviceId();
            accountId = granted.accountId();
            name = "Personal device of " + granted.username();
            status = DeviceStatus.EMERGENCY;
            registeredBy = granted.username();
            registeredAt = granted.grantedAt();
            emergencyReason = granted.reason();
            allowedUntil = granted.allowedUntil();
            removalDue = granted.removalDue();
            tokenHash = granted.tokenHash();
        }
        else if (event instanceof LoginRemovalConfirmed confirmed) {
            status = DeviceStatus.REMOVED;
            removalConfirmedAt = confirmed.confirmedAt();
        }
        else if (event instanceof EmergencyAccessEscalated escalated) {
            escalatedAt = escalated.escalatedAt();
        }
        version = message.getSequenceNumber();
        return this;
    }

    /**
     * The account this device may act on for {@code username} at {@code now}: an approved
     * school device for anyone, a personal device only for its user within its allowance.
     */
    boolean clears(String username, Instant now) {
        return status == DeviceStatus.APPROVED
                || status == DeviceStatus.EMERGENCY && registeredBy.equals(username) && now.isBefore(allowedUntil);
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public boolean schoolOwned() {
        return schoolOwned;
    }

    public DeviceStatus status() {
        return status;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public String emergencyReason() {
        return emergencyReason;
    }

    public Instant allowedUntil() {
        return allowedUntil;
    }

    public Instant removalDue() {
        return removalDue;
    }

    public Instant removalConfirmedAt() {
        return removalConfirmedAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public long version() {
        return version;
    }

    String tokenHash() {
        return tokenHash;
    }

}
