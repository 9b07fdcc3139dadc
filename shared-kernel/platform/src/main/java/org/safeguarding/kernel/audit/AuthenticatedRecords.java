package org.safeguarding.kernel.audit;

/**
 * A table outside the event store whose rows carry a MAC (the access log, say);
 * verification checks them too.
 */
public interface AuthenticatedRecords {

    /**
     * {@code firstBroken}: the id of the first row that is not as the service wrote it,
     * if any.
     */
    record Check(String name, long entries, boolean valid, Long firstBroken) {
    }

    Check verify();

}
