package org.safeguarding.incident.casefile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.incident.evidence.EvidenceFiles;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.CaseWork;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.incident.incident.Sight;
import org.safeguarding.incident.timeline.Timeline;
import org.safeguarding.incident.timeline.TimelineEntry;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.api.incident.AdviceSource;
import org.safeguarding.kernel.api.incident.LegalHoldPlaced;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.ModerationActionType;
import org.safeguarding.kernel.api.incident.Referral;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.page.Allowed;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.page.SchoolTimes;
import org.safeguarding.kernel.security.CurrentActor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cases those who work on incidents may see, and each case: what it is, its clocks,
 * its timeline, its downloads, and a small form for each step the reader may take. A step
 * is the API's: the same request, held to the same rules, sent through {@link CaseWork};
 * a rule that says no is shown beside the field, or above the form, with what was typed.
 */
@PageController
@RequestMapping("/incidents")
@PreAuthorize(Permissions.CASE_WORKERS)
class CasePages {

    private static final String CASE_PAGE = "cases/case";

    private static final int CASES_A_PAGE = 20;

    /** Each step's form on the case page, by its name in the model. */
    private static final List<String> FORMS = List.of("acknowledgement", "escalation", "note", "moderation", "decision",
            "police", "advice", "closure", "reopening", "correction", "legalHold", "legalHoldLift");

    /** The timeline entry that placed a hold: who placed it, when and why. */
    private static final String HOLD_PLACED = LegalHoldPlaced.class.getSimpleName();

    /** One step of the timeline, with the actor's name as the directory gives it. */
    record Step(TimelineEntry entry, String actorName) {
    }

    private final IncidentAccess access;

    private final CaseWork work;

    private final Timeline timeline;

    private final FormRules rules;

    private final SchoolTimes times;

    private final SchoolDirectory directory;

    private final EvidenceFiles evidence;

    CasePages(IncidentAccess access, CaseWork work, Timeline timeline, FormRules rules, SchoolTimes times,
            SchoolDirectory directory, EvidenceFiles evidence) {
        this.access = access;
        this.work = work;
        this.timeline = timeline;
        this.rules = rules;
        this.times = times;
        this.directory = directory;
        this.evidence = evidence;
    }

    @GetMapping
    String cases(@RequestParam(required = false) IncidentView.Status status,
            @RequestParam(required = false) Level level, @RequestParam(defaultValue = "0") int page, Model model) {
        PagedResult<IncidentView> found = access.list(CurrentActor.require(), status, level, Math.max(page, 0),
                CASES_A_PAGE);
        model.addAttribute("found", found);
        model.addAttribute("status", status);
        model.addAttribute("level", level);
        model.addAttribute("statuses", IncidentView.Status.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("lastPage", Math.max(0, (found.totalElements() - 1) / CASES_A_PAGE));
        return "cases/list";
    }

    @GetMapping("/{id}")
    String casePage(@PathVariable String id, Model model) {
        Actor reader = CurrentActor.require();
        IncidentAccess.Seen seen = access.read(reader, id, AccessLog.Action.VIEW);
        model.addAttribute("incident", seen.view());
        model.addAttribute("caseFile", seen.sight() == Sight.CASE_FILE);
        model.addAttribute("steps", work.stepsFor(reader, seen));
        List<Step> steps = timeline.read(reader, id)
            .stream()
            .map(entry -> new Step(entry,
                    directory.displayName(entry.actor().username()).orElse(entry.actor().username())))
            .toList();
        model.addAttribute("timeline", steps);
        // After a step, its confirmation names the entry it added to the timeline.
        if (model.getAttribute("done") instanceof Map<?, ?> done && done.get("seq") instanceof Long seq) {
            steps.stream()
                .filter(step -> step.entry().seq() == seq)
                .findFirst()
                .ifPresent(step -> model.addAttribute("newEntry", step));
        }
        model.addAttribute("hold",
                seen.view().legalHold() ? steps.stream()
                    .filter(step -> HOLD_PLACED.equals(step.entry().type()))
                    .reduce((earlier, later) -> later)
                    .orElse(null) : null);
        model.addAttribute("mayHold", seen.sight() == Sight.CASE_FILE && seen.view().disposedAt() == null
                && Allowed.by(Permissions.LEGAL_HOLDERS));
        model.addAttribute("downloads", seen.sight() == Sight.CASE_FILE && Allowed.by(Permissions.EXPORTERS));
        model.addAttribute("evidence", seen.sight() == Sight.CASE_FILE ? evidence.listed(id) : List.of());
        model.addAttribute("evidenceMayBeCopied", seen.view().category().mayBeCopiedAsEvidence());
        model.addAttribute("ladoDraft", seen.view().subjects().stream().anyMatch(Subject::worksWithChildren));
        model.addAttribute("ladoReferred", seen.view().referrals().contains(Referral.LADO));
        model.addAttribute("moderationActions", ModerationActionType.values());
        model.addAttribute("adviceSources", AdviceSource.values());
        model.addAttribute("subjectKinds", SubjectKind.values());
        if (!model.containsAttribute("correction")) {
            model.addAttribute("correction", StepForm.correcting(seen.view().subjects()));
        }
        FORMS.stream()
            .filter(form -> !model.containsAttribute(form))
            .forEach(form -> model.addAttribute(form, new StepForm()));
        if (!model.containsAttribute("lado")) {
            model.addAttribute("lado", new LadoReferralForm());
        }
        return CASE_PAGE;
    }

    @PostMapping("/{id}/acknowledgement")
    String acknowledge(@PathVariable String id, @ModelAttribute("acknowledgement") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "acknowledgement", errors, () -> work.acknowledge(id, null), model, response, done);
    }

