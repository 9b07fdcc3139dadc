package org.safeguarding.kernel.retention;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.audit.Checkpoints;
import org.safeguarding.kernel.export.PdfReport;

/**
 * A disposal certificate as both services print it: how many records of which kind, under
 * which rule and its source, proposed and approved by whom, and the records by their ids
 * only, ending with the signed checkpoint it was made at.
 *
 * @param recordKind what the ids are, in the singular ("incident", "comment")
 */
public record PrintedCertificate(String disposalId, String rule, String ruleSource, int count, String recordKind,
        List<String> recordIds, String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt,
        Instant disposedAt) {

    public byte[] pdf(Checkpoints.Checkpoint checkpoint) {
        return new PdfReport("Certificate of disposal " + disposalId,
                count + " records disposed of under the " + rule + " retention rule.")
            .field("Rule", ruleSource)
            .field("Proposed by", proposedBy + " at " + proposedAt)
            .field("Approved by", approvedBy + " at " + approvedAt)
            .field("Disposed of at", String.valueOf(disposedAt))
            .table(List.of(recordKind), recordIds.stream().map(List::of).toList(), 1)
            .finish(checkpoint);
    }

}
