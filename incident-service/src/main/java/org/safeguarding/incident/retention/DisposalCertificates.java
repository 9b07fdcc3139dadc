package org.safeguarding.incident.retention;

import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.kernel.audit.SignedExports;
import org.safeguarding.kernel.retention.FourEyes;
import org.safeguarding.kernel.retention.PrintedCertificate;
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
                new PrintedCertificate(certificate.disposalId(), certificate.rule().name(), certificate.ruleSource(),
                        certificate.count(), "incident", certificate.incidentIds(), certificate.proposedBy(),
                        certificate.proposedAt(), certificate.approvedBy(), certificate.approvedAt(),
                        certificate.disposedAt())::pdf);
    }

    private DisposalCertificate certificate(String id) {
        DisposalView disposal = disposals.require(id);
        FourEyes.requireCarriedOut(id, disposal.status());
        accessLog.record(CurrentActor.require(), AccessLog.Action.DISPOSAL_CERTIFICATE, disposal.incidentIds());
        return DisposalCertificate.of(disposal);
    }

}
