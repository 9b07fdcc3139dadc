package org.safeguarding.post.consent;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

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

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentGivenOn;

    private String consentGivenBy;

    private String relationship;

    private String formReference;

    private String academicYear;

    static PupilForm of(PupilRecord pupil) {
        PupilForm form = new PupilForm();
        form.ref = pupil.ref();
        form.existing = true;
        form.name = pupil.name();
        form.photoConsent = pupil.photoConsent();
        form.noPhotoList = pupil.noPhotoList();
        if (pupil.writtenConsent() != null) {
            form.consentGivenOn = pupil.writtenConsent().givenOn();
            form.consentGivenBy = pupil.writtenConsent().givenBy();
            form.relationship = pupil.writtenConsent().relationship();
            form.formReference = pupil.writtenConsent().formReference();
            form.academicYear = pupil.writtenConsent().academicYear();
        }
        return form;
    }

    ConsentRequests.Consent toRequest() {
        return new ConsentRequests.Consent(name == null ? "" : name, photoConsent, noPhotoList,
                reason == null || reason.isBlank() ? null : reason.strip(), writtenConsent());
    }

    /** None when the written-consent fields are all left empty. */
    private ConsentRequests.WrittenConsentBody writtenConsent() {
        boolean none = consentGivenOn == null && isBlank(consentGivenBy) && isBlank(relationship)
                && isBlank(formReference) && isBlank(academicYear);
        return none ? null : new ConsentRequests.WrittenConsentBody(consentGivenOn, consentGivenBy, relationship,
                formReference, academicYear);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The field a refusal is about: the ref, or the name. */
    static String fieldOf(String violationCode) {
        return switch (violationCode) {
            case "INVALID_REF" -> "ref";
            case "NAME_REQUIRED" -> "name";
            case "WRITTEN_CONSENT_INCOMPLETE" -> "consentGivenBy";
            case "INVALID_ACADEMIC_YEAR" -> "academicYear";
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

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(LocalDate consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public String getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(String consentGivenBy) {
        this.consentGivenBy = consentGivenBy;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public String getFormReference() {
        return formReference;
    }

    public void setFormReference(String formReference) {
        this.formReference = formReference;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }

}
