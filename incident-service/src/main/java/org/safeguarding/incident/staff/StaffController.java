package org.safeguarding.incident.staff;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/staff/{username}/availability}: by that person or an administrator, and
 * read only by them ({@link Availabilities}).
 */
@RestController
@Tag(name = "staff", description = "Staff availability: an absent computing lead's concerns go to the DSL")
@RequestMapping("/api/staff/{username}/availability")
class StaffController {

    private final Availabilities availabilities;

    StaffController(Availabilities availabilities) {
        this.availabilities = availabilities;
    }

    @PutMapping
    Availabilities.AvailabilityView set(@PathVariable String username,
            @Valid @RequestBody Availabilities.AvailabilityRequest body) {
        return availabilities.set(username, body);
    }

    @GetMapping
    Availabilities.AvailabilityView get(@PathVariable String username) {
        return availabilities.get(username);
    }

}
