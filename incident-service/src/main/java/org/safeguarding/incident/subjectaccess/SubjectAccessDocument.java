package org.safeguarding.incident.subjectaccess;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.safeguarding.kernel.export.PdfReport;
import org.safeguarding.incident.export.SchoolTime;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.audit.Checkpoints;

/** A subject access request laid out as a PDF for the DSL's review. */
final class SubjectAccessDocument {

    private SubjectAccessDocument() {
    }

    static byte[] pdf(SubjectAccessView view, Checkpoints.Checkpoint checkpoint) {
        Bundle bundle = view.bundle();
        PdfReport report = new PdfReport("Subject access request " + view.id(), view.notice())
            .field("Person",
                    (view.subject() == null ? "deleted on " + SchoolTime.dateTime(view.fileDeletedAt())
                            : person(view.subject())) + " (" + view.subjectKind() + ", known to the record as "
                            + view.subjectPseudonym() + ")")
            .field("Requested by", view.requestedBy() + " on " + SchoolTime.dateTime(view.requestedAt()))
            .field("Reason", view.reason())
            .field("Status",
                    view.status().name() + (view.release() == null ? "" : ", released by " + view.release().by()
                            + " on " + SchoolTime.dateTime(view.release().at()) + ": " + view.release().note()));
        report.heading("Incidents (" + bundle.incidents().size() + ")");
        for (Bundle.IncidentItem incident : bundle.incidents()) {
            report.heading("Incident " + incident.incidentId())
                .field("Reported", SchoolTime.dateTime(incident.reportedAt()) + " by " + incident.reportedBy())
                .field("Form and category", incident.form() + ", " + incident.category())
                .field("Named as", String.join(", ", incident.namedAs()))
                .field("Subjects",
                        incident.subjects()
                            .stream()
                            .map(SubjectAccessDocument::subject)
                            .collect(Collectors.joining("; ")))
                .field("Summary", incident.summary())
                .field("Details", incident.details())
                .field("Status", incident.status() + (incident.outcome() == null ? "" : ", " + incident.outcome()))
                .field("Referrals", String.join(", ", incident.referrals()))
                .field("May be exempt", exemptions(incident.exemptions()))
                .table(List.of("step", "date", "time", "actor", "role", "event", "what happened", "why"),
                        incident.chronology()
                            .stream()
                            .map(step -> List.of(String.valueOf(step.step()), SchoolTime.date(step.at()),
                                    SchoolTime.time(step.at()), text(step.actor()), text(step.role()), step.event(),
                                    text(step.summary()), text(step.reason())))
                            .toList(),
                        3, 7, 6, 8, 10, 12, 30, 24);
        }
        report.heading("Comments on the school's accounts (" + bundle.comments().size() + ")");
        for (Bundle.CommentItem comment : bundle.comments()) {
            report.field("Comment " + comment.commentId(),
                    SchoolTime.dateTime(comment.receivedAt()) + " on " + comment.platform() + " "
                            + comment.accountHandle() + " by " + comment.author() + " (" + comment.status() + "): "
                            + comment.text())
                .field("May be exempt", exemptions(comment.exemptions()));
        }
        report.heading("Posts (" + bundle.posts().size() + ")");
        for (Bundle.PostItem post : bundle.posts()) {
            report.field("Post " + post.postId(), SchoolTime.dateTime(post.draftedAt()) + " by " + post.author() + " ("
                    + post.status() + "): " + post.text() + " " + String.join(" / ", post.captions()));
        }
        report.heading("Consent register (" + bundle.consents().size() + ")");
        report.table(List.of("ref", "date", "change", "by", "photo consent", "no-photo list", "reason"), bundle
            .consents()
            .stream()
            .map(change -> List.of(change.ref(), SchoolTime.date(change.at()), change.change(), text(change.by()),
                    change.photoConsent() == null ? "" : PdfReport.yesNo(change.photoConsent()),
                    change.noPhotoList() == null ? "" : PdfReport.yesNo(change.noPhotoList()), text(change.reason())))
            .toList(), 10, 8, 18, 10, 8, 8, 38);
        return report.finish(checkpoint);
    }

    private static String person(DataSubject subject) {
        return Stream.of(subject.name(), subject.ref(), subject.username())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
    }

    private static String subject(Subject subject) {
        return subject.kind() + " " + (subject.name() == null ? "" : subject.name())
                + (subject.ref() == null ? "" : " (" + subject.ref() + ")");
    }

    private static String exemptions(List<Exemption> exemptions) {
        return exemptions.isEmpty() ? "none marked"
                : exemptions.stream().map(mark -> mark.code() + ": " + mark.reason()).collect(Collectors.joining(" "));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

}
