package org.safeguarding.kernel.audit;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.safeguarding.kernel.PagedResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record's integrity: verification, the signed checkpoints, and the public key anyone
 * may check them with.
 */
@RestController
@Tag(name = "audit",
        description = "The record and its proof: audit trail, access logs, checkpoints, verification, public key")
@Validated
class AuditVerificationController {

    private final AuditVerifier verifier;

    private final Checkpoints checkpoints;

    private final AuditKeys keys;

    AuditVerificationController(AuditVerifier verifier, Checkpoints checkpoints, AuditKeys keys) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    /**
     * With {@code position} and {@code head} from a kept checkpoint, also says whether
     * today's chain still holds it.
     */
    @GetMapping("/api/audit/verification")
    @PreAuthorize(AuditVerifier.READERS)
    AuditVerifier.Verification verify(@RequestParam(required = false) @Min(1) Long position,
            @RequestParam(required = false) @Pattern(regexp = AuditVerifier.HEAD) String head) {
        return verifier.verify(position, head);
    }

    @GetMapping("/api/audit/checkpoints")
    @PreAuthorize(AuditVerifier.READERS)
    PagedResult<Checkpoints.Checkpoint> checkpoints(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return checkpoints.page(page, size);
    }

    @GetMapping(value = "/api/audit/public-key", produces = "application/x-pem-file")
    String publicKey() {
        return keys.publicKeyPem();
    }

}
