package org.safeguarding.incident.incident;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.page.SchoolTimes;
import org.safeguarding.kernel.security.CurrentActor;
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

/**
 * The staff's pages: report a concern on the orange or the yellow form, and see what they
 * reported. A report is the API's: the same request, the same rules, the same command.
 */
@PageController
@RequestMapping("/concerns")
@PreAuthorize(Permissions.STAFF)
class ConcernPages {

    private static final String FORM_PAGE = "concerns/new";

    /** Rows for people shown at first; "Add another person" adds more. */
    private static final int PEOPLE_ROWS = 2;

    private final Reporting reporting;

    private final IncidentAccess access;

    private final FormRules rules;

    private final SchoolTimes times;

    private final Clock clock;

    ConcernPages(Reporting reporting, IncidentAccess access, FormRules rules, SchoolTimes times, Clock clock) {
        this.reporting = reporting;
        this.access = access;
        this.rules = rules;
        this.times = times;
        this.clock = clock;
    }

    /** Which form first; then that form, with the time it is reported as a start. */
    @GetMapping("/new")
    String start(@RequestParam(required = false) String form, Model model) {
        Optional<Form> chosen = Arrays.stream(Form.values()).filter(each -> each.name().equals(form)).findFirst();
        if (chosen.isEmpty()) {
            model.addAttribute("notChosen", form != null);
            return "concerns/choose";
        }
        ConcernForm concern = ConcernForm.blank(chosen.get(), times.field(clock.instant()));
        return formPage(concern, model);
    }

    @PostMapping
    String report(@ModelAttribute("concern") ConcernForm concern, BindingResult form,
            @RequestParam(required = false) String more, Model model, HttpServletResponse response) {
        if (more != null) {
            concern.keepPeopleRows(PEOPLE_ROWS);
            concern.addPerson();
            model.addAttribute("addedRow", concern.getSubjects().size() - 1);
            return formPage(concern, model);
        }
        IncidentRequests.Report request = concern.toRequest(times, form);
        boolean keepsTheRules = rules.check(request, form, concern::fieldOnForm) && !form.hasErrors();
        Optional<String> reported = keepsTheRules ? rules.send(() -> reporting.report(request), form)
                : Optional.empty();
        if (reported.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formPage(concern, model);
        }
        return "redirect:/concerns/" + reported.get() + "/reported";
    }

    @GetMapping("/{id}/reported")
    String reported(@PathVariable String id, Model model) {
        model.addAttribute("incident", access.read(CurrentActor.require(), id, AccessLog.Action.VIEW).view());
        return "concerns/reported";
    }

    @GetMapping("/mine")
    String mine(Model model) {
        model.addAttribute("reports", access.reportedBy(CurrentActor.require()));
        return "concerns/mine";
    }

    private String formPage(ConcernForm concern, Model model) {
        concern.keepPeopleRows(PEOPLE_ROWS);
        model.addAttribute("concern", concern);
        model.addAttribute("categories", Category.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("contentTypes", ContentType.values());
        model.addAttribute("subjectKinds", SubjectKind.values());
        return FORM_PAGE;
    }

}
