package org.safeguarding.post.consent;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/consent-lapsing?term=current}: whose written photo consent
 * lapses this term (its academic year ends), whose has lapsed, and whose consent has no
 * written evidence. For those who keep the register.
 */
@RestController
@Tag(name = "consent")
@Validated
@PreAuthorize("hasAnyRole('ADMIN', 'DSL')")
class ConsentReportController {

    private final ConsentKeeping consent;

    ConsentReportController(ConsentKeeping consent) {
        this.consent = consent;
    }

    /** Only the current term is reported: the office acts on what lapses now. */
    @GetMapping("/api/reports/consent-lapsing")
    ConsentReport lapsing(@RequestParam(defaultValue = "current") @Pattern(regexp = "current") String term) {
        return consent.report();
    }

}
