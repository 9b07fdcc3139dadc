package org.safeguarding.kernel.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verification}: the chain recomputed from the event store, for governors and the DSL. */
@RestController
class AuditVerificationController {

    private final AuditChain chain;

    AuditVerificationController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/api/audit/verification")
    @PreAuthorize("hasAnyRole('GOVERNOR', 'DSL', 'HEADTEACHER')")
    AuditChain.Verification verify() {
        return chain.verify();
    }
}
