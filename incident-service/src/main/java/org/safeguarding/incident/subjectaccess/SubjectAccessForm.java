package org.safeguarding.incident.subjectaccess;

import org.safeguarding.kernel.api.incident.DataSubjectKind;
import org.safeguarding.kernel.page.FormValues;

/** The subject access page's fields, as typed, turned into the API's request. */
class SubjectAccessForm {

    private DataSubjectKind subjectKind;

    private String ref;

    private String name;

    private String username;

    private String reason;

    private String note;

    SubjectAccessRequests.Request request() {
        return new SubjectAccessRequests.Request(subjectKind, ref, name, username, reason);
    }

    SubjectAccessRequests.Release release() {
        return new SubjectAccessRequests.Release(FormValues.blank(note) ? null : note.strip());
    }

    public DataSubjectKind getSubjectKind() {
        return subjectKind;
    }

    public void setSubjectKind(DataSubjectKind subjectKind) {
        this.subjectKind = subjectKind;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

}
