package org.safeguarding.post.comment;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.Escalation;
import org.safeguarding.kernel.api.post.ModerateComment;
import org.safeguarding.kernel.api.post.ReceiveComment;
import org.safeguarding.kernel.web.IfMatch;
import org.safeguarding.post.policy.PostingFacts;
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

    private final CommandGateway commands;

    private final CommentViewRepository views;

    private final PostingFacts facts;

    private final Clock clock;

    CommentController(CommandGateway commands, CommentViewRepository views, PostingFacts facts, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.facts = facts;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SERVICE')")
    @ApiResponse(responseCode = "201", description = "Received: the comment, with the time it must be answered by",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the new record is read"))
    ResponseEntity<CommentView> receive(@Valid @RequestBody CommentRequests.Inbound body) {
        AccountStanding account = facts.account(body.accountId())
            .orElseThrow(() -> new RuleViolation(CommentProblem.UNKNOWN_ACCOUNT,
                    "No official account has the id " + body.accountId()));
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new ReceiveComment(id, account.accountId(), account.platform(), account.handle(),
                body.author(), body.authorPlatformId(), body.text(), body.receivedAt(), body.onPostId(),
                body.platformCommentId()));
        return ResponseEntity.created(URI.create("/api/comments/" + id)).body(current(id));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')")
    PagedResult<CommentView> list(@RequestParam(required = false) Boolean awaiting,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Instant now = clock.instant();
        return views.list(awaiting, page, size).map(view -> view.asOf(now));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')")
    CommentView view(@PathVariable String id) {
        return current(id);
    }

    /**
     * The moderation is recorded at once; an escalation is then reported by a saga that
     * retries until incident-service answers, and its incident id appears on the
     * comment's action.
     */
    @PostMapping("/{id}/moderation")
    @PreAuthorize("hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')")
    CommentView moderate(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CommentRequests.Moderation body) {
        current(id);
        Escalation escalation = body.escalate() == null ? null
                : new Escalation(body.escalate().category(), body.escalate().summary());
        commands.sendAndWait(new ModerateComment(id, UUID.randomUUID().toString(), body.action(), body.note(),
                body.publicReason(), escalation, IfMatch.expectedVersion(ifMatch)));
        return current(id);
    }

    private CommentView current(String id) {
        return views.find(id)
            .orElseThrow(() -> new RuleViolation(CommentProblem.COMMENT_NOT_FOUND, "No such comment"))
            .asOf(clock.instant());
    }

}
