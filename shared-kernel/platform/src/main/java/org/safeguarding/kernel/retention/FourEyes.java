package org.safeguarding.kernel.retention;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;

/**
 * The four-eyes rule of a disposal, the same for every record kind: the DSL proposes;
 * someone else, the headteacher or the chair of governors, decides while it is pending;
 * only an approved disposal is carried out and only a carried-out one has a certificate.
 */
public final class FourEyes {

    private FourEyes() {
    }

    public static void requireProposer(Actor actor) {
        if (!actor.has(Role.DSL)) {
            throw new RuleViolation(DisposalProblem.ONLY_DSL_PROPOSES_DISPOSAL, "Only the DSL proposes a disposal");
        }
    }

    /** {@code what}: "approves" or "rejects", for the message. */
    public static void requireSecondPerson(DisposalStatus status, String proposedBy, Actor actor, String what) {
        if (status != DisposalStatus.PROPOSED) {
            throw new RuleViolation(DisposalProblem.DISPOSAL_NOT_PENDING,
                    "The disposal is " + status + ", no longer waiting for a decision");
        }
        if (actor.username().equals(proposedBy)) {
            throw new RuleViolation(DisposalProblem.PROPOSER_CANNOT_APPROVE,
                    "A disposal takes four eyes: someone other than its proposer " + what + " it");
        }
        if (!actor.hasAny(Role.HEADTEACHER, Role.CHAIR_OF_GOVERNORS)) {
            throw new RuleViolation(DisposalProblem.ONLY_HEADTEACHER_OR_CHAIR_APPROVES,
                    "Only the headteacher or the chair of governors " + what + " a disposal");
        }
    }

    public static void requireApproved(DisposalStatus status) {
        if (status != DisposalStatus.APPROVED) {
            throw new RuleViolation(DisposalProblem.DISPOSAL_NOT_PENDING, "The disposal has not been approved");
        }
    }

    public static void requireCarriedOut(String disposalId, DisposalStatus status) {
        if (status != DisposalStatus.DISPOSED) {
            throw new RuleViolation(DisposalProblem.DISPOSAL_NOT_COMPLETED,
                    "Disposal " + disposalId + " is " + status + ": only a completed disposal has a certificate");
        }
    }

}
