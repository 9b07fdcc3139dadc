package org.safeguarding.incident.export;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.kernel.audit.SignedExports;
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
@PreAuthorize("hasAnyRole('DSL', 'HEADTEACHER')")
class LadoReferralController {

    private static final String PATH = "/api/incidents/{id}/lado-referral";

    private final LadoReferrals referrals;

    private final SignedExports exports;

    LadoReferralController(LadoReferrals referrals, SignedExports exports) {
        this.referrals = referrals;
        this.exports = exports;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return exports.json(referrals.of(CurrentActor.require(), id));
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        LadoReferral referral = referrals.of(CurrentActor.require(), id);
        return exports.pdf("lado-referral-" + id + ".pdf",
                checkpoint -> LadoReferralDocument.pdf(referral, checkpoint));
    }

}
