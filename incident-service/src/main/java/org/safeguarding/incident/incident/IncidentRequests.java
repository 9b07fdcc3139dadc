package org.safeguarding.incident.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.incident.AdviceSource;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.LadoReferralDetails;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.ModerationActionType;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;

/**
 * The bodies of the incident calls, with the limits API.md sets: the case page builds the
 * same requests from its forms and holds them to the same rules.
 */
public final class IncidentRequests {

    private IncidentRequests() {
    }

    @Schema(description = "ReportIncident: a concern, on the orange (E_SAFETY) or yellow (SAFEGUARDING) form",
            example = """
                    {
                      "form": "SAFEGUARDING",
                      "category": "CYBERBULLYING",
                      "summary": "Pupil sent hurtful messages in a class group chat",
                      "details": "Amy's mother rang the office: classmates have mocked Amy in the chat since Monday.",
                      "occurredAt": "2026-11-16T19:30:00Z",
                      "channel": "OTHER_ONLINE",
                      "platform": "WhatsApp",
                      "subjects": [
                        { "kind": "PUPIL", "name": "Amy Brown", "ref": "P-17", "dateOfBirth": "2014-05-02" }
                      ],
                      "allegationAgainstAdult": false
                    }
                    """)
    public record Report(@NotNull Form form, @NotNull Category category, @NotBlank @Size(max = 200) String summary,
            @Size(max = 10_000) String details, @NotNull @PastOrPresent Instant occurredAt, @NotNull Channel channel,
            @Size(max = 100) String platform, @Valid ContentRefBody contentRef,
            @Size(max = 50) List<@Valid @NotNull SubjectBody> subjects, Boolean allegationAgainstAdult) {
    }

    public record ContentRefBody(@NotNull ContentType type, @NotBlank @Size(max = 100) String id) {
    }

    /**
     * A person the incident is about; a pupil's (or an adult's) date of birth, when
     * known, sets how long the record is kept.
     */
    public record SubjectBody(@NotNull SubjectKind kind, @Size(max = 200) String name, @Size(max = 100) String ref,
            @Past LocalDate dateOfBirth) {

        public SubjectBody(SubjectKind kind, String name, String ref) {
            this(kind, name, ref, null);
        }

        Subject toSubject() {
            return new Subject(kind, name, ref, dateOfBirth);
        }
    }

    @Schema(description = "Escalation upwards only: to DSL or SLT", example = """
            {
              "to": "DSL",
              "reason": "One message mentions self-harm: a safeguarding matter for the DSL"
            }
            """)
    public record Escalation(@NotNull Level to, @NotBlank @Size(max = 2_000) String reason) {
    }

    public record ModerationActionBody(@NotNull ModerationActionType action, @NotBlank @Size(max = 2_000) String note) {
    }

    @Schema(description = "A referral to the LADO of an allegation against an adult who works with children",
            example = """
                    {
                      "adult": {
                        "name": "Mr Green",
                        "role": "Teaching assistant",
                        "employmentStatus": "Permanent, full time"
                      },
                      "allegation": {
                        "what": "Sent private Instagram messages to a pupil",
                        "when": "14 November 2026, evening",
                        "where": "Instagram",
                        "howItCameToLight": "The pupil told her class teacher"
                      },
                      "childrenInvolved": [ "Amy Brown" ],
                      "actionsTaken": "Access to school accounts suspended; messages preserved",
                      "informed": { "parents": true, "police": false, "hr": true }
                    }
                    """)
    public record LadoReferral(@NotNull @Valid Adult adult, @NotNull @Valid Allegation allegation,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> childrenInvolved,
            @Size(max = 10_000) String actionsTaken, @Valid Informed informed, @Size(max = 2_000) String reason) {

        LadoReferralDetails details() {
            Informed told = informed == null ? new Informed(false, false, false) : informed;
            return new LadoReferralDetails(
                    new LadoReferralDetails.Adult(adult.name(), adult.role(), adult.employmentStatus()),
                    new LadoReferralDetails.Allegation(allegation.what(), allegation.when(), allegation.where(),
                            allegation.howItCameToLight()),
                    childrenInvolved == null ? List.of() : List.copyOf(childrenInvolved), actionsTaken,
                    new LadoReferralDetails.Informed(told.parents(), told.police(), told.hr()));
        }
    }

    public record Adult(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String role,
            @Size(max = 200) String employmentStatus) {
    }

    public record Allegation(@NotBlank @Size(max = 10_000) String what, @Size(max = 200) String when,
            @Size(max = 200) String where, @Size(max = 2_000) String howItCameToLight) {
    }

    public record Informed(boolean parents, boolean police, boolean hr) {
    }

    public record LadoDecisionNotToRefer(@NotBlank @Size(max = 10_000) String rationale) {
    }

    public record PoliceReferral(@NotBlank @Size(max = 2_000) String reason, @Size(max = 100) String crimeReference) {
    }

    public record Advice(@NotNull AdviceSource from, @NotBlank @Size(max = 10_000) String summary,
            @NotNull @PastOrPresent Instant receivedAt) {
    }

    public record Note(@NotBlank @Size(max = 10_000) String text) {
    }

    public record Closure(@NotNull Outcome outcome, @NotBlank @Size(max = 10_000) String rationale) {
    }

    @Schema(description = "The corrected list of who the incident is about, replacing the one before, and why",
            example = """
                    {
                      "subjects": [ { "kind": "STAFF", "name": "Mr Green", "ref": "mgreen" } ],
                      "reason": "The parent's message names the teaching assistant, not a pupil"
                    }
                    """)
    public record SubjectsCorrection(@NotNull @Size(max = 50) List<@Valid @NotNull SubjectBody> subjects,
            @NotBlank @Size(max = 2_000) String reason) {

        List<Subject> toSubjects() {
            return subjects.stream().map(SubjectBody::toSubject).toList();
        }
    }

    @Schema(description = "Why the case is held from disposal: the police investigation or the inquiry", example = """
            {
              "reason": "Police investigation, crime reference 45/2026/1234: keep until the police say"
            }
            """)
    public record LegalHold(@NotBlank @Size(max = 2_000) String reason) {
    }

    public record Reopening(@NotBlank @Size(max = 2_000) String reason) {
    }

}
