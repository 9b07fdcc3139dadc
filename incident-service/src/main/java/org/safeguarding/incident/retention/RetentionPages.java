package org.safeguarding.incident.retention;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.incident.export.ExportFormat;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.page.Allowed;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records and retention, as {@code GET /api/retention} and the disposal calls give them:
 * every record's rule and date, due ones first; the DSL's proposal of those fallen due
 * under one rule; the second person's approval or rejection; and each carried-out
 * disposal's signed certificate. Every step goes through {@link Disposals}, so the
 * disposal's own rules (four eyes, due, not held) decide, and say no beside the form.
 */
@PageController
@PreAuthorize(Permissions.RETENTION_READERS)
class RetentionPages {

    /** Whom the page offers the proposal to; the {@link Disposal} itself decides. */
    private static final String PROPOSERS = "hasRole('DSL')";

    /** Whom the page offers the decision to; the {@link Disposal} itself decides. */
    private static final String DECIDERS = "hasAnyRole('HEADTEACHER', 'CHAIR_OF_GOVERNORS')";

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** A record's line on the page: its retention, its date in words. */
    record Row(Retention retention, String retainUntil) {
    }

    private final DueRecords records;

    private final Disposals disposals;

    private final DisposalCertificates certificates;

    private final FormRules rules;

    RetentionPages(DueRecords records, Disposals disposals, DisposalCertificates certificates, FormRules rules) {
        this.records = records;
        this.disposals = disposals;
        this.certificates = certificates;
        this.rules = rules;
    }

    @GetMapping("/retention")
    String page(Model model) {
        List<Row> rows = records.readBy(CurrentActor.require(), false)
            .stream()
            .filter(retention -> retention.disposedAt() == null)
            .sorted(Comparator.comparing((Retention retention) -> !retention.due())
                .thenComparing(Retention::retainUntil, Comparator.nullsLast(Comparator.naturalOrder())))
            .map(retention -> new Row(retention, inWords(retention.retainUntil())))
            .toList();
        Map<RetentionRule, List<Row>> dueByRule = new EnumMap<>(RetentionRule.class);
        rows.stream()
            .filter(row -> row.retention().due())
            .forEach(row -> dueByRule.computeIfAbsent(row.retention().rule(), rule -> new ArrayList<>()).add(row));
        List<DisposalView> all = disposals.all();
        model.addAttribute("rows", rows);
        model.addAttribute("dueCount", rows.stream().filter(row -> row.retention().due()).count());
        model.addAttribute("dueByRule", dueByRule);
        model.addAttribute("pending",
                all.stream().filter(disposal -> disposal.status() == DisposalStatus.PROPOSED).toList());
        model.addAttribute("decided",
                all.stream().filter(disposal -> disposal.status() != DisposalStatus.PROPOSED).toList());
        model.addAttribute("mayPropose", Allowed.by(PROPOSERS));
        model.addAttribute("mayDecide", Allowed.by(DECIDERS));
        model.addAttribute("me", CurrentActor.require().username());
        if (!model.containsAttribute("proposal")) {
            model.addAttribute("proposal", new DisposalForm());
        }
        if (!model.containsAttribute("rejection")) {
            model.addAttribute("rejection", new DisposalForm());
        }
        return "retention/page";
    }

    @PostMapping("/retention/disposals")
    String propose(@ModelAttribute("proposal") DisposalForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes done) {
        DisposalRequests.Proposal proposal = form.proposal(errors);
        Optional<DisposalView> proposed = rules.check(proposal, errors, UnaryOperator.identity()) && !errors.hasErrors()
                ? rules.send(() -> disposals.propose(proposal.incidentIds(), proposal.rule()), errors)
                : Optional.empty();
        if (proposed.isEmpty()) {
            return refused(model, response);
        }
        return decided(done, "disposalProposed", proposed.get());
    }

    @PostMapping("/retention/disposals/{id}/approval")
    String approve(@PathVariable String id, @ModelAttribute("rejection") DisposalForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        Optional<DisposalView> approved = rules.send(() -> disposals.approve(id), errors);
        if (approved.isEmpty()) {
            model.addAttribute("refusedDisposal", id);
            return refused(model, response);
        }
        return decided(done, "disposalApproved", approved.get());
    }

    @PostMapping("/retention/disposals/{id}/rejection")
    String reject(@PathVariable String id, @ModelAttribute("rejection") DisposalForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        DisposalRequests.Rejection rejection = form.rejection();
        Optional<DisposalView> rejected = rules.check(rejection, errors, UnaryOperator.identity())
                ? rules.send(() -> disposals.reject(id, rejection.reason()), errors) : Optional.empty();
        if (rejected.isEmpty()) {
            model.addAttribute("refusedDisposal", id);
            return refused(model, response);
        }
        return decided(done, "disposalRejected", rejected.get());
    }

    @GetMapping("/retention/disposals/{id}/certificate.{format:pdf|json}")
    ResponseEntity<byte[]> certificate(@PathVariable String id, @PathVariable String format) {
        return ExportFormat.ofExtension(format) == ExportFormat.PDF ? certificates.pdf(id) : certificates.json(id);
    }

    private String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(model);
    }

    private static String decided(RedirectAttributes done, String step, DisposalView disposal) {
        done.addFlashAttribute("done", Map.of("step", step, "disposal", disposal.id()));
        return "redirect:/retention#disposal-" + disposal.id();
    }

    private static String inWords(LocalDate day) {
        return day == null ? null : IN_WORDS.format(day);
    }

}
