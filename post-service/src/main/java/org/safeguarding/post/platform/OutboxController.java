package org.safeguarding.post.platform;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.safeguarding.kernel.PagedResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the outbox adapter would have sent to the platform, newest first. */
@RestController
@Validated
@RequestMapping("/api/outbox")
class OutboxController {

    record Entry(long id, Instant requestedAt, String operation, String account, String target, String text) {
    }

    private final JdbcTemplate jdbc;

    OutboxController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SLT', 'COMPUTING_LEAD')")
    PagedResult<Entry> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Long total = jdbc.queryForObject("select count(*) from platform_outbox", Long.class);
        List<Entry> content = jdbc.query("select id, requested_at, operation, account, target, text from platform_outbox "
                        + "order by id desc limit ? offset ?",
                (rs, row) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)),
                size, (long) page * size);
        return new PagedResult<>(content, page, size, total == null ? 0 : total);
    }
}
