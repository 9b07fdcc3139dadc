package org.safeguarding.post.comment;

import java.net.URI;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.safeguarding.kernel.PagedResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inbound comments, the moderation queue, and moderation (with escalation to an
 * incident).
 */
@RestController
@Tag(name = "comments", description = "Inbound comments, the moderation queue with its deadlines, and moderation")
@Validated
@RequestMapping("/api/comments")
class CommentController {

    private final Comments comments;

    CommentController(Comments comments) {
        this.comments = comments;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SERVICE')")
    @ApiResponse(responseCode = "201", description = "Received: the comment, with the time it must be answered by",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the new record is read"))
    ResponseEntity<CommentView> receive(@Valid @RequestBody CommentRequests.Inbound body) {
        String id = comments.receive(body);
        return ResponseEntity.created(URI.create("/api/comments/" + id)).body(comments.current(id));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')")
    PagedResult<CommentView> list(@RequestParam(required = false) Boolean awaiting,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return comments.list(awaiting, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')")
    CommentView view(@PathVariable String id) {
        return comments.current(id);
    }

    /** See {@link Comments#moderate}: an escalation is reported afterwards, by a saga. */
    @PostMapping("/{id}/moderation")
    @PreAuthorize("hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')")
    CommentView moderate(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CommentRequests.Moderation body) {
        return comments.moderate(id, ifMatch, body);
    }

}
