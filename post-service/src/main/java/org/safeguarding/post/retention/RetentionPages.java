package org.safeguarding.post.retention;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.retention.DisposalStatus;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Retention as a page, for the DSL, the headteacher and the chair: the posts and comments
 * kept past the school's period, the DSL's proposal to dispose of those ticked, the
 * pending disposals for the second person to approve or reject, and the certificates of
 * those carried out. The same steps and rules as {@code /api/disposals}.
 */
@PageController
@RequestMapping("/retention")
@PreAuthorize(ContentRetentionController.RETENTION_READERS)
class RetentionPages {

    private final ContentDue content;

    private final Disposals disposals;

    private final DisposalCertificates certificates;

    private final FormRules rules;

    private final ContentRetentionProperties periods;

    RetentionPages(ContentDue content, Disposals disposals, DisposalCertificates certificates, FormRules rules,
            ContentRetentionProperties periods) {
        this.content = content;
        this.disposals = disposals;
        this.certificates = certificates;
        this.rules = rules;
        this.periods = periods;
    }

    @GetMapping
    String retention(Model model) {
        return page(new ProposalForm(), model);
    }

    @PostMapping("/disposals")
    String propose(@ModelAttribute("proposal") ProposalForm proposal, BindingResult form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        DisposalRequests.Proposal request = proposal.toRequest();
        Optional<DisposalView> proposed = rules.check(request, form, field -> field) && !form.hasErrors()
                ? rules.send(() -> disposals.propose(request.contentIds(), request.rule()), form) : Optional.empty();
        if (proposed.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(proposal, model);
        }
        next.addFlashAttribute("notice", "Disposal of " + proposed.get().contentIds().size()
                + " proposed: the headteacher or the chair of governors approves or rejects it.");
        return "redirect:/retention";
    }

    @PostMapping("/disposals/{id}/approval")
    String approve(@PathVariable String id, RedirectAttributes next) {
        DisposalView approved = disposals.approve(id);
        next.addFlashAttribute("notice", approved.disposed() + " disposed of; the certificate is below.");
        return "redirect:/retention";
    }

    @PostMapping("/disposals/{id}/rejection")
    String reject(@PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes next) {
        if (reason.isBlank()) {
            next.addFlashAttribute("notice", "Say why the disposal is rejected: nothing was changed.");
            return "redirect:/retention";
        }
        disposals.reject(id, reason);
        next.addFlashAttribute("notice", "Disposal rejected: nothing was disposed of.");
        return "redirect:/retention";
    }

    @GetMapping("/disposals/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificatePdf(@PathVariable String id) {
        return certificates.pdf(id);
    }

    @GetMapping("/disposals/{id}/certificate.json")
    ResponseEntity<byte[]> certificateJson(@PathVariable String id) {
        return certificates.json(id);
    }

    private String page(ProposalForm proposal, Model model) {
        Actor reader = CurrentActor.require();
        List<DisposalView> all = disposals.all();
        List<ContentDue.Due> due = content.due();
        model.addAttribute("due", due);
        model.addAttribute("dueById",
                due.stream().collect(Collectors.toMap(ContentDue.Due::id, Function.identity(), (one, other) -> one)));
        model.addAttribute("proposal", proposal);
        model.addAttribute("periods", periods);
        model.addAttribute("mayPropose", reader.has(Role.DSL));
        model.addAttribute("mayDecide", reader.hasAny(Role.HEADTEACHER, Role.CHAIR_OF_GOVERNORS));
        model.addAttribute("me", reader.username());
        model.addAttribute("pending",
                all.stream().filter(disposal -> disposal.status() == DisposalStatus.PROPOSED).toList());
        model.addAttribute("decided",
                all.stream().filter(disposal -> disposal.status() != DisposalStatus.PROPOSED).toList());
        return "retention/retention";
    }

}