    @PostMapping("/{id}/escalation")
    String escalate(@PathVariable String id, @ModelAttribute("escalation") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "escalation", form.escalation(errors), errors, UnaryOperator.identity(),
                request -> work.escalate(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/notes")
    String addNote(@PathVariable String id, @ModelAttribute("note") StepForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes done) {
        return take(id, "note", form.note(), errors, UnaryOperator.identity(),
                request -> work.addNote(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/moderation-actions")
    @PreAuthorize(Permissions.MODERATORS)
    String moderate(@PathVariable String id, @ModelAttribute("moderation") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "moderation", form.moderation(errors), errors, UnaryOperator.identity(),
                request -> work.moderate(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/lado-referral")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    String referToLado(@PathVariable String id, @ModelAttribute("lado") LadoReferralForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "lado", form.toRequest(), errors, LadoReferralForm::fieldOnForm,
                request -> work.referToLado(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/lado-decision-not-to-refer")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    String decideNotToRefer(@PathVariable String id, @ModelAttribute("decision") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "decision", form.decisionNotToRefer(), errors, UnaryOperator.identity(),
                request -> work.decideNotToRefer(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/police-referral")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    String referToPolice(@PathVariable String id, @ModelAttribute("police") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "police", form.policeReferral(), errors, UnaryOperator.identity(),
                request -> work.referToPolice(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/advice")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    String recordAdvice(@PathVariable String id, @ModelAttribute("advice") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "advice", form.advice(times, errors), errors, UnaryOperator.identity(),
                request -> work.recordAdvice(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/closure")
    String close(@PathVariable String id, @ModelAttribute("closure") StepForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes done) {
        return take(id, "closure", form.closure(errors), errors, UnaryOperator.identity(),
                request -> work.close(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/reopening")
    @PreAuthorize(Permissions.CASE_MANAGERS)
    String reopen(@PathVariable String id, @ModelAttribute("reopening") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "reopening", form.reopening(), errors, UnaryOperator.identity(),
                request -> work.reopen(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/subjects")
    String correctSubjects(@PathVariable String id, @ModelAttribute("correction") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "correction", form.subjectsCorrection(errors), errors, UnaryOperator.identity(),
                request -> work.correctSubjects(id, null, request), model, response, done);
    }

    @PostMapping("/{id}/legal-hold")
    @PreAuthorize(Permissions.LEGAL_HOLDERS)
    String placeLegalHold(@PathVariable String id, @ModelAttribute("legalHold") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "legalHold", form.legalHold(), errors, UnaryOperator.identity(),
                request -> work.placeLegalHold(id, request), model, response, done);
    }

    @PostMapping("/{id}/legal-hold/lifting")
    @PreAuthorize(Permissions.LEGAL_HOLDERS)
    String liftLegalHold(@PathVariable String id, @ModelAttribute("legalHoldLift") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        return take(id, "legalHoldLift", errors, () -> work.liftLegalHold(id, form.liftingReason()), model, response,
                done);
    }

    /** A step with a request: held to the request's rules first, as the API holds it. */
    private <R> String take(String id, String step, R request, BindingResult errors, UnaryOperator<String> fieldOnForm,
            Function<R, IncidentView> send, Model model, HttpServletResponse response, RedirectAttributes done) {
        boolean keepsTheRules = rules.check(request, errors, fieldOnForm) && !errors.hasErrors();
        if (!keepsTheRules) {
            return refused(id, step, model, response);
        }
        return take(id, step, errors, () -> send.apply(request), model, response, done);
    }

    /**
     * Sends the step; back to the case page with a confirmation naming the timeline entry
     * it made, or, if a rule refused it, with that form open, as typed, and the rule's
     * message.
     */
    private String take(String id, String step, BindingResult errors, Supplier<IncidentView> send, Model model,
            HttpServletResponse response, RedirectAttributes done) {
        Optional<IncidentView> after = rules.send(send, errors);
        if (after.isEmpty()) {
            return refused(id, step, model, response);
        }
        done.addFlashAttribute("done", Map.of("step", step, "seq", after.get().version()));
        return "redirect:/incidents/" + id;
    }

    private String refused(String id, String step, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("refused", step);
        return casePage(id, model);
    }

}
