package org.safeguarding.post.consent;

/**
 * What the consent page sends for one pupil, kept as typed. It becomes the API's
 * {@link ConsentRequests.Consent}, and the same rules check both.
 */
class PupilForm {

    private String ref;

    private boolean existing;

    private String name;

    private boolean photoConsent;

    private boolean noPhotoList;

    private String reason;

    static PupilForm of(PupilRecord pupil) {
        PupilForm form = new PupilForm();
        form.ref = pupil.ref();
        form.existing = true;
        form.name = pupil.name();
        form.photoConsent = pupil.photoConsent();
        form.noPhotoList = pupil.noPhotoList();
        return form;
    }

    ConsentRequests.Consent toRequest() {
        return new ConsentRequests.Consent(name == null ? "" : name, photoConsent, noPhotoList,
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** The field a refusal is about: the ref, or the name. */
    static String fieldOf(String violationCode) {
        return switch (violationCode) {
            case "INVALID_REF" -> "ref";
            case "NAME_REQUIRED" -> "name";
            default -> null;
        };
    }

    String strippedRef() {
        return ref == null ? "" : ref.strip();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public boolean isExisting() {
        return existing;
    }

    public void setExisting(boolean existing) {
        this.existing = existing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isPhotoConsent() {
        return photoConsent;
    }

    public void setPhotoConsent(boolean photoConsent) {
        this.photoConsent = photoConsent;
    }

    public boolean isNoPhotoList() {
        return noPhotoList;
    }

    public void setNoPhotoList(boolean noPhotoList) {
        this.noPhotoList = noPhotoList;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

}
