package org.safeguarding.kernel.retention;

/** Where a disposal stands: waiting for a second person, decided, or carried out. */
public enum DisposalStatus {

    PROPOSED, APPROVED, REJECTED, DISPOSED

}
