package org.safeguarding.post.post;

/**
 * What the forms on a post's page send: the version of the post the person was shown (so
 * that nobody approves a post that changed since they read it), the approver's checks of
 * the photos, and the reason for sending it back.
 */
class PostAction {

    private Long version;

    private String reason;

    private boolean visibleNamesChecked;

    private boolean noPupilsShownConfirmed;

    String ifMatch() {
        return version == null ? null : version.toString();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isVisibleNamesChecked() {
        return visibleNamesChecked;
    }

    public void setVisibleNamesChecked(boolean visibleNamesChecked) {
        this.visibleNamesChecked = visibleNamesChecked;
    }

    public boolean isNoPupilsShownConfirmed() {
        return noPupilsShownConfirmed;
    }

    public void setNoPupilsShownConfirmed(boolean noPupilsShownConfirmed) {
        this.noPupilsShownConfirmed = noPupilsShownConfirmed;
    }

}
