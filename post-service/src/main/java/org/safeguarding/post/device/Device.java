package org.safeguarding.post.device;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.ApproveDevice;
import org.safeguarding.kernel.api.post.ConfirmLoginRemoval;
import org.safeguarding.kernel.api.post.DeviceApproved;
import org.safeguarding.kernel.api.post.DeviceRegistered;
import org.safeguarding.kernel.api.post.DeviceRevoked;
import org.safeguarding.kernel.api.post.DeviceStatus;
import org.safeguarding.kernel.api.post.EmergencyAccessEscalated;
import org.safeguarding.kernel.api.post.EmergencyAccessGranted;
import org.safeguarding.kernel.api.post.EscalateEmergencyAccess;
import org.safeguarding.kernel.api.post.GrantEmergencyAccess;
import org.safeguarding.kernel.api.post.LoginRemovalConfirmed;
import org.safeguarding.kernel.api.post.RegisterDevice;
import org.safeguarding.kernel.api.post.RevokeDevice;
import org.safeguarding.post.policy.PostingFacts;

/**
 * One browser or app that reaches an official account, known by the token it holds. A
 * school device is registered by a poster and approved by the headteacher (000:60,
 * 004:28); a personal device is used only in a safeguarding emergency, with a reason, and
 * its user then confirms that the login is removed from it (000:60-63).
 */
@Aggregate
class Device {

    @AggregateIdentifier
    private String deviceId;

    private String accountId;

    private DeviceStatus status;

    private String username;

    private boolean personal;

    private Instant removalDue;

    private boolean escalated;

    @CommandHandler
    Device(RegisterDevice command, Actor actor, PostingFacts facts) {
        requirePoster(command.accountId(), actor, facts);
        if (!command.schoolOwned()) {
            throw new RuleViolation(DeviceProblem.SCHOOL_DEVICE_REQUIRED,
                    "Staff use only school devices to reach the account; a personal device only in an emergency");
        }
        if (isBlank(command.name())) {
            throw new RuleViolation(DeviceProblem.NAME_REQUIRED, "Name the device so the headteacher knows it");
        }
        apply(new DeviceRegistered(command.deviceId(), command.accountId(), command.name().trim(), actor.username(),
                facts.now(), command.tokenHash()));
    }

    @CommandHandler
    Device(GrantEmergencyAccess command, Actor actor, PostingFacts facts, EmergencyTimetable timetable) {
        requirePoster(command.accountId(), actor, facts);
        if (isBlank(command.reason())) {
            throw new RuleViolation(DeviceProblem.REASON_REQUIRED,
                    "Say what safeguarding issue needs the account now, without a school device");
        }
        Instant grantedAt = facts.now();
        apply(new EmergencyAccessGranted(command.deviceId(), command.accountId(), actor.username(), command.reason(),
                command.tokenHash(), grantedAt, timetable.allowedUntil(grantedAt), timetable.removalDue(grantedAt)));
    }

    @CommandHandler
    void handle(ApproveDevice command, Actor actor, PostingFacts facts) {
        if (!actor.has(Role.HEADTEACHER)) {
            throw new RuleViolation(DeviceProblem.NOT_HEADTEACHER, "Only the headteacher approves a new device");
        }
        requireStatus(DeviceStatus.PENDING, "Only a device waiting for approval can be approved");
        apply(new DeviceApproved(deviceId, accountId, actor.username(), facts.now()));
    }

    @CommandHandler
    void handle(RevokeDevice command, Actor actor, PostingFacts facts) {
        if (!actor.hasAny(Role.HEADTEACHER, Role.ADMIN)) {
            throw new RuleViolation(DeviceProblem.NOT_HEADTEACHER_OR_ADMIN,
                    "Only the headteacher or the administrator take a device off the register");
        }
        if (status == DeviceStatus.REVOKED || status == DeviceStatus.REMOVED) {
            throw new RuleViolation(DeviceProblem.whileDevice(status), "The device no longer reaches the account");
        }
        apply(new DeviceRevoked(deviceId, accountId, actor.username(), facts.now(), command.reason()));
    }

    @CommandHandler
    void handle(ConfirmLoginRemoval command, Actor actor, PostingFacts facts) {
        if (!actor.username().equals(username)) {
            throw new RuleViolation(DeviceProblem.NOT_THE_DEVICE_USER,
                    "Only the person who used the personal device confirms the login is removed from it");
        }
        if (!personal || status == DeviceStatus.REMOVED) {
            throw new RuleViolation(DeviceProblem.whileDevice(status),
                    "Only a personal device used in an emergency has its login removal confirmed, once");
        }
        apply(new LoginRemovalConfirmed(deviceId, accountId, username, facts.now()));
    }

    @CommandHandler
    void handle(EscalateEmergencyAccess command, Actor actor, PostingFacts facts) {
        if (!actor.isSystem()) {
            throw new RuleViolation(DeviceProblem.SYSTEM_ONLY, "Only the system escalates an unconfirmed removal");
        }
        if (!personal || status == DeviceStatus.REMOVED || escalated) {
            throw new RuleViolation(DeviceProblem.whileDevice(status), "The removal was confirmed or escalated");
        }
        apply(new EmergencyAccessEscalated(deviceId, accountId, username, removalDue, facts.now()));
    }

    private static void requirePoster(String accountId, Actor actor, PostingFacts facts) {
        AccountStanding account = facts.account(accountId)
            .orElseThrow(() -> new RuleViolation(DeviceProblem.UNKNOWN_ACCOUNT,
                    "No official account has the id " + accountId));
        if (account.status() != AccountStatus.ACTIVE) {
            throw new RuleViolation(DeviceProblem.ACCOUNT_NOT_ACTIVE,
                    "The account is " + account.status() + "; only an active account is reached from devices");
        }
        if (!account.isPoster(actor.username())) {
            throw new RuleViolation(DeviceProblem.NOT_A_POSTER_OF_THE_ACCOUNT,
                    "Only the account's approved posters reach " + account.handle() + " from a device");
        }
    }

    private void requireStatus(DeviceStatus expected, String message) {
        if (status != expected) {
            throw new RuleViolation(DeviceProblem.whileDevice(status), message + "; this one is " + status);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(DeviceRegistered event) {
        deviceId = event.deviceId();
        accountId = event.accountId();
        status = DeviceStatus.PENDING;
        username = event.registeredBy();
    }

    @EventSourcingHandler
    void on(DeviceApproved event) {
        status = DeviceStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(DeviceRevoked event) {
        status = DeviceStatus.REVOKED;
    }

    @EventSourcingHandler
    void on(EmergencyAccessGranted event) {
        deviceId = event.deviceId();
        accountId = event.accountId();
        status = DeviceStatus.EMERGENCY;
        username = event.username();
        personal = true;
        removalDue = event.removalDue();
    }

    @EventSourcingHandler
    void on(LoginRemovalConfirmed event) {
        status = DeviceStatus.REMOVED;
    }

    @EventSourcingHandler
    void on(EmergencyAccessEscalated event) {
        escalated = true;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected Device() {
    }

}
