package org.safeguarding.incident.incident;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.ReportIncident;
import org.safeguarding.kernel.api.incident.Subject;

/** Where a new report goes, to whom, and why, as the policies and KCSIE part 4 say. */
record Routing(Level level, Role assignedRole, String reason) {

    private static final String LADO_CLOCK = "; the LADO decision is due within one working day";

    Routing(Level level, String reason) {
        this(level, level.assignedRole(), reason);
    }

    /**
     * {@code staff} gives the directory roles of each adult the report names, so that no
     * one manages a case about themselves.
     */
    static Routing of(ReportIncident report, StaffRoles staff) {
        return of(report.form(), report.category(), report.allegationAgainstAdult(), report.subjects(),
                report.computingLeadAvailable(), staff);
    }

    /**
     * Where an incident belongs once its subjects are corrected: the computing lead is
     * taken as available, since a correction only ever moves a case up or sideways.
     */
    static Routing afterCorrection(Form form, Category category, boolean allegationAgainstAdult, List<Subject> subjects,
            StaffRoles staff) {
        return of(form, category, allegationAgainstAdult, subjects, true, staff);
    }

    private static Routing of(Form form, Category category, boolean allegationAgainstAdult, List<Subject> subjects,
            boolean computingLeadAvailable, StaffRoles staff) {
        if (isAboutAnAdultsConduct(category, allegationAgainstAdult)) {
            return aboutAnAdult(allegationAgainstAdult, namedRoles(subjects, staff));
        }
        if (isAComplaintNamingPeople(category, subjects)) {
            return aboutPeopleOfTheSchool(category, namedRoles(subjects, staff));
        }
        if (form == Form.SAFEGUARDING) {
            return new Routing(Level.DSL, "The yellow safeguarding form goes straight to the DSL");
        }
        if (category.isClearSafeguardingMatter()) {
            return new Routing(Level.DSL, category + " is a clear safeguarding matter and goes straight to the DSL");
        }
        if (computingLeadAvailable) {
            return new Routing(Level.COMPUTING_LEAD, "The orange e-safety form goes to the computing lead");
        }
        return new Routing(Level.DSL,
                "The orange e-safety form goes to the DSL because the computing lead is unavailable");
    }

    /**
     * Whether a case at {@code level} with {@code assignedRole} moves here: up, or to
     * another case manager at the same level, never down.
     */
    boolean movesOn(Level current, Role currentRole) {
        return level.isAbove(current) || level == current && assignedRole != currentRole;
    }

    private static Routing aboutAnAdult(boolean allegation, Set<Role> named) {
        if (named.contains(Role.HEADTEACHER)) {
            return new Routing(Level.SLT, Role.CHAIR_OF_GOVERNORS,
                    allegation
                            ? "An allegation against the headteacher goes to the chair of governors as case manager"
                                    + LADO_CLOCK
                            : "A low-level concern about the headteacher goes to the chair of governors");
        }
        if (named.contains(Role.DSL) || named.contains(Role.SLT)) {
            return new Routing(Level.SLT,
                    allegation
                            ? "An allegation against a DSL or a senior leader goes to the headteacher as case manager"
                                    + LADO_CLOCK
                            : "A low-level concern about a DSL or a senior leader goes to the headteacher");
        }
        return new Routing(Level.SLT,
                allegation ? "An allegation against an adult goes to the headteacher as case manager" + LADO_CLOCK
                        : "A low-level concern about an adult's conduct goes to the headteacher");
    }

    private static Routing aboutPeopleOfTheSchool(Category category, Set<Role> named) {
        if (named.contains(Role.HEADTEACHER)) {
            return new Routing(Level.SLT, Role.CHAIR_OF_GOVERNORS,
                    category + " naming the headteacher goes to the chair of governors");
        }
        return new Routing(Level.SLT,
                category + " naming staff, pupils, governors or volunteers goes to the headteacher");
    }

    /**
     * Social media policy 8 and 9: the headteacher hears of every complaint or
     * inappropriate reference that names staff, pupils, governors or volunteers,
     * whichever form it came on.
     */
    static boolean isAComplaintNamingPeople(Category category, List<Subject> subjects) {
        return category.isForTheHeadteacherWhenItNamesPeople()
                && subjects.stream().anyMatch(Subject::belongsToTheSchool);
    }

    private static Set<Role> namedRoles(List<Subject> subjects, StaffRoles staff) {
        return AccessFacts.namedAdults(subjects)
            .stream()
            .flatMap(username -> staff.of(username).stream())
            .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * An allegation, or a low-level concern: a matter for the case manager, not for every
     * senior leader.
     */
    static boolean isAboutAnAdultsConduct(Category category, boolean allegationAgainstAdult) {
        return allegationAgainstAdult || category == Category.STAFF_CONDUCT;
    }

    /**
     * Whether the report was routed as an e-safety matter: the ones the computing lead
     * may see.
     */
    static boolean isESafetyMatter(Form form, Category category, boolean allegationAgainstAdult,
            List<Subject> subjects) {
        return form == Form.E_SAFETY && !category.isClearSafeguardingMatter()
                && !isAboutAnAdultsConduct(category, allegationAgainstAdult)
                && !isAComplaintNamingPeople(category, subjects);
    }
}
