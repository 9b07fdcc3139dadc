package org.safeguarding.post.retention;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/disposals/{id}/certificate}: a completed disposal's certificate, as
 * JSON or PDF, signed like every export, so that the school can show an auditor what it
 * disposed of and on whose decision.
 */
@RestController
@Tag(name = "retention")
@PreAuthorize(ContentRetentionController.RETENTION_READERS)
class DisposalCertificateController {

    private static final String PATH = "/api/disposals/{id}/certificate";

    private final DisposalCertificates certificates;

    DisposalCertificateController(DisposalCertificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return certificates.json(id);
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return certificates.pdf(id);
    }

}
