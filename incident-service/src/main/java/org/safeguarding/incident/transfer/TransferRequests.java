package org.safeguarding.incident.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies of the transfer calls. */
final class TransferRequests {

    private TransferRequests() {
    }

    /** Where the file goes: the next school and its DSL. */
    record Send(@NotBlank @Size(max = 200) String toSchool, @NotBlank @Size(max = 200) String toDsl) {
    }

    /**
     * A transfer file as JSON: the file's bytes (base64), the passphrase, and the sending
     * school's public key (PEM) unless it is configured.
     */
    record Import(byte[] bundle, String passphrase, String publicKey) {
    }

}
