package org.safeguarding.post.account;

import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.post.AddPoster;
import org.safeguarding.kernel.api.post.ApproveAccount;
import org.safeguarding.kernel.api.post.CloseAccount;
import org.safeguarding.kernel.api.post.RecordAccountReview;
import org.safeguarding.kernel.api.post.RecordPasswordRotation;
import org.safeguarding.kernel.api.post.RejectAccount;
import org.safeguarding.kernel.api.post.RemovePoster;
import org.safeguarding.kernel.api.post.ReviewCheck;
import org.safeguarding.kernel.api.post.Visibility;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of official accounts as pages: the list, proposing an account, and each
 * account's page with the steps the person's roles allow. Every step is the API's: the
 * same role lists, the same requests and rules, the same commands.
 */
@PageController
@RequestMapping("/accounts")
class AccountPages {

    /** The register on one page: a school runs a handful of accounts. */
    private static final int REGISTER_SIZE = 100;

    private static final String ACCOUNT_PAGE = "accounts/account";

    private final OfficialAccounts accounts;

    private final SchoolDirectory directory;

    private final FormRules rules;

    AccountPages(OfficialAccounts accounts, SchoolDirectory directory, FormRules rules) {
        this.accounts = accounts;
        this.directory = directory;
        this.rules = rules;
    }

    @GetMapping
    @PreAuthorize("hasRole('STAFF')")
    String register(Model model) {
        model.addAttribute("accounts", accounts.list(null, 0, REGISTER_SIZE));
        return "accounts/register";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('STAFF')")
    String start(Model model) {
        return proposalPage(new ProposalForm(), model);
    }

    @PostMapping
    @PreAuthorize("hasRole('STAFF')")
    String propose(@ModelAttribute("proposal") ProposalForm proposal, BindingResult form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        AccountRequests.Proposal request = proposal.toRequest();
        boolean keepsTheRules = rules.check(request, form, ProposalForm::fieldOnForm) && !form.hasErrors();
        Optional<String> proposed = keepsTheRules
                ? rules.send(() -> accounts.propose(request), form, ProposalForm::fieldOf) : Optional.empty();
        if (proposed.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return proposalPage(proposal, model);
        }
        next.addFlashAttribute("notice", "Proposed: the senior leadership team will approve or reject it.");
        return "redirect:/accounts/" + proposed.get();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('STAFF')")
    String account(@PathVariable String id, Model model) {
        return accountPage(accounts.current(id), new AccountAction(), model);
    }

    @PostMapping("/{id}/approval")
    // The school's policy decides which of the two approves
    // (safeguarding.policy.account-approval).
    @PreAuthorize("hasAnyRole('SLT', 'HEADTEACHER')")
    String approve(@PathVariable String id, @ModelAttribute("action") AccountAction action, BindingResult form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        return step(id, action, form, version -> new ApproveAccount(id, version), "Approved: the account is active.",
                model, response, next);
    }

    @PostMapping("/{id}/rejection")
    // The school's policy decides which of the two approves
    // (safeguarding.policy.account-approval).
    @PreAuthorize("hasAnyRole('SLT', 'HEADTEACHER')")
    String reject(@PathVariable String id, @ModelAttribute("action") AccountAction action, BindingResult form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        var request = new AccountRequests.Rejection(action.getRejectionReason());
        if (!rules.check(request, form, field -> "rejectionReason")) {
            return refused(id, action, model, response);
        }
        return step(id, action, form, version -> new RejectAccount(id, request.reason(), version),
                "Rejected: the reason is on the record.", model, response, next);
    }

    @PostMapping("/{id}/posters")
    @PreAuthorize("hasAnyRole('SLT', 'ADMIN')")
    String addPoster(@PathVariable String id, @ModelAttribute("action") AccountAction action, BindingResult form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        var request = new AccountRequests.Poster(action.getUsername());
        if (!rules.check(request, form, field -> "username")) {
            return refused(id, action, model, response);
        }
        return step(id, action, form, version -> {
            accounts.requireMayBecomePoster(request.username());
            return new AddPoster(id, request.username(), version);
        }, directory.displayName(request.username()).orElse(request.username()) + " may post on the account.", model,
                response, next);
    }

    @PostMapping("/{id}/posters/{username}/removal")
    @PreAuthorize("hasAnyRole('SLT', 'ADMIN')")
    String removePoster(@PathVariable String id, @PathVariable String username,
            @ModelAttribute("action") AccountAction action, BindingResult form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        return step(id, action, form, version -> new RemovePoster(id, username, version),
                directory.displayName(username).orElse(username) + " no longer posts on the account.", model, response,
                next);
    }

    @PostMapping("/{id}/password-rotation")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPUTING_LEAD')")
    String recordPasswordRotation(@PathVariable String id, @ModelAttribute("action") AccountAction action,
            BindingResult form, Model model, HttpServletResponse response, RedirectAttributes next) {
        return step(id, action, form, version -> new RecordPasswordRotation(id, version),
                "The password change is recorded.", model, response, next);
    }

    @PostMapping("/{id}/reviews")
    @PreAuthorize("hasRole('COMPUTING_LEAD')")
    String recordReview(@PathVariable String id, @ModelAttribute("action") AccountAction action, BindingResult form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        var request = new AccountRequests.Review(action.getFindings(), action.getConfirmed());
        if (!rules.check(request, form, field -> field)) {
            return refused(id, action, model, response);
        }
        return step(id, action, form,
                version -> new RecordAccountReview(id, request.findings(), request.confirmed(), version),
                "The review is recorded.", model, response, next);
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize("hasRole('SLT')")
    String close(@PathVariable String id, @ModelAttribute("action") AccountAction action, BindingResult form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        var request = new AccountRequests.Closure(blankAsNull(action.getClosureReason()));
        if (!rules.check(request, form, field -> "closureReason")) {
            return refused(id, action, model, response);
        }
        return step(id, action, form, version -> new CloseAccount(id, request.reason(), version),
                "Closed: nobody posts on it any more.", model, response, next);
    }

    /**
     * A step on the account as the API takes it, at the version the page showed; a
     * refusal is shown on the account's page beside the field it is about.
     */
    private String step(String id, AccountAction action, BindingResult form, Function<Long, Object> command,
            String done, Model model, HttpServletResponse response, RedirectAttributes next) {
        if (rules.send(() -> accounts.send(id, action.ifMatch(), command), form, AccountPages::fieldOf).isEmpty()) {
            return refused(id, action, model, response);
        }
        next.addFlashAttribute("notice", done);
        return "redirect:/accounts/" + id;
    }

    private String refused(String id, AccountAction action, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return accountPage(accounts.current(id), action, model);
    }

    private static String fieldOf(String violationCode) {
        return switch (violationCode) {
            case "REASON_REQUIRED" -> "rejectionReason";
            case "FINDINGS_REQUIRED" -> "findings";
            case "UNKNOWN_PERSON", "ALREADY_A_POSTER" -> "username";
            default -> null;
        };
    }

    private String accountPage(AccountView account, AccountAction action, Model model) {
        action.setVersion(account.version());
        model.addAttribute("account", account);
        model.addAttribute("action", action);
        model.addAttribute("reviewChecks", ReviewCheck.values());
        model.addAttribute("staff",
                directory.usernamesWith(Role.STAFF)
                    .stream()
                    .filter(username -> !account.posters().contains(username))
                    .toList());
        return ACCOUNT_PAGE;
    }

    private String proposalPage(ProposalForm proposal, Model model) {
        model.addAttribute("proposal", proposal);
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("staff", directory.usernamesWith(Role.STAFF));
        return "accounts/propose";
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
