package org.safeguarding.post.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The consent register, kept by the office and the DSL: one pupil at a time, or a CSV export from the MIS. */
@RestController
@Validated
@RequestMapping("/api/pupils")
@PreAuthorize("hasAnyRole('ADMIN', 'DSL')")
class ConsentController {

    record Consent(@NotBlank @Size(max = 200) String name, @NotNull Boolean photoConsent, @NotNull Boolean noPhotoList) {
    }

    record ImportReport(int imported, List<ConsentCsv.Problem> rejected) {
    }

    private final ConsentRegister register;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConsentController(ConsentRegister register, TransactionTemplate transaction, Clock clock) {
        this.register = register;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PutMapping("/{ref}")
    PupilRecord put(@PathVariable String ref, @Valid @RequestBody Consent body) {
        if (!ConsentCsv.REF.matcher(ref).matches()) {
            throw RuleViolation.unprocessable("invalid-ref", "A pupil ref is 1 to 50 letters, digits, '.', '_' or '-'");
        }
        String name = body.name().trim().replaceAll("\\s+", " ");
        register.put(ref, name, body.photoConsent(), body.noPhotoList(), CurrentActor.require().username(), clock.instant());
        return register.find(ref).orElseThrow();
    }

    @GetMapping("/{ref}")
    PupilRecord view(@PathVariable String ref) {
        return register.find(ref).orElseThrow(() -> RuleViolation.notFound("pupil-not-found", "No such pupil ref"));
    }

    @GetMapping
    PagedResult<PupilRecord> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return register.list(page, size);
    }

    /** Good rows are kept (all in one transaction), bad rows are listed by line; a row is never half-applied. */
    @PostMapping(path = "/import", consumes = "text/csv")
    ImportReport importCsv(@RequestBody String csv) {
        ConsentCsv.Result result = ConsentCsv.read(csv).orElseThrow(() -> new RuleViolation(RuleViolation.Kind.UNPROCESSABLE,
                "csv-header-required", "The first line must name the columns ref,name,photoConsent,noPhotoList",
                List.of(new Violation("CSV_HEADER_REQUIRED", "Expected the header ref,name,photoConsent,noPhotoList"))));
        String by = CurrentActor.require().username();
        Instant at = clock.instant();
        transaction.executeWithoutResult(status -> result.rows().forEach(row ->
                register.put(row.ref(), row.name(), row.photoConsent(), row.noPhotoList(), by, at)));
        return new ImportReport(result.rows().size(), result.problems());
    }
}
