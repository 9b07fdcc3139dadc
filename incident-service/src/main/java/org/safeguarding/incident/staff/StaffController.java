package org.safeguarding.incident.staff;

import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.staff.SetStaffAvailability;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/staff/{username}/availability}: by that person or an administrator, and
 * read only by them. Who asks is checked before the directory is, so that nobody else
 * learns from a 404 who works at the school.
 */
@RestController
@Tag(name = "staff", description = "Staff availability: an absent computing lead's concerns go to the DSL")
@RequestMapping("/api/staff/{username}/availability")
class StaffController {

    private final CommandGateway commands;

    private final StaffAvailabilityProjection availability;

    private final SchoolDirectory directory;

    private final Clock clock;

    StaffController(CommandGateway commands, StaffAvailabilityProjection availability, SchoolDirectory directory,
            Clock clock) {
        this.commands = commands;
        this.availability = availability;
        this.directory = directory;
        this.clock = clock;
    }

    record AvailabilityRequest(@NotNull Boolean available, Instant until) {
    }

    record AvailabilityView(String username, boolean available, Instant until, boolean availableNow) {
    }

    @PutMapping
    AvailabilityView set(@PathVariable String username, @Valid @RequestBody AvailabilityRequest body) {
        requireSelfOrAdmin(username);
        requireKnown(username);
        commands.sendAndWait(new SetStaffAvailability(username, body.available(), body.until()));
        return get(username);
    }

    @GetMapping
    AvailabilityView get(@PathVariable String username) {
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
