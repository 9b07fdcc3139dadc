package org.safeguarding.post.retention;

import org.safeguarding.kernel.audit.SignedExports;
import org.safeguarding.kernel.retention.FourEyes;
import org.safeguarding.kernel.retention.PrintedCertificate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A completed disposal's certificate, as JSON or PDF, signed like every export: for the
 * API and for the page's downloads alike.
 */
@Component
class DisposalCertificates {

    private final Disposals disposals;

    private final SignedExports exports;

    private final ContentRetentionProperties periods;

    DisposalCertificates(Disposals disposals, SignedExports exports, ContentRetentionProperties periods) {
        this.disposals = disposals;
        this.exports = exports;
        this.periods = periods;
    }

    ResponseEntity<byte[]> json(String id) {
        return exports.json(certificate(id));
    }

    ResponseEntity<byte[]> pdf(String id) {
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
