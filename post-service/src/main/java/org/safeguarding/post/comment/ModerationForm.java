package org.safeguarding.post.comment;

import java.util.List;

import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.post.CommentAction;

/**
 * What the moderation page sends, kept as typed. It becomes the API's
 * {@link CommentRequests.Moderation}, and the same rules check both.
 */
class ModerationForm {

    private Long version;

    private CommentAction action;

    private String note;

    private String publicReason;

    private boolean escalate;

    private Category category;

    private String summary;

    private Form form;

    private SubjectKind subjectKind;

    private String subjectName;

    private String subjectRef;

    private Boolean allegationAgainstAdult;

    CommentRequests.Moderation toRequest() {
        return new CommentRequests.Moderation(action, note == null ? "" : note.strip(), blankAsNull(publicReason),
                escalate ? new CommentRequests.EscalationBody(category, summary == null ? "" : summary.strip(), form,
                        subject(), allegationAgainstAdult) : null);
    }

    /** The one person a moderator may name: none when the row is left empty. */
    private List<CommentRequests.SubjectBody> subject() {
        String name = blankAsNull(subjectName);
        String ref = blankAsNull(subjectRef);
        if (subjectKind == null && name == null && ref == null) {
            return null;
        }
        return List.of(new CommentRequests.SubjectBody(subjectKind, name, ref));
    }

    /** The form field that shows a field of the request: the escalation's are its own. */
    static String fieldOnForm(String requestField) {
        return switch (requestField) {
            case "escalate", "escalate.category" -> "category";
            case "escalate.summary" -> "summary";
            case "escalate.form" -> "form";
            case "escalate.subjects", "escalate.subjects[0].kind" -> "subjectKind";
            case "escalate.subjects[0].name" -> "subjectName";
            case "escalate.subjects[0].ref" -> "subjectRef";
            default -> requestField;
        };
    }

    /**
     * The field a refusal of the moderation is about; null for the comment as a whole.
     */
    static String fieldOf(String violationCode) {
        return switch (violationCode) {
            case "NOTE_REQUIRED" -> "note";
            case "PUBLIC_REASON_REQUIRED", "PUPIL_NAMED" -> "publicReason";
            case "ESCALATION_INCOMPLETE" -> "summary";
            case "ALLEGATION_NAMES_NO_ADULT" -> "subjectKind";
            case "ALREADY_HIDDEN", "COMMENT_DELETED" -> "action";
            default -> null;
        };
    }

    String ifMatch() {
        return version == null ? null : version.toString();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public CommentAction getAction() {
        return action;
    }

    public void setAction(CommentAction action) {
        this.action = action;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPublicReason() {
        return publicReason;
    }

    public void setPublicReason(String publicReason) {
        this.publicReason = publicReason;
    }

    public boolean isEscalate() {
        return escalate;
    }

    public void setEscalate(boolean escalate) {
        this.escalate = escalate;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Form getForm() {
        return form;
    }

    public void setForm(Form form) {
        this.form = form;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public void setSubjectKind(SubjectKind subjectKind) {
        this.subjectKind = subjectKind;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public void setSubjectRef(String subjectRef) {
        this.subjectRef = subjectRef;
    }

    public Boolean getAllegationAgainstAdult() {
        return allegationAgainstAdult;
    }

    public void setAllegationAgainstAdult(Boolean allegationAgainstAdult) {
        this.allegationAgainstAdult = allegationAgainstAdult;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

}
