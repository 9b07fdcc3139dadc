package org.safeguarding.incident.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file taken as evidence, known by their first bytes rather than by what the
 * sender declares: a screenshot (PNG), a photo (JPEG) or a saved page (PDF).
 */
enum EvidenceType {

    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
    JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' });

    private final String mediaType;

    private final byte[] magic;

    EvidenceType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type the content is, by its magic bytes; empty for any other. */
    static Optional<EvidenceType> of(byte[] content) {
        return Arrays.stream(values())
            .filter(type -> content.length >= type.magic.length
                    && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
            .findFirst();
    }

    /**
     * Whether a declared media type agrees; none declared, or a generic one, says
     * nothing.
     */
    boolean agreesWith(String declared) {
        return declared == null || declared.isBlank() || declared.startsWith("application/octet-stream")
                || declared.toLowerCase(Locale.ROOT).startsWith(mediaType);
    }

}
