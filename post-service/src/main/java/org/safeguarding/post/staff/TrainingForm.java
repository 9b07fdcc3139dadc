package org.safeguarding.post.staff;

import java.time.LocalDate;

import org.safeguarding.kernel.api.post.TrainingKind;
import org.springframework.format.annotation.DateTimeFormat;

/** What the report page's training form sends: who, what, when, and a note. */
class TrainingForm {

    private String username;

    private TrainingKind kind;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate completedOn;

    private String note;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public void setKind(TrainingKind kind) {
        this.kind = kind;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

}
