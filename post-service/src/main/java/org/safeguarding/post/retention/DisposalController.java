package org.safeguarding.post.retention;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Four-eyes disposal of posts and comments, on the same paths as incident-service's: the
 * DSL proposes ({@code POST /api/disposals}), the headteacher or the chair of governors
 * approves ({@code POST /api/disposals/{id}/approval}) or rejects ({@code POST
 * /api/disposals/{id}/rejection}); the proposer never decides.
 */
@RestController
@Tag(name = "retention")
@PreAuthorize(ContentRetentionController.RETENTION_READERS)
@RequestMapping("/api/disposals")
class DisposalController {

    private final Disposals disposals;

    DisposalController(Disposals disposals) {
        this.disposals = disposals;
    }

    @PostMapping
    ResponseEntity<DisposalView> propose(@Valid @RequestBody DisposalRequests.Proposal body) {
        DisposalView proposed = disposals.propose(body.contentIds(), body.rule());
        return ResponseEntity.created(URI.create("/api/disposals/" + proposed.id())).body(proposed);
    }

    @GetMapping
    List<DisposalView> all() {
        return disposals.all();
    }

    @GetMapping("/{id}")
    DisposalView one(@PathVariable String id) {
        return disposals.require(id);
    }

    @PostMapping("/{id}/approval")
    DisposalView approve(@PathVariable String id) {
        return disposals.approve(id);
    }

    @PostMapping("/{id}/rejection")
    DisposalView reject(@PathVariable String id, @Valid @RequestBody DisposalRequests.Rejection body) {
        return disposals.reject(id, body.reason());
    }

}
