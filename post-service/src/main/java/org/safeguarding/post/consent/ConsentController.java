package org.safeguarding.post.consent;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.RecordPupilConsent;
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

/**
 * The consent register, kept by the office and the DSL: one pupil at a time, or a CSV
 * export from the MIS. Every change is a {@link RecordPupilConsent} command, so it is an
 * event with who, when and why.
 */
@RestController
@Tag(name = "consent", description = "The consent register: who may appear in posts, and the no-photo list")
@Validated
@RequestMapping("/api/pupils")
@PreAuthorize("hasAnyRole('ADMIN', 'DSL')")
class ConsentController {

    record Consent(@NotBlank @Size(max = 200) String name, @NotNull Boolean photoConsent, @NotNull Boolean noPhotoList,
            @Size(max = 2_000) String reason) {
    }

    record ImportReport(int imported, List<ConsentCsv.Problem> rejected) {
    }

    private final CommandGateway commands;

    private final ConsentRegister register;

    private final TransactionTemplate transaction;

    ConsentController(CommandGateway commands, ConsentRegister register, TransactionTemplate transaction) {
        this.commands = commands;
        this.register = register;
        this.transaction = transaction;
    }

    @PutMapping("/{ref}")
    PupilRecord put(@PathVariable String ref, @Valid @RequestBody Consent body) {
        if (!ConsentCsv.REF.matcher(ref).matches()) {
            throw new RuleViolation(ConsentProblem.INVALID_REF,
                    "A pupil ref is 1 to 50 letters, digits, '.', '_' or '-'");
        }
        String name = body.name().trim().replaceAll("\\s+", " ");
        commands.sendAndWait(new RecordPupilConsent(ref, name, body.photoConsent(), body.noPhotoList(), body.reason()));
        return register.find(ref).orElseThrow();
    }

    @GetMapping("/{ref}")
    PupilRecord view(@PathVariable String ref) {
        return register.find(ref)
            .orElseThrow(() -> new RuleViolation(ConsentProblem.PUPIL_NOT_FOUND, "No such pupil ref"));
    }

    @GetMapping
    PagedResult<PupilRecord> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return register.list(page, size);
    }

    /**
     * Good rows are kept, bad rows are listed by line; the good rows' commands share one
     * transaction, so the file is applied whole or not at all. Each event's reason names
     * its line.
     */
    @PostMapping(path = "/import", consumes = "text/csv")
    ImportReport importCsv(@RequestBody String csv, @RequestParam(required = false) @Size(max = 2_000) String reason) {
        ConsentCsv.Result result = ConsentCsv.read(csv)
            .orElseThrow(() -> new RuleViolation(ConsentProblem.CSV_HEADER_REQUIRED,
                    "The first line must name the columns ref,name,photoConsent,noPhotoList",
                    List.of(new Violation(ConsentProblem.CSV_HEADER_REQUIRED.violationCode(),
                            "Expected the header ref,name,photoConsent,noPhotoList"))));
        transaction.executeWithoutResult(status -> result.rows()
            .forEach(row -> commands.sendAndWait(new RecordPupilConsent(row.ref(), row.name(), row.photoConsent(),
                    row.noPhotoList(), importReason(reason, row.line())))));
        return new ImportReport(result.rows().size(), result.problems());
    }

    private static String importReason(String given, long line) {
        String source = "CSV import, line " + line;
        return given == null || given.isBlank() ? source : given.trim() + " (" + source + ")";
    }

}
