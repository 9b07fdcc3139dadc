package org.safeguarding.kernel.api.incident;

import java.util.List;

import org.safeguarding.kernel.api.PersonalData;

/**
 * What a LADO asks for when an allegation against an adult who works with children is
 * referred.
 */
public record LadoReferralDetails(Adult adult, Allegation allegation, @PersonalData List<String> childrenInvolved,
        @PersonalData String actionsTaken, Informed informed) {

    public record Adult(@PersonalData String name, @PersonalData String role, String employmentStatus) {
    }

    public record Allegation(@PersonalData String what, @PersonalData String when, @PersonalData String where,
            @PersonalData String howItCameToLight) {
    }

    public record Informed(boolean parents, boolean police, boolean hr) {
    }
}
