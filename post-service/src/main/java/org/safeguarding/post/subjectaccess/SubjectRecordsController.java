package org.safeguarding.post.subjectaccess;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.CommentConcerning;
import org.safeguarding.kernel.api.post.ConsentChange;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.api.post.FindCommentsConcerning;
import org.safeguarding.kernel.api.post.FindConsentHistory;
import org.safeguarding.kernel.api.post.FindPostsConcerning;
import org.safeguarding.kernel.api.post.PostConcerning;
import org.safeguarding.kernel.api.post.SubjectRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/subject-access/records}: every comment, post and consent register
 * entry concerning one person, for the DSL's subject access request. incident-service
 * asks for the DSL or headteacher who made the request (as them, via its account); they
 * may also ask here themselves. A POST, so that the person's name travels in the body and
 * never in a logged URL; it changes nothing.
 */
@RestController
@Tag(name = "subject access", description = "What post-service holds about one person, for the DSL")
class SubjectRecordsController {

    /** The person as the DSL identified them: a pupil's ref, a name, a username. */
    record Identity(@Size(max = 200) String ref, @Size(max = 200) String name, @Size(max = 200) String username) {
    }

    private final QueryGateway queries;

    SubjectRecordsController(QueryGateway queries) {
        this.queries = queries;
    }

    @PostMapping("/api/subject-access/records")
    @PreAuthorize("hasAnyRole('DSL', 'HEADTEACHER')")
    SubjectRecords records(@RequestBody @Valid Identity identity) {
        DataSubject subject = new DataSubject(blankless(identity.ref()), blankless(identity.name()),
                blankless(identity.username()));
        if (subject.ref() == null && subject.name() == null && subject.username() == null) {
            throw new RuleViolation(SubjectAccessProblem.SUBJECT_NOT_IDENTIFIED,
                    "Name the person by ref, name or username");
        }
        List<CommentConcerning> comments = queries
            .query(new FindCommentsConcerning(subject), ResponseTypes.multipleInstancesOf(CommentConcerning.class))
            .join();
        List<PostConcerning> posts = queries
            .query(new FindPostsConcerning(subject), ResponseTypes.multipleInstancesOf(PostConcerning.class))
            .join();
        List<ConsentChange> consents = queries
            .query(new FindConsentHistory(subject), ResponseTypes.multipleInstancesOf(ConsentChange.class))
            .join();
        return new SubjectRecords(comments, posts, consents);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
