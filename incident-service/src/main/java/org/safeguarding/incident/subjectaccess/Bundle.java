package org.safeguarding.incident.subjectaccess;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.post.CommentConcerning;
import org.safeguarding.kernel.api.post.WrittenConsent;

/**
 * Everything both services held about the person when the request was made, third parties
 * as pseudonyms, each item with the exemptions that may apply to it.
 */
record Bundle(List<IncidentItem> incidents, List<CommentItem> comments, List<PostItem> posts,
        List<ConsentItem> consents) {

    /** What is shown once the file is deleted. */
    static final Bundle EMPTY = new Bundle(List.of(), List.of(), List.of(), List.of());

    /**
     * An incident that names the person: {@code namedAs} says how (SUBJECT, REPORTER,
     * ACTOR, MENTIONED).
     */
    record IncidentItem(String incidentId, Instant reportedAt, String form, String category, String summary,
            String details, String status, String outcome, List<String> referrals, boolean allegationAgainstAdult,
            List<String> namedAs, List<Subject> subjects, String reportedBy, List<Step> chronology,
            List<Exemption> exemptions) {
    }

    /** One step of an incident's chronology. */
    record Step(long step, Instant at, String actor, String role, String event, String summary, String reason) {
    }

    record CommentItem(String commentId, String platform, String accountHandle, String author, String text,
            Instant receivedAt, String status, boolean writtenBySubject,
            List<CommentConcerning.ModerationStep> moderation, List<String> incidentIds, List<Exemption> exemptions) {
    }

    record PostItem(String postId, String author, String status, String text, List<String> captions, Instant draftedAt,
            boolean writtenBySubject, boolean showsSubject, List<Exemption> exemptions) {
    }

    record ConsentItem(String ref, Instant at, String change, String by, String reason, String name,
            Boolean photoConsent, Boolean noPhotoList, WrittenConsent writtenConsent) {
    }

    int items() {
        return incidents.size() + comments.size() + posts.size() + consents.size();
    }

}
