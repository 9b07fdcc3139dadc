package org.safeguarding.post.device;

import java.time.Instant;

/** The payload of the login-removal deadline: which personal device, due when. */
record RemovalDue(String deviceId, Instant removalDue) {
}
