package org.safeguarding.post.platform;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.safeguarding.kernel.PagedResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the outbox adapter would have sent to the platform, newest first. */
@RestController
@Tag(name = "outbox", description = "What the outbox adapter would have sent to the social platform")
@Validated
@RequestMapping("/api/outbox")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SLT', 'COMPUTING_LEAD')")
    PagedResult<Outbox.Entry> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return outbox.newestFirst(page, size);
    }

}
