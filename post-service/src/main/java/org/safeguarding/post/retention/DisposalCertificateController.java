package org.safeguarding.post.retention;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.kernel.audit.SignedExports;
import org.safeguarding.kernel.retention.FourEyes;
import org.safeguarding.kernel.retention.PrintedCertificate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/disposals/{id}/certificate}: a completed disposal's certificate, as
 * JSON or PDF, signed like every export, so that the school can show an auditor what it
 * disposed of and on whose decision.
 */
@RestController
@Tag(name = "retention")
@Tag(name = "exports")
@PreAuthorize(ContentRetentionController.RETENTION_READERS)
class DisposalCertificateController {

    private static final String PATH = "/api/disposals/{id}/certificate";

    private final Disposals disposals;

    private final SignedExports exports;

    private final ContentRetentionProperties periods;

    DisposalCertificateController(Disposals disposals, SignedExports exports, ContentRetentionProperties periods) {
        this.disposals = disposals;
        this.exports = exports;
        this.periods = periods;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return exports.json(certificate(id));
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        DisposalCertificate certificate = certificate(id);
        return exports.pdf("disposal-" + id + ".pdf",
                new PrintedCertificate(certificate.disposalId(), certificate.rule().name(), certificate.ruleSource(),
                        certificate.count(), kindOf(certificate), certificate.contentIds(), certificate.proposedBy(),
                        certificate.proposedAt(), certificate.approvedBy(), certificate.approvedAt(),
                        certificate.disposedAt())::pdf);
    }

    private static String kindOf(DisposalCertificate certificate) {
        return switch (certificate.rule()) {
            case POSTS -> "post";
            case COMMENTS -> "comment";
        };
    }

    private DisposalCertificate certificate(String id) {
        DisposalView disposal = disposals.require(id);
        FourEyes.requireCarriedOut(id, disposal.status());
        return DisposalCertificate.of(disposal, periods);
    }

}
