package org.safeguarding.incident.subjectaccess;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.safeguarding.incident.export.ExportFormat;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/subject-access}: the DSL or headteacher asks for everything both services
 * hold about a pupil or an adult, reads it as signed JSON or PDF
 * ({@code /api/subject-access/{id}.pdf}, {@code ?format=pdf} or {@code Accept}), and
 * records its release.
 */
@RestController
@Tag(name = "subject access",
        description = "Everything held about one person, for the DSL to review and release (UK GDPR Art. 15)")
@PreAuthorize(Permissions.EXPORTERS)
class SubjectAccessController {

    private static final String PATH = "/api/subject-access";

    private static final String ONE = PATH + "/{id}";

    private final SubjectAccessRequests requests;

    SubjectAccessController(SubjectAccessRequests requests) {
        this.requests = requests;
    }

    @PostMapping(PATH)
    ResponseEntity<SubjectAccessView> request(@Valid @RequestBody SubjectAccessRequests.Request body) {
        Actor requester = CurrentActor.require();
        String id = requests.request(requester, body);
        return ResponseEntity.created(URI.create(PATH + "/" + id))
            .body(requests.read(requester, id, AccessLog.Action.SUBJECT_ACCESS));
    }

    @GetMapping(value = ONE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return requests.signed(CurrentActor.require(), id, ExportFormat.JSON);
    }

    @GetMapping(value = ONE, params = "format=pdf")
    ResponseEntity<byte[]> pdfAsked(@PathVariable String id) {
        return pdf(id);
    }

    @GetMapping(value = ONE, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdfAccepted(@PathVariable String id) {
        return pdf(id);
    }

    @GetMapping(ONE + ".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return requests.signed(CurrentActor.require(), id, ExportFormat.PDF);
    }

    @PostMapping(ONE + "/release")
    SubjectAccessView release(@PathVariable String id, @Valid @RequestBody SubjectAccessRequests.Release body) {
        requests.release(id, body);
        return requests.read(CurrentActor.require(), id, AccessLog.Action.SUBJECT_ACCESS);
    }

}
