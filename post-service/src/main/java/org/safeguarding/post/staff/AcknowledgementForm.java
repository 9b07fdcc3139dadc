package org.safeguarding.post.staff;

/**
 * What the policy page sends: the version the person was shown, so a version changed
 * since is refused rather than acknowledged unread.
 */
class AcknowledgementForm {

    private String version;

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

}
