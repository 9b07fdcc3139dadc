package org.safeguarding.incident.retention;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.page.FormValues;
import org.springframework.validation.Errors;

/**
 * The retention page's disposal forms, as typed: the records ticked and the rule whose
 * button was pressed, or a rejection's reason; each turned into the API's request.
 */
class DisposalForm {

    private String rule;

    private List<String> incidentIds = new ArrayList<>();

    private String reason;

    DisposalRequests.Proposal proposal(Errors errors) {
        return new DisposalRequests.Proposal(List.copyOf(incidentIds),
                FormValues.choice(rule, RetentionRule::valueOf, "rule", errors));
    }

    DisposalRequests.Rejection rejection() {
        return new DisposalRequests.Rejection(FormValues.text(reason));
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public List<String> getIncidentIds() {
        return incidentIds;
    }

    public void setIncidentIds(List<String> incidentIds) {
        this.incidentIds = incidentIds == null ? new ArrayList<>() : incidentIds;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

}
