package org.safeguarding.incident.transfer;

import java.time.Instant;

/**
 * What the receiving school confirms: which file (its SHA-256), from whom, received by
 * whom and when, how many incidents it held.
 */
record Receipt(String format, String transferId, String fromSchool, String receivingSchool, String receivedBy,
        Instant receivedAt, int incidents, String fileSha256) {

    static final String FORMAT = "safeguarding-transfer-receipt/1";

    /**
     * The receipt as it travels back: the document's exact bytes, the receiving service's
     * Ed25519 signature of them, and its public key (PEM); bytes in base64 in JSON.
     */
    record Signed(byte[] document, byte[] signature, String publicKey) {
    }

}
