package org.safeguarding.incident.incident;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.Subject;

/**
 * What need to know is decided on for one incident: who reported it, which adults it
 * names, who manages it and what kind of matter it is. The aggregate and the stored view
 * derive it here alike; lists read it from the columns kept beside each view, so the rule
 * never needs a case file to decide.
 */
record AccessFacts(String incidentId, String reportedBy, Level level, Role assignedRole, boolean eSafetyMatter,
        boolean aboutAnAdultsConduct, Set<String> namedAdults) {

    AccessFacts {
        namedAdults = Set.copyOf(namedAdults);
    }

    static AccessFacts of(String incidentId, String reportedBy, Level level, Role assignedRole, Form form,
            Category category, boolean allegationAgainstAdult, List<Subject> subjects) {
        return new AccessFacts(incidentId, reportedBy, level, assignedRole,
                Routing.isESafetyMatter(form, category, allegationAgainstAdult, subjects),
                Routing.isAboutAnAdultsConduct(category, allegationAgainstAdult), namedAdults(subjects));
    }

    /**
     * The directory users that adult subjects name by {@code ref} (their username),
     * lower-cased so case cannot hide one.
     */
    static Set<String> namedAdults(List<Subject> subjects) {
        return subjects.stream()
            .filter(Subject::worksWithChildren)
            .map(Subject::ref)
            .filter(ref -> ref != null && !ref.isBlank())
            .map(AccessFacts::normalised)
            .collect(Collectors.toUnmodifiableSet());
    }

    boolean names(String username) {
        return namedAdults.contains(normalised(username));
    }

    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
