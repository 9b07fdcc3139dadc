package org.safeguarding.kernel.mfa;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's view of who has enrolled an authenticator app for the pages, and
 * the reset that makes someone enrol again (a lost or replaced phone).
 */
@RestController
@Tag(name = "sign-in",
        description = "Administration: people's enrolled second factors for the pages' sign-in, and resetting one")
@PreAuthorize("hasRole('ADMIN')")
class SecondFactorAdminController {

    private final SecondFactors secondFactors;

    SecondFactorAdminController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping("/api/admin/mfa-enrolments")
    @Operation(summary = "Everyone enrolled, when, and how many recovery codes they have left")
    List<SecondFactors.Enrolment> enrolments() {
        return secondFactors.enrolments();
    }

    @DeleteMapping("/api/admin/mfa-enrolments/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Forget the person's authenticator app and recovery codes: they enrol again at their next "
            + "sign-in. Recorded with who reset it; 204 whether or not they had enrolled.")
    void reset(@PathVariable String username, HttpServletRequest request) {
        secondFactors.reset(username,
                new SecondFactors.Actor(CurrentActor.require().username(), request.getRemoteAddr()));
    }

}
