package org.safeguarding.incident.incident;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident calls of API.md: a report through {@link Reporting}, every later step
 * through {@link CaseWork}, each answered with the new view.
 */
@RestController
@Tag(name = "incidents",
        description = "Report a concern, read and list incidents, and work on the case file until it is closed")
@Validated
@RequestMapping("/api/incidents")
class IncidentController {

    private final CaseWork work;

    private final Reporting reporting;

    private final IncidentHistory history;

    private final IncidentAccess access;

    private final AccessLog accessLog;

    private final Clock clock;

    IncidentController(CaseWork work, Reporting reporting, IncidentHistory history, IncidentAccess access,
            AccessLog accessLog, Clock clock) {
        this.work = work;
        this.reporting = reporting;
        this.history = history;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(Permissions.STAFF)
    @ApiResponse(responseCode = "201", description = "Reported: the new incident", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the new record is read"))
    ResponseEntity<IncidentView> report(@Valid @RequestBody IncidentRequests.Report body) {
        String id = reporting.report(body);
        // The record goes back to the service that reported it for someone: that is a
        // read, logged as one.
        if (CurrentActor.via().isPresent()) {
            accessLog.record(CurrentActor.require(), AccessLog.Action.VIEW, id);
        }
        return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(answer(CurrentActor.require(), id));
    }

    @GetMapping("/{id}")
    IncidentView view(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        IncidentAccess.Seen seen = access.read(CurrentActor.require(), id, AccessLog.Action.VIEW);
        if (asOf == null) {
            return seen.view().withDeadlinesAsOf(clock.instant());
        }
        return history.asOf(id, asOf)
            .map(then -> IncidentAccess.shaped(then, seen.sight()))
            .orElseThrow(() -> new RuleViolation(IncidentProblem.NOT_YET_REPORTED,
                    "The incident had not been reported at " + asOf));
    }

    @GetMapping
    PagedResult<IncidentView> list(@RequestParam(required = false) IncidentView.Status status,
            @RequestParam(required = false) Level level, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PagedResult<IncidentView> found = access.list(CurrentActor.require(), status, level, page, size);
        Instant now = clock.instant();
        return new PagedResult<>(found.content().stream().map(view -> view.withDeadlinesAsOf(now)).toList(),
                found.page(), found.size(), found.totalElements());
    }

    @PostMapping("/{id}/acknowledgement")
    @Tag(name = "escalation",
            description = "Acknowledge at the incident's level, or escalate it: computing lead, DSL, SLT")
    IncidentView acknowledge(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return work.acknowledge(id, ifMatch);
    }

    @PostMapping("/{id}/escalation")
    @Tag(name = "escalation")
    IncidentView escalate(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Escalation body) {
        return work.escalate(id, ifMatch, body);
    }

    @PostMapping("/{id}/moderation-actions")
    @PreAuthorize(Permissions.MODERATORS)
    IncidentView moderate(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.ModerationActionBody body) {
        return work.moderate(id, ifMatch, body);
    }

    @PostMapping("/{id}/lado-referral")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    @Tag(name = "LADO", description = "Allegations against adults: refer to the LADO, or record the decision not to")
    IncidentView referToLado(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.LadoReferral body) {
        return work.referToLado(id, ifMatch, body);
    }

    @PostMapping("/{id}/lado-decision-not-to-refer")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    @Tag(name = "LADO")
    IncidentView decideNotToRefer(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.LadoDecisionNotToRefer body) {
        return work.decideNotToRefer(id, ifMatch, body);
    }

    @PostMapping("/{id}/police-referral")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    IncidentView referToPolice(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.PoliceReferral body) {
        return work.referToPolice(id, ifMatch, body);
    }

    @PostMapping("/{id}/advice")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    IncidentView recordAdvice(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Advice body) {
        return work.recordAdvice(id, ifMatch, body);
    }

    @PostMapping("/{id}/notes")
    IncidentView addNote(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Note body) {
        return work.addNote(id, ifMatch, body);
    }

    @PostMapping("/{id}/closure")
    IncidentView close(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Closure body) {
        return work.close(id, ifMatch, body);
    }

    @PutMapping("/{id}/subjects")
    @Tag(name = "escalation")
    IncidentView correctSubjects(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.SubjectsCorrection body) {
        return work.correctSubjects(id, ifMatch, body);
    }

    @PostMapping("/{id}/reopening")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    IncidentView reopen(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IncidentRequests.Reopening body) {
        return work.reopen(id, ifMatch, body);
    }

    @PostMapping("/{id}/legal-hold")
    @PreAuthorize(Permissions.LEGAL_HOLDERS)
    @Tag(name = "retention", description = "How long records are kept, legal holds, and four-eyes disposal")
    IncidentView placeLegalHold(@PathVariable String id, @Valid @RequestBody IncidentRequests.LegalHold body) {
        return work.placeLegalHold(id, body);
    }

    @DeleteMapping("/{id}/legal-hold")
    @PreAuthorize(Permissions.LEGAL_HOLDERS)
    @Tag(name = "retention")
    IncidentView liftLegalHold(@PathVariable String id,
            @RequestParam(required = false) @Size(max = 2_000) String reason) {
        return work.liftLegalHold(id, reason);
    }

    private IncidentView answer(Actor actor, String id) {
        return access.answer(actor, id).withDeadlinesAsOf(clock.instant());
    }

}
