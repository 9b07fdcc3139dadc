package org.safeguarding.incident.subjectaccess;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.timeline.TimelineEntry;
import org.safeguarding.kernel.api.incident.DataSubjectKind;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.post.CommentConcerning;
import org.safeguarding.kernel.api.post.ConsentChange;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.api.post.PostConcerning;
import org.safeguarding.kernel.api.post.SubjectRecords;
import org.safeguarding.kernel.api.post.WrittenConsent;

/**
 * Which incidents concern the person, and the bundle made from them and post-service's
 * records: every other person as {@link ThirdParties} shows them, every item marked with
 * its {@link Exemption}s.
 */
final class BundleAssembly {

    static final String SUBJECT = "SUBJECT";

    static final String REPORTER = "REPORTER";

    static final String ACTOR = "ACTOR";

    static final String MENTIONED = "MENTIONED";

    /** An incident with its chronology. */
    record IncidentRecord(IncidentView incident, List<TimelineEntry> chronology) {
    }

    private BundleAssembly() {
    }

    /**
     * How the incident names the person; none when it does not. A pupil is named as a
     * subject or in its text; an adult also as its reporter or as anyone who acted on it.
     */
    static List<String> namedAs(DataSubject subject, DataSubjectKind kind, IncidentRecord record) {
        IncidentView incident = record.incident();
        List<String> named = new ArrayList<>();
        if (incident.subjects().stream().anyMatch(each -> isThem(subject, each))) {
            named.add(SUBJECT);
        }
        if (kind == DataSubjectKind.ADULT && subject.is(incident.reportedBy())) {
            named.add(REPORTER);
        }
        if (kind == DataSubjectKind.ADULT
                && record.chronology().stream().anyMatch(entry -> subject.is(entry.actor().username()))) {
            named.add(ACTOR);
        }
        if (subject.isMentionedIn(incident.summary()) || subject.isMentionedIn(incident.details())
                || record.chronology()
                    .stream()
                    .anyMatch(
                            entry -> subject.isMentionedIn(entry.summary()) || subject.isMentionedIn(entry.reason()))) {
            named.add(MENTIONED);
        }
        return List.copyOf(named);
    }

    private static boolean isThem(DataSubject subject, Subject named) {
        return (named.ref() != null && named.ref().equals(subject.ref())) || subject.is(named.name())
                || (subject.username() != null && subject.username().equals(named.ref()));
    }

    static Bundle assemble(DataSubject subject, DataSubjectKind kind, List<IncidentRecord> incidents,
            SubjectRecords post, ThirdParties parties) {
        return new Bundle(incidents.stream().map(record -> incident(subject, kind, record, parties)).toList(),
                post.comments().stream().map(comment -> comment(comment, parties)).toList(),
                post.posts().stream().map(each -> post(each, parties)).toList(),
                post.consents().stream().map(change -> consent(change, parties)).toList());
    }

    private static Bundle.IncidentItem incident(DataSubject subject, DataSubjectKind kind, IncidentRecord record,
            ThirdParties parties) {
        IncidentView incident = record.incident();
        List<Bundle.Step> steps = record.chronology()
            .stream()
            .map(entry -> new Bundle.Step(entry.seq() + 1, entry.at(), parties.person(entry.actor().username()),
                    entry.actor().role(), entry.type(), parties.text(entry.summary()), parties.text(entry.reason())))
            .toList();
        return new Bundle.IncidentItem(incident.id(), incident.reportedAt(), String.valueOf(incident.form()),
                String.valueOf(incident.category()), parties.text(incident.summary()), parties.text(incident.details()),
                String.valueOf(incident.status()), incident.outcome() == null ? null : incident.outcome().name(),
                incident.referrals().stream().map(Enum::name).sorted().toList(), incident.allegationAgainstAdult(),
                namedAs(subject, kind, record), incident.subjects().stream().map(parties::subject).toList(),
                parties.person(incident.reportedBy()), steps, Exemption.of(incident));
    }

    private static Bundle.CommentItem comment(CommentConcerning comment, ThirdParties parties) {
        List<CommentConcerning.ModerationStep> moderation = comment.moderation()
            .stream()
            .map(step -> new CommentConcerning.ModerationStep(step.action(), parties.person(step.by()), step.at(),
                    parties.text(step.note()), parties.text(step.publicReason())))
            .toList();
        return new Bundle.CommentItem(comment.commentId(), comment.platform(), comment.accountHandle(),
                parties.person(comment.author()), parties.text(comment.text()), comment.receivedAt(), comment.status(),
                comment.writtenBySubject(), moderation, comment.incidentIds(),
                Exemption.ofComment(comment.incidentIds()));
    }

    private static Bundle.PostItem post(PostConcerning post, ThirdParties parties) {
        return new Bundle.PostItem(post.postId(), parties.person(post.author()), post.status(),
                parties.text(post.text()), post.captions().stream().map(parties::text).toList(), post.draftedAt(),
                post.writtenBySubject(), post.showsSubject(), List.of());
    }

    private static Bundle.ConsentItem consent(ConsentChange change, ThirdParties parties) {
        WrittenConsent written = change.writtenConsent();
        WrittenConsent shown = written == null ? null
                : new WrittenConsent(written.givenOn(), parties.person(written.givenBy()), written.relationship(),
                        written.formReference(), written.academicYear());
        return new Bundle.ConsentItem(change.ref(), change.at(), change.change(), parties.person(change.by()),
                parties.text(change.reason()), change.name(), change.photoConsent(), change.noPhotoList(), shown);
    }

}
