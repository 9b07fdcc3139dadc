package org.safeguarding.incident.casefile;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.incident.incident.ConcernForm;
import org.safeguarding.incident.incident.IncidentRequests;
import org.safeguarding.kernel.api.incident.AdviceSource;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.ModerationActionType;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.page.FormValues;
import org.safeguarding.kernel.page.SchoolTimes;
import org.springframework.validation.Errors;

/**
 * What one of the case page's small forms sends, kept as typed. Each form fills the
 * fields of its step, named as the API's request names them, and becomes that request.
 */
class StepForm {

    private String to;

    private String reason;

    private String text;

    private String action;

    private String note;

    private String rationale;

    private String crimeReference;

    private String from;

    private String summary;

    private String receivedAt;

    private String outcome;

    private List<ConcernForm.Person> subjects = new ArrayList<>();

    IncidentRequests.Escalation escalation(Errors errors) {
        return new IncidentRequests.Escalation(FormValues.choice(to, Level::valueOf, "to", errors),
                FormValues.text(reason));
    }

    IncidentRequests.ModerationActionBody moderation(Errors errors) {
        return new IncidentRequests.ModerationActionBody(
                FormValues.choice(action, ModerationActionType::valueOf, "action", errors), FormValues.text(note));
    }

    IncidentRequests.LadoDecisionNotToRefer decisionNotToRefer() {
        return new IncidentRequests.LadoDecisionNotToRefer(FormValues.text(rationale));
    }

    IncidentRequests.PoliceReferral policeReferral() {
        return new IncidentRequests.PoliceReferral(FormValues.text(reason), FormValues.text(crimeReference));
    }

    IncidentRequests.Advice advice(SchoolTimes times, Errors errors) {
        return new IncidentRequests.Advice(FormValues.choice(from, AdviceSource::valueOf, "from", errors),
                FormValues.text(summary), FormValues.time(times, receivedAt, "receivedAt", errors));
    }

    IncidentRequests.Note note() {
        return new IncidentRequests.Note(FormValues.text(text));
    }

    IncidentRequests.Closure closure(Errors errors) {
        return new IncidentRequests.Closure(FormValues.choice(outcome, Outcome::valueOf, "outcome", errors),
                FormValues.text(rationale));
    }

    IncidentRequests.SubjectsCorrection subjectsCorrection(Errors errors) {
        return new IncidentRequests.SubjectsCorrection(ConcernForm.Person.subjects(subjects, errors),
                FormValues.text(reason));
    }

    /**
     * The correction's form: a row for each person on record, and one more to add
     * someone.
     */
    static StepForm correcting(List<Subject> onRecord) {
        StepForm form = new StepForm();
        onRecord.forEach(subject -> form.subjects.add(ConcernForm.Person.of(subject)));
        form.subjects.add(new ConcernForm.Person());
        return form;
    }

    IncidentRequests.LegalHold legalHold() {
        return new IncidentRequests.LegalHold(FormValues.text(reason));
    }

    /** Lifting a hold: its reason is optional, as the API's query parameter is. */
    String liftingReason() {
        return FormValues.text(reason);
    }

    IncidentRequests.Reopening reopening() {
        return new IncidentRequests.Reopening(FormValues.text(reason));
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getCrimeReference() {
        return crimeReference;
    }

    public void setCrimeReference(String crimeReference) {
        this.crimeReference = crimeReference;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(String receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public List<ConcernForm.Person> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<ConcernForm.Person> subjects) {
        this.subjects = subjects;
    }

}
