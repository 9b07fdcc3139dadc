package org.safeguarding.post.comment;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.post.CommentAction;
import org.safeguarding.kernel.api.post.Escalation;

/** The bodies of the comment calls. */
final class CommentRequests {

    private CommentRequests() {
    }

    /**
     * An inbound comment; the platform ids are optional and let the platform adapter act
     * on the real thing.
     */
    record Inbound(@NotBlank @Size(max = 64) String accountId, @NotBlank @Size(max = 200) String author,
            @Size(max = 100) String authorPlatformId, @NotBlank @Size(max = 10_000) String text,
            @NotNull Instant receivedAt, @Size(max = 64) String onPostId, @Size(max = 100) String platformCommentId) {
    }

    @Schema(description = "What was done about a comment, and why; escalate reports an incident about it", example = """
            {
              "action": "HIDE",
              "note": "Mocks a named pupil; hidden and passed to the DSL",
              "publicReason": "Hidden because it names a pupil: we do not allow comments about individual children.",
              "escalate": { "category": "CYBERBULLYING", "summary": "Comment on the school's page mocks a named pupil" }
            }
            """)
    record Moderation(@NotNull CommentAction action, @NotBlank @Size(max = 2_000) String note,
            @Size(max = 280) String publicReason, @Valid EscalationBody escalate) {
    }

    /**
     * What to report: left out, {@code form} is the orange e-safety form,
     * {@code subjects} no one and {@code allegationAgainstAdult} false.
     */
    @Schema(description = "An escalation; a comment accusing an adult of harming a child is an allegation, "
            + "routed to their case manager with the LADO clock", example = """
                    {
                      "category": "STAFF_CONDUCT",
                      "summary": "A parent's comment says a teacher hit her son",
                      "form": "SAFEGUARDING",
                      "subjects": [ { "kind": "STAFF", "name": "Mr Green", "ref": "mgreen" } ],
                      "allegationAgainstAdult": true
                    }
                    """)
    record EscalationBody(@NotNull Category category, @NotBlank @Size(max = 200) String summary, Form form,
            @Size(max = 50) List<@Valid @NotNull SubjectBody> subjects, Boolean allegationAgainstAdult) {

        EscalationBody(Category category, String summary) {
            this(category, summary, null, null, null);
        }

        Escalation toEscalation() {
            return new Escalation(category, summary, form == null ? Form.E_SAFETY : form,
                    subjects == null ? List.of() : subjects.stream().map(SubjectBody::toSubject).toList(),
                    Boolean.TRUE.equals(allegationAgainstAdult));
        }
    }

    /** Someone the comment is about; for staff, {@code ref} is their username. */
    record SubjectBody(@NotNull SubjectKind kind, @Size(max = 200) String name, @Size(max = 100) String ref) {

        Subject toSubject() {
            return new Subject(kind, name, ref);
        }
    }

}
