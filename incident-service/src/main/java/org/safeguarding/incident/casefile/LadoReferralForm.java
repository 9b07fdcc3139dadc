package org.safeguarding.incident.casefile;

import java.util.Arrays;
import java.util.List;

import org.safeguarding.incident.incident.IncidentRequests;
import org.safeguarding.kernel.page.FormValues;

/**
 * What the LADO referral form sends, kept as typed: every field of the API's referral,
 * the adult's and the allegation's parts side by side ({@code adult.name} is
 * {@code adultName} here), the children one a line.
 */
class LadoReferralForm {

    private String adultName;

    private String adultRole;

    private String adultEmploymentStatus;

    private String allegationWhat;

    private String allegationWhen;

    private String allegationWhere;

    private String allegationHowItCameToLight;

    private String childrenInvolved;

    private String actionsTaken;

    private boolean informedParents;

    private boolean informedPolice;

    private boolean informedHr;

    private String reason;

    IncidentRequests.LadoReferral toRequest() {
        List<String> children = childrenInvolved == null ? List.of()
                : Arrays.stream(childrenInvolved.split("\\R"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        return new IncidentRequests.LadoReferral(
                new IncidentRequests.Adult(FormValues.text(adultName), FormValues.text(adultRole),
                        FormValues.text(adultEmploymentStatus)),
                new IncidentRequests.Allegation(FormValues.text(allegationWhat), FormValues.text(allegationWhen),
                        FormValues.text(allegationWhere), FormValues.text(allegationHowItCameToLight)),
                children, FormValues.text(actionsTaken),
                new IncidentRequests.Informed(informedParents, informedPolice, informedHr), FormValues.text(reason));
    }

    /**
     * The form field that shows a field of the request: {@code adult.role} is
     * {@code adultRole}; every child is in the one {@code childrenInvolved}.
     */
    static String fieldOnForm(String requestField) {
        String[] parts = requestField.replaceAll("\\[\\d+]", "").split("\\.");
        StringBuilder field = new StringBuilder(parts[0]);
        for (int part = 1; part < parts.length; part++) {
            field.append(Character.toUpperCase(parts[part].charAt(0))).append(parts[part].substring(1));
        }
        return field.toString();
    }

    public String getAdultName() {
        return adultName;
    }

    public void setAdultName(String adultName) {
        this.adultName = adultName;
    }

    public String getAdultRole() {
        return adultRole;
    }

    public void setAdultRole(String adultRole) {
        this.adultRole = adultRole;
    }

    public String getAdultEmploymentStatus() {
        return adultEmploymentStatus;
    }

    public void setAdultEmploymentStatus(String adultEmploymentStatus) {
        this.adultEmploymentStatus = adultEmploymentStatus;
    }

    public String getAllegationWhat() {
        return allegationWhat;
    }

    public void setAllegationWhat(String allegationWhat) {
        this.allegationWhat = allegationWhat;
    }

    public String getAllegationWhen() {
        return allegationWhen;
    }

    public void setAllegationWhen(String allegationWhen) {
        this.allegationWhen = allegationWhen;
    }

    public String getAllegationWhere() {
        return allegationWhere;
    }

    public void setAllegationWhere(String allegationWhere) {
        this.allegationWhere = allegationWhere;
    }

    public String getAllegationHowItCameToLight() {
        return allegationHowItCameToLight;
    }

    public void setAllegationHowItCameToLight(String allegationHowItCameToLight) {
        this.allegationHowItCameToLight = allegationHowItCameToLight;
    }

    public String getChildrenInvolved() {
        return childrenInvolved;
    }

    public void setChildrenInvolved(String childrenInvolved) {
        this.childrenInvolved = childrenInvolved;
    }

    public String getActionsTaken() {
        return actionsTaken;
    }

    public void setActionsTaken(String actionsTaken) {
        this.actionsTaken = actionsTaken;
    }

    public boolean isInformedParents() {
        return informedParents;
    }

    public void setInformedParents(boolean informedParents) {
        this.informedParents = informedParents;
    }

    public boolean isInformedPolice() {
        return informedPolice;
    }

    public void setInformedPolice(boolean informedPolice) {
        this.informedPolice = informedPolice;
    }

    public boolean isInformedHr() {
        return informedHr;
    }

    public void setInformedHr(boolean informedHr) {
        this.informedHr = informedHr;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

}
