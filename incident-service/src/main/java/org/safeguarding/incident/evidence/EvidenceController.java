package org.safeguarding.incident.evidence;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files on an incident (social media policy 8: screen captures of what was
 * posted): added by those who add notes, read by those who may read the case file.
 */
@RestController
@Tag(name = "evidence", description = "Screenshots, photos and PDFs kept encrypted with the case; never sexual imagery")
@RequestMapping("/api/incidents/{id}/evidence")
class EvidenceController {

    private final Evidence evidence;

    EvidenceController(Evidence evidence) {
        this.evidence = evidence;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", description = "Added: what the record says of the file",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the file is read back"))
    ResponseEntity<Evidence.Added> add(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestPart(value = "file", required = false) MultipartFile file) {
        Evidence.Added added = evidence.add(id, ifMatch, file);
        return ResponseEntity.created(URI.create("/api/incidents/" + id + "/evidence/" + added.id())).body(added);
    }

    @GetMapping("/{evidenceId}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String evidenceId) {
        return attachment(evidence.file(id, evidenceId));
    }

    /**
     * As an attachment, never shown inline: the browser does not render what was
     * uploaded.
     */
    static ResponseEntity<byte[]> attachment(EvidenceFiles.EvidenceFile file) {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString())
            .cacheControl(CacheControl.noStore())
            .body(file.content());
    }

}
