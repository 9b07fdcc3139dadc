package org.safeguarding.kernel.api.incident;

import java.util.List;

/**
 * What a LADO asks for when an allegation against an adult who works with children is
 * referred.
 */
public record LadoReferralDetails(Adult adult, Allegation allegation, List<String> childrenInvolved,
        String actionsTaken, Informed informed) {

    public record Adult(String name, String role, String employmentStatus) {
    }

    public record Allegation(String what, String when, String where, String howItCameToLight) {
    }

    public record Informed(boolean parents, boolean police, boolean hr) {
    }
}
