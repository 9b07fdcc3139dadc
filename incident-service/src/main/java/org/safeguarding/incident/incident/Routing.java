package org.safeguarding.incident.incident;

import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.ReportIncident;

/** Where a new report goes, and why, as the policies say. */
record Routing(Level level, String reason) {

    static Routing of(ReportIncident report) {
        if (report.allegationAgainstAdult()) {
            return new Routing(Level.SLT, "An allegation against an adult goes to the headteacher as case manager; "
                    + "the LADO decision is due within one working day");
        }
        if (report.category() == Category.STAFF_CONDUCT) {
            return new Routing(Level.SLT, "A low-level concern about an adult's conduct goes to the headteacher");
        }
        if (report.form() == Form.SAFEGUARDING) {
            return new Routing(Level.DSL, "The yellow safeguarding form goes straight to the DSL");
        }
        if (report.category().isClearSafeguardingMatter()) {
            return new Routing(Level.DSL, report.category() + " is a clear safeguarding matter and goes straight to the DSL");
        }
        if (report.computingLeadAvailable()) {
            return new Routing(Level.COMPUTING_LEAD, "The orange e-safety form goes to the computing lead");
        }
        return new Routing(Level.DSL, "The orange e-safety form goes to the DSL because the computing lead is unavailable");
    }

    /** Whether the report was routed as an e-safety matter: the ones the computing lead may see. */
    static boolean isESafetyMatter(Form form, Category category, boolean allegationAgainstAdult) {
        return form == Form.E_SAFETY && !category.isClearSafeguardingMatter()
                && category != Category.STAFF_CONDUCT && !allegationAgainstAdult;
    }
}
