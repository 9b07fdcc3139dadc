package org.safeguarding.incident.timeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;

/**
 * What a timeline row holds, as 128 bits of SHA-256 over its values: two rows with the
 * same digest hold the same values (a chance collision is beyond reach), so a rebuild can
 * tell an unchanged row from a changed one without keeping every row in memory. An
 * instant counts to the microsecond, as the databases store it.
 */
record RowDigest(long high, long low) {

    static RowDigest of(Object... values) {
        MessageDigest sha256 = sha256();
        for (Object value : values) {
            byte[] bytes = bytes(value);
            sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                sha256.update(bytes);
            }
        }
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest());
        return new RowDigest(digest.getLong(), digest.getLong());
    }

    private static byte[] bytes(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp at) {
            long micros = Math.floorDiv(at.getTime(), 1_000) * 1_000_000 + at.getNanos() / 1_000;
            return ByteBuffer.allocate(Long.BYTES).putLong(micros).array();
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
