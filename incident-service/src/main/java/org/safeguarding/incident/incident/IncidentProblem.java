package org.safeguarding.incident.incident;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of reporting and handling an incident, and of reading one. */
enum IncidentProblem implements RuleCode {

    NOT_STAFF("not-staff", Kind.FORBIDDEN),
    CONTENT_REF_NEEDS_SCHOOL_ACCOUNT("content-ref-needs-school-account", Kind.UNPROCESSABLE),
    NO_NEED_TO_KNOW("no-need-to-know", Kind.FORBIDDEN),
    REPORTER_ADDS_NOTES_ONLY("reporter-adds-notes-only", Kind.FORBIDDEN),
    ALREADY_ACKNOWLEDGED("already-acknowledged", Kind.CONFLICT),
    ESCALATION_NOT_UPWARDS("escalation-not-upwards", Kind.CONFLICT), SYSTEM_ONLY("system-only", Kind.FORBIDDEN),
    DEADLINE_MET("deadline-met", Kind.CONFLICT), DEADLINE_NOT_RUNNING("deadline-not-running", Kind.CONFLICT),
    LADO_NEEDS_ADULT_SUBJECT("lado-needs-adult-subject", Kind.UNPROCESSABLE),
    ALREADY_REFERRED("already-referred", Kind.CONFLICT),
    LADO_REFERRAL_INCOMPLETE("lado-referral-incomplete", Kind.UNPROCESSABLE),
    NO_LADO_DECISION_PENDING("no-lado-decision-pending", Kind.CONFLICT),
    NOT_A_MODERATOR("not-a-moderator", Kind.FORBIDDEN), NOT_PENDING("not-pending", Kind.CONFLICT),
    ALREADY_CLOSED("already-closed", Kind.CONFLICT), OUTCOME_REQUIRED("outcome-required", Kind.UNPROCESSABLE),
    OUTCOME_NOT_ALLOWED("outcome-not-allowed", Kind.UNPROCESSABLE),
    LADO_DECISION_REQUIRED("lado-decision-required", Kind.UNPROCESSABLE), NOT_CLOSED("not-closed", Kind.CONFLICT),
    INCIDENT_CLOSED("incident-closed", Kind.CONFLICT), BELOW_ASSIGNED_LEVEL("below-assigned-level", Kind.FORBIDDEN),
    DSL_OR_HEADTEACHER_ONLY("dsl-or-headteacher-only", Kind.FORBIDDEN),
    CHAIR_OF_GOVERNORS_ONLY("chair-of-governors-only", Kind.FORBIDDEN),
    REASON_REQUIRED("reason-required", Kind.UNPROCESSABLE), NOT_YET_REPORTED("not-yet-reported", Kind.NOT_FOUND),
    NO_INCIDENT_ACCESS("no-incident-access", Kind.FORBIDDEN), INCIDENT_NOT_FOUND("incident-not-found", Kind.NOT_FOUND);

    private final String code;

    private final Kind kind;

    IncidentProblem(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
