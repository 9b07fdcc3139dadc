package org.safeguarding.post.device;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.ApproveDevice;
import org.safeguarding.kernel.api.post.ConfirmLoginRemoval;
import org.safeguarding.kernel.api.post.DeviceStatus;
import org.safeguarding.kernel.api.post.GrantEmergencyAccess;
import org.safeguarding.kernel.api.post.RegisterDevice;
import org.safeguarding.kernel.api.post.RevokeDevice;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The device register as the API and the pages both use it: tokens issued, passcodes sent
 * and checked, commands sent, in this one place.
 */
@Component
class DeviceRegister {

    private final CommandGateway commands;

    private final DeviceViewRepository views;

    private final Passcodes passcodes;

    private final PasscodeDelivery delivery;

    private final Clock clock;

    DeviceRegister(CommandGateway commands, DeviceViewRepository views, Passcodes passcodes, PasscodeDelivery delivery,
            Clock clock) {
        this.commands = commands;
        this.views = views;
        this.passcodes = passcodes;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Registers a school device and sends the headteacher its passcode. */
    DeviceRequests.IssuedDevice register(String accountId, DeviceRequests.Registration body) {
        String id = UUID.randomUUID().toString();
        String token = DeviceTokens.newToken();
        commands
            .sendAndWait(new RegisterDevice(id, accountId, body.name(), body.schoolOwned(), DeviceTokens.hash(token)));
        DeviceView device = stored(id);
        delivery.deliver(device, passcodes.issue(id, clock.instant()));
        return new DeviceRequests.IssuedDevice(device, token);
    }

    /**
     * A new passcode in place of one expired, locked or lost, for a device still waiting.
     */
    void resendPasscode(String id) {
        DeviceView device = visible(id);
        requirePending(device);
        delivery.deliver(device, passcodes.issue(id, clock.instant()));
    }

    DeviceView approve(String id, String passcode) {
        requirePending(stored(id));
        passcodes.use(id, passcode, clock.instant());
        delivery.withdraw(id);
        commands.sendAndWait(new ApproveDevice(id));
        return stored(id);
    }

    DeviceView revoke(String id, String reason) {
        stored(id);
        commands.sendAndWait(new RevokeDevice(id, reason));
        passcodes.withdraw(id);
        delivery.withdraw(id);
        return stored(id);
    }

    /**
     * Lets the caller's personal device act on the account for a while, for the reason
     * given.
     */
    DeviceRequests.IssuedDevice grantEmergencyAccess(String accountId, String reason) {
        String id = UUID.randomUUID().toString();
        String token = DeviceTokens.newToken();
        commands.sendAndWait(new GrantEmergencyAccess(id, accountId, reason, DeviceTokens.hash(token)));
        return new DeviceRequests.IssuedDevice(stored(id), token);
    }

    DeviceView confirmRemoval(String id) {
        visible(id);
        commands.sendAndWait(new ConfirmLoginRemoval(id));
        return stored(id);
    }

    /** The devices waiting for the headteacher, with the passcodes shown to them. */
    List<DeviceRequests.PendingDevice> pending() {
        return views.list(DeviceStatus.PENDING).stream().map(device -> {
            Passcode shown = delivery.onScreen(device.id()).orElse(null);
            return new DeviceRequests.PendingDevice(device, shown == null ? null : shown.code(),
                    shown == null ? null : shown.expiresAt());
        }).toList();
    }

    List<DeviceView> list(DeviceStatus status) {
        return views.list(status);
    }

    /**
     * The device, if the caller may read it: the headteacher and the administrator read
     * every device, anyone else those they registered or used; to them others do not
     * exist.
     */
    DeviceView visible(String id) {
        Actor reader = CurrentActor.require();
        return views.find(id)
            .filter(device -> reader.hasAny(Role.HEADTEACHER, Role.ADMIN)
                    || reader.username().equals(device.registeredBy()))
            .orElseThrow(DeviceRegister::notFound);
    }

    private DeviceView stored(String id) {
        return views.find(id).orElseThrow(DeviceRegister::notFound);
    }

    private static void requirePending(DeviceView device) {
        if (device.status() != DeviceStatus.PENDING) {
            throw new RuleViolation(DeviceProblem.whileDevice(device.status()),
                    "Only a device waiting for approval has a passcode; this one is " + device.status());
        }
    }

    private static RuleViolation notFound() {
        return new RuleViolation(DeviceProblem.DEVICE_NOT_FOUND, "No such device");
    }

}
