package org.safeguarding.incident.staff;

import java.time.Clock;
import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.staff.SetStaffAvailability;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.stereotype.Component;

/**
 * Reading and setting a person's availability, for the API and the admin page alike: only
 * the person themselves or an administrator, checked before the directory is, so that
 * nobody else learns from a 404 who works at the school.
 */
@Component
public class Availabilities {

    public record AvailabilityRequest(@NotNull Boolean available, Instant until) {
    }

    public record AvailabilityView(String username, boolean available, Instant until, boolean availableNow) {
    }

    private final CommandGateway commands;

    private final StaffAvailabilityProjection availability;

    private final SchoolDirectory directory;

    private final Clock clock;

    Availabilities(CommandGateway commands, StaffAvailabilityProjection availability, SchoolDirectory directory,
            Clock clock) {
        this.commands = commands;
        this.availability = availability;
        this.directory = directory;
        this.clock = clock;
    }

    public AvailabilityView set(String username, AvailabilityRequest body) {
        requireSelfOrAdmin(username);
        requireKnown(username);
        commands.sendAndWait(new SetStaffAvailability(username, body.available(), body.until()));
        return get(username);
    }

    public AvailabilityView get(String username) {
        requireSelfOrAdmin(username);
        requireKnown(username);
        Instant now = clock.instant();
        return availability.find(username)
            .map(found -> new AvailabilityView(username, found.available(), found.until(), found.availableAt(now)))
            .orElse(new AvailabilityView(username, true, null, true));
    }

    private static void requireSelfOrAdmin(String username) {
        Actor caller = CurrentActor.require();
        if (!caller.username().equals(username) && !caller.has(Role.ADMIN)) {
            throw new RuleViolation(StaffProblem.NOT_YOUR_AVAILABILITY,
                    "Only the person themselves or an administrator reads or sets availability");
        }
    }

    private void requireKnown(String username) {
        if (directory.actor(username).isEmpty()) {
            throw new RuleViolation(StaffProblem.UNKNOWN_PERSON,
                    "No one called '" + username + "' is in the directory");
        }
    }

}
