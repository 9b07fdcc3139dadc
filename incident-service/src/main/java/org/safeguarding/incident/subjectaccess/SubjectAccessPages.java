package org.safeguarding.incident.subjectaccess;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.incident.export.ExportFormat;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.DataSubjectKind;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
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
 * The DSL's subject access pages, made as the API makes them: the form that asks for
 * everything held about a person, the bundle to review with its signed downloads, and the
 * release.
 */
@PageController
@PreAuthorize(Permissions.EXPORTERS)
class SubjectAccessPages {

    private static final String FORM_PAGE = "subjectaccess/new";

    private static final String REQUEST_PAGE = "subjectaccess/request";

    private final SubjectAccessRequests requests;

    private final FormRules rules;

    SubjectAccessPages(SubjectAccessRequests requests, FormRules rules) {
        this.requests = requests;
        this.rules = rules;
    }

    @GetMapping("/subject-access")
    String form(Model model) {
        SubjectAccessForm form = new SubjectAccessForm();
        form.setSubjectKind(DataSubjectKind.PUPIL);
        model.addAttribute("request", form);
        return formPage(model);
    }

    @PostMapping("/subject-access")
    String request(@ModelAttribute("request") SubjectAccessForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        Actor requester = CurrentActor.require();
        SubjectAccessRequests.Request request = form.request();
        Optional<String> id = rules.check(request, errors, UnaryOperator.identity()) && !errors.hasErrors()
                ? rules.send(() -> requests.request(requester, request), errors) : Optional.empty();
        if (id.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formPage(model);
        }
        return "redirect:/subject-access/" + id.get();
    }

    @GetMapping("/subject-access/{id}")
    String review(@PathVariable String id, Model model) {
        model.addAttribute("request", requests.read(CurrentActor.require(), id, AccessLog.Action.SUBJECT_ACCESS));
        if (!model.containsAttribute("release")) {
            model.addAttribute("release", new SubjectAccessForm());
        }
        return REQUEST_PAGE;
    }

    @GetMapping("/subject-access/{id}/bundle.{format:pdf|json}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String format) {
        return requests.signed(CurrentActor.require(), id, ExportFormat.ofExtension(format));
    }

    @PostMapping("/subject-access/{id}/release")
    String release(@PathVariable String id, @ModelAttribute("release") SubjectAccessForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes done) {
        SubjectAccessRequests.Release release = form.release();
        boolean released = rules.check(release, errors, UnaryOperator.identity()) && !errors.hasErrors()
                && rules.send(() -> {
                    requests.release(id, release);
                    return id;
                }, errors).isPresent();
        if (!released) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return review(id, model);
        }
        done.addFlashAttribute("done", Map.of("step", "released"));
        return "redirect:/subject-access/" + id;
    }

    private static String formPage(Model model) {
        model.addAttribute("subjectKinds", DataSubjectKind.values());
        return FORM_PAGE;
    }

}
