package org.safeguarding.post.account;

import java.util.EnumSet;
import java.util.Set;

import org.safeguarding.kernel.api.post.ReviewCheck;

/**
 * What the forms on an account's page send: the version of the account the person was
 * shown, and what they typed for the step they took. Each step's field is its own, so a
 * refused step comes back with what was typed for it.
 */
class AccountAction {

    private Long version;

    private String rejectionReason;

    private String username;

    private String closureReason;

    private String findings;

    private Set<ReviewCheck> confirmed = EnumSet.noneOf(ReviewCheck.class);

    /**
     * The version as the API's {@code If-Match} names it; none for whatever is current.
     */
    String ifMatch() {
        return version == null ? null : version.toString();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public Set<ReviewCheck> getConfirmed() {
        return confirmed;
    }

    public void setConfirmed(Set<ReviewCheck> confirmed) {
        this.confirmed = confirmed;
    }

}
