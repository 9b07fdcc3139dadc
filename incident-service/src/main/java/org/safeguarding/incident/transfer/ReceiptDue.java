package org.safeguarding.incident.transfer;

import java.time.Instant;

/** The payload of a transfer's receipt deadline: which transfer, to whom, due when. */
record ReceiptDue(String transferId, String toSchool, Instant due) {
}
