package org.safeguarding.post.post;

/**
 * What the forms on a post's page send: the version of the post the person was shown (so
 * that nobody approves a post that changed since they read it), and the reason for
 * sending it back.
 */
class PostAction {

    private Long version;

    private String reason;

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

}
