package org.safeguarding.incident.subjectaccess;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Referral;

/**
 * Where an item of a bundle may be withheld, and why: the DSL decides, the bundle only
 * marks. The exemptions are those of the Data Protection Act 2018 a school's DSL weighs
 * (ICO guidance on subject access for schools): the serious harm test for education and
 * child abuse data (Schedule 3, Parts 4 and 5) and the crime exemption (Schedule 2, Part
 * 1, paragraph 2).
 */
record Exemption(String code, String reason) {

    static final String SAFEGUARDING_CONCERN = "SAFEGUARDING_CONCERN";

    static final String LADO_REFERRAL = "LADO_REFERRAL";

    static final String POLICE_REFERRAL = "POLICE_REFERRAL";

    static final String REPORTED_AS_INCIDENT = "REPORTED_AS_INCIDENT";

    /**
     * The categories the policies send straight to the DSL: harm to a child is at stake.
     */
    private static final Set<Category> DSL_CATEGORIES = EnumSet.of(Category.SEXUAL_IMAGERY, Category.RADICALISATION,
            Category.ILLEGAL_CONTENT, Category.INAPPROPRIATE_CONTACT);

    /** The marks on an incident. */
    static List<Exemption> of(IncidentView incident) {
        List<Exemption> marks = new ArrayList<>();
        if (incident.form() == Form.SAFEGUARDING || DSL_CATEGORIES.contains(incident.category())) {
            marks.add(new Exemption(SAFEGUARDING_CONCERN, "A safeguarding concern"
                    + (incident.form() == Form.SAFEGUARDING ? " (yellow form)" : " (" + incident.category() + ")")
                    + ": withhold what would be likely to cause serious harm to the physical or mental health of the"
                    + " child or anyone else, or is child abuse data not in the child's best interests to disclose"
                    + " (DPA 2018 Sch. 3 Pts 4 and 5)."));
        }
        if (incident.referrals().contains(Referral.LADO) || incident.allegationAgainstAdult()) {
            marks.add(new Exemption(LADO_REFERRAL,
                    "An allegation against an adult who works with children"
                            + (incident.referrals().contains(Referral.LADO) ? ", referred to the LADO" : "")
                            + ": disclosure may put a child at risk of serious harm or prejudice the enquiries"
                            + " (DPA 2018 Sch. 3 Pts 4 and 5; Sch. 2 Pt 1 para 2); ask the LADO before releasing."));
        }
        if (incident.referrals().contains(Referral.POLICE)) {
            marks.add(new Exemption(POLICE_REFERRAL, "Referred to the police: withhold what would be likely to"
                    + " prejudice the prevention or detection of crime (DPA 2018 Sch. 2 Pt 1 para 2); ask the police"
                    + " before releasing."));
        }
        return List.copyOf(marks);
    }

    /** The marks on a comment that was reported as one of these incidents. */
    static List<Exemption> ofComment(List<String> incidentIds) {
        return incidentIds.isEmpty() ? List.of()
                : List.of(new Exemption(REPORTED_AS_INCIDENT, "Reported as incident " + String.join(", ", incidentIds)
                        + ": the exemptions marked on that incident may apply to this comment too."));
    }

}
