package org.safeguarding.incident.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.audit.AuditVerifier;
import org.safeguarding.kernel.audit.Checkpoints;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.FormValues;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.page.SchoolTimes;
import org.safeguarding.kernel.problem.CommonProblem;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The governors' pages (the DSL and the headteacher read them too): the audit trail,
 * paged and filtered by date, read and pseudonymised exactly as
 * {@code GET /api/audit/events}; and the record's verification, with the newest signed
 * checkpoint to keep and a check of one kept earlier, as
 * {@code GET /api/audit/verification}.
 */
@PageController
@PreAuthorize(AuditVerifier.READERS)
class AuditPages {

    private static final int EVENTS_A_PAGE = 50;

    private final AuditTrail trail;

    private final AuditVerifier verifier;

    private final Checkpoints checkpoints;

    private final FormRules rules;

    private final SchoolTimes times;

    AuditPages(AuditTrail trail, AuditVerifier verifier, Checkpoints checkpoints, FormRules rules, SchoolTimes times) {
        this.trail = trail;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.rules = rules;
        this.times = times;
    }

    @GetMapping("/audit")
    String trail(@ModelAttribute("filter") Filter filter, BindingResult errors, Model model,
            HttpServletResponse response) {
        Instant from = day(filter.getFrom(), "from", errors).map(times::startOf).orElse(null);
        Instant to = day(filter.getTo(), "to", errors).map(last -> times.startOf(last.plusDays(1))).orElse(null);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("events", new PagedResult<>(List.of(), 0, EVENTS_A_PAGE, 0));
        }
        else {
            model.addAttribute("events",
                    trail.page(CurrentActor.require(), from, to, Math.max(filter.getPage(), 0), EVENTS_A_PAGE));
        }
        return "audit/trail";
    }

    @GetMapping("/audit/verification")
    String verification(@ModelAttribute("kept") Kept kept, BindingResult errors, Model model,
            HttpServletResponse response) {
        Optional<AuditVerifier.Verification> verified;
        if (FormValues.blank(kept.getPosition()) && FormValues.blank(kept.getHead())) {
            verified = Optional.of(verifier.verify(null, null));
        }
        else {
            Long position = kept.position(errors);
            String head = FormValues.text(kept.getHead());
            boolean keepsTheRules = rules.check(new AuditVerifier.CheckpointToCheck(position, head), errors,
                    UnaryOperator.identity()) && !errors.hasErrors();
            verified = keepsTheRules ? rules.send(() -> verifier.verify(position, head), errors) : Optional.empty();
        }
        if (verified.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("verification", verified.orElseGet(() -> verifier.verify(null, null)));
        checkpoints.page(0, 1).content().stream().findFirst().ifPresent(newest -> {
            model.addAttribute("checkpoint", newest);
            model.addAttribute("checkpointIssuedAt", Instant.parse(newest.issuedAt()));
        });
        return "audit/verification";
    }

    private static Optional<LocalDate> day(String value, String field, Errors errors) {
        if (FormValues.blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        }
        catch (DateTimeParseException unreadable) {
            errors.rejectValue(field, CommonProblem.MALFORMED_REQUEST.name(), "is not a date");
            return Optional.empty();
        }
    }

    /** The audit page's dates, as its date fields give them, and the page of events. */
    static class Filter {

        private String from;

        private String to;

        private int page;

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public int getPage() {
            return page;
        }

        public void setPage(int page) {
            this.page = page;
        }

    }

    /** A checkpoint someone kept, as typed. */
    static class Kept {

        private String position;

        private String head;

        Long position(Errors errors) {
            if (FormValues.blank(position)) {
                return null;
            }
            try {
                return Long.valueOf(position.strip());
            }
            catch (NumberFormatException notANumber) {
                errors.rejectValue("position", CommonProblem.MALFORMED_REQUEST.name(), "is not a number");
                return null;
            }
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }

        public String getHead() {
            return head;
        }

        public void setHead(String head) {
            this.head = head;
        }

    }

}
