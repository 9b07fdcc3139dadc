package org.safeguarding.post.account;

import java.net.URI;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.AddPoster;
import org.safeguarding.kernel.api.post.ApproveAccount;
import org.safeguarding.kernel.api.post.CloseAccount;
import org.safeguarding.kernel.api.post.RecordAccountReview;
import org.safeguarding.kernel.api.post.RecordPasswordRotation;
import org.safeguarding.kernel.api.post.RejectAccount;
import org.safeguarding.kernel.api.post.RemovePoster;
import org.safeguarding.kernel.api.post.SetAllowedMentions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of official channels: propose, approve or reject, posters, password
 * changes, closure.
 */
@RestController
@Tag(name = "accounts", description = "The register of official social-media accounts, their posters and passwords")
@Validated
@RequestMapping("/api/accounts")
class AccountController {

    private final OfficialAccounts accounts;

    AccountController(OfficialAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    @PreAuthorize("hasRole('STAFF')")
    @ApiResponse(responseCode = "201", description = "Proposed: the new account, awaiting SLT",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the new record is read"))
    ResponseEntity<AccountView> propose(@Valid @RequestBody AccountRequests.Proposal body) {
        String id = accounts.propose(body);
        return ResponseEntity.created(URI.create("/api/accounts/" + id)).body(accounts.current(id));
    }

    @GetMapping
    @PreAuthorize("hasRole('STAFF')")
    PagedResult<AccountView> list(@RequestParam(required = false) AccountStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return accounts.list(status, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('STAFF')")
    AccountView view(@PathVariable String id) {
        return accounts.current(id);
    }

    @PostMapping("/{id}/approval")
    // The school's policy decides which of the two approves
    // (safeguarding.policy.account-approval).
    @PreAuthorize("hasAnyRole('SLT', 'HEADTEACHER')")
    AccountView approve(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accounts.send(id, ifMatch, version -> new ApproveAccount(id, version));
    }

    @PostMapping("/{id}/rejection")
    // The school's policy decides which of the two approves
    // (safeguarding.policy.account-approval).
    @PreAuthorize("hasAnyRole('SLT', 'HEADTEACHER')")
    AccountView reject(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AccountRequests.Rejection body) {
        return accounts.send(id, ifMatch, version -> new RejectAccount(id, body.reason(), version));
    }

    @PostMapping("/{id}/posters")
    @PreAuthorize("hasAnyRole('SLT', 'ADMIN')")
    AccountView addPoster(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AccountRequests.Poster body) {
        accounts.requireMayBecomePoster(body.username());
        return accounts.send(id, ifMatch, version -> new AddPoster(id, body.username(), version));
    }

    @DeleteMapping("/{id}/posters/{username}")
    @PreAuthorize("hasAnyRole('SLT', 'ADMIN')")
    AccountView removePoster(@PathVariable String id, @PathVariable String username,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accounts.send(id, ifMatch, version -> new RemovePoster(id, username, version));
    }

    @PutMapping("/{id}/allowed-mentions")
    @PreAuthorize("hasRole('SLT')")
    AccountView setAllowedMentions(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AccountRequests.AllowedMentions body) {
        return accounts.send(id, ifMatch, version -> new SetAllowedMentions(id, body.handles(), version));
    }

    @PostMapping("/{id}/password-rotation")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPUTING_LEAD')")
    AccountView recordPasswordRotation(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accounts.send(id, ifMatch, version -> new RecordPasswordRotation(id, version));
    }

    @PostMapping("/{id}/reviews")
    @PreAuthorize("hasRole('COMPUTING_LEAD')")
    AccountView recordReview(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AccountRequests.Review body) {
        return accounts.send(id, ifMatch,
                version -> new RecordAccountReview(id, body.findings(), body.confirmed(), version));
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize("hasRole('SLT')")
    AccountView close(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) AccountRequests.Closure body) {
        return accounts.send(id, ifMatch,
                version -> new CloseAccount(id, body == null ? null : body.reason(), version));
    }

}
