package org.safeguarding.incident.retention;

import java.util.List;

import org.safeguarding.incident.export.PdfReport;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.audit.SignedExports;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A completed disposal's certificate, as JSON or PDF, signed like every export, for the
 * API and the retention page alike: only once the records are disposed of, and each
 * download in the access log.
 */
@Component
class DisposalCertificates {

    private final Disposals disposals;

    private final SignedExports exports;

    private final AccessLog accessLog;

    DisposalCertificates(Disposals disposals, SignedExports exports, AccessLog accessLog) {
        this.disposals = disposals;
        this.exports = exports;
        this.accessLog = accessLog;
    }

    ResponseEntity<byte[]> json(String id) {
        return exports.json(certificate(id));
    }

    ResponseEntity<byte[]> pdf(String id) {
        DisposalCertificate certificate = certificate(id);
        return exports.pdf("disposal-" + id + ".pdf",
                checkpoint -> new PdfReport("Certificate of disposal " + certificate.disposalId(),
                        certificate.count() + " records disposed of under the " + certificate.rule()
                                + " retention rule.")
                    .field("Rule", certificate.ruleSource())
                    .field("Proposed by", certificate.proposedBy() + " at " + certificate.proposedAt())
                    .field("Approved by", certificate.approvedBy() + " at " + certificate.approvedAt())
                    .field("Disposed of at", String.valueOf(certificate.disposedAt()))
                    .table(List.of("incident"), certificate.incidentIds().stream().map(List::of).toList(), 1)
                    .finish(checkpoint));
    }

    private DisposalCertificate certificate(String id) {
        DisposalView disposal = disposals.require(id);
        if (disposal.status() != Disposal.Status.DISPOSED) {
            throw new RuleViolation(RetentionProblem.DISPOSAL_NOT_COMPLETED,
                    "Disposal " + id + " is " + disposal.status() + ": only a completed disposal has a certificate");
        }
        accessLog.record(CurrentActor.require(), AccessLog.Action.DISPOSAL_CERTIFICATE, disposal.incidentIds());
        return DisposalCertificate.of(disposal);
    }

}
