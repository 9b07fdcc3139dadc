package org.safeguarding.kernel.api.incident;

/**
 * How an incident ended. The last five are the outcomes KCSIE defines for allegations
 * against adults.
 */
public enum Outcome {

    RESOLVED, NO_FURTHER_ACTION, SUBSTANTIATED, UNSUBSTANTIATED, FALSE, MALICIOUS, UNFOUNDED;

    public boolean isForAllegations() {
        return this != RESOLVED && this != NO_FURTHER_ACTION;
    }

}
