package org.safeguarding.incident.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.audit.AuditVerifier;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/events}: every event in the order it happened, with actor, role,
 * reason and time, for governors (pupils pseudonymised), the DSL and the headteacher;
 * without the events of incidents the reader may not see at all (those that name them),
 * and logged per incident shown.
 */
@RestController
@Tag(name = "audit")
@Validated
class AuditEventsController {

    private final AuditTrail trail;

    AuditEventsController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit/events")
    @PreAuthorize(AuditVerifier.READERS)
    PagedResult<AuditEvent> events(@RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return trail.page(CurrentActor.require(), from, to, page, size);
    }

}
