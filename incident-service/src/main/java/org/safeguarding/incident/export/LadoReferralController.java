package org.safeguarding.incident.export;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/incidents/{id}/lado-referral}: the referral as a LADO asks for it,
 * filled from the incident's events, with the earlier concerns and low-level concerns
 * recorded about the same adult. Before a referral is made it is a draft filled from the
 * report.
 */
@RestController
@Tag(name = "exports")
@Tag(name = "LADO")
@PreAuthorize(Permissions.EXPORTERS)
class LadoReferralController {

    private static final String PATH = "/api/incidents/{id}/lado-referral";

    private final LadoReferrals referrals;

    LadoReferralController(LadoReferrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return referrals.signed(CurrentActor.require(), id, ExportFormat.JSON);
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return referrals.signed(CurrentActor.require(), id, ExportFormat.PDF);
    }

}
