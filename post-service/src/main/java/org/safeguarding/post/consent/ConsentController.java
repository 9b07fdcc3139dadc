package org.safeguarding.post.consent;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.PagedResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consent register, kept by the office and the DSL: one pupil at a time, or a CSV
 * export from the MIS. Every change is a {@code RecordPupilConsent} command, so it is an
 * event with who, when and why.
 */
@RestController
@Tag(name = "consent", description = "The consent register: who may appear in posts, and the no-photo list")
@Validated
@RequestMapping("/api/pupils")
@PreAuthorize("hasAnyRole('ADMIN', 'DSL')")
class ConsentController {

    record ImportReport(int imported, List<ConsentCsv.Problem> rejected) {
    }

    private final ConsentKeeping consent;

    ConsentController(ConsentKeeping consent) {
        this.consent = consent;
    }

    @PutMapping("/{ref}")
    PupilRecord put(@PathVariable String ref, @Valid @RequestBody ConsentRequests.Consent body) {
        return consent.record(ref, body);
    }

    @GetMapping("/{ref}")
    PupilRecord view(@PathVariable String ref) {
        return consent.find(ref);
    }

    /**
     * Every change of the pupil's consent and written consent, oldest first, from its
     * events.
     */
    @GetMapping("/{ref}/consent-history")
    List<ConsentHistory.Entry> history(@PathVariable String ref) {
        return consent.history(ref);
    }

    @GetMapping
    PagedResult<PupilRecord> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return consent.list(page, size);
    }

    /** See {@link ConsentKeeping#importCsv}: the file's good rows are applied whole. */
    @PostMapping(path = "/import", consumes = "text/csv")
    ImportReport importCsv(@RequestBody String csv, @RequestParam(required = false) @Size(max = 2_000) String reason) {
        ConsentCsv.Result result = consent.importCsv(csv, reason);
        return new ImportReport(result.rows().size(), result.problems());
    }

}
