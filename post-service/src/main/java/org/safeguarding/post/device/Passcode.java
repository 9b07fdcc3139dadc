package org.safeguarding.post.device;

import java.time.Instant;

/** A one-time passcode for the headteacher and when it stops working. */
record Passcode(String code, Instant expiresAt) {
}
