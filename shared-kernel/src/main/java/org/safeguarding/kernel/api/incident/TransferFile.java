package org.safeguarding.kernel.api.incident;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The DSL sends a pupil's child-protection file to the DSL of the pupil's next school
 * (KCSIE): the incidents it holds and the SHA-256 of the encrypted file, never its
 * passphrase.
 */
public record TransferFile(@TargetAggregateIdentifier String transferId, String pupilRef, String fromSchool,
        String toSchool, String toDsl, List<String> incidentIds, String bundleSha256) {
}
