package org.safeguarding.post.staff;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.api.post.TrainingKind;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.safeguarding.kernel.Role;
import org.safeguarding.post.policy.SchoolPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy page, where each member of staff acknowledges the current version, and the
 * report of who has not, with a form to record training. The same role lists, requests
 * and commands as the API.
 */
@PageController
class StaffPages {

    private static final String POLICY_PAGE = "staff/policy";

    private static final String REPORT_PAGE = "staff/acknowledgements";

    private static final String REPORT_PATH = "/reports/policy-acknowledgements";

    private final StaffRecords staff;

    private final SchoolPolicy policy;

    private final SchoolDirectory directory;

    private final FormRules rules;

    StaffPages(StaffRecords staff, SchoolPolicy policy, SchoolDirectory directory, FormRules rules) {
        this.staff = staff;
        this.policy = policy;
        this.directory = directory;
        this.rules = rules;
    }

    @GetMapping("/policy")
    @PreAuthorize("hasRole('STAFF')")
    String policy(Model model) {
        return policyPage(new AcknowledgementForm(), model);
    }

    @PostMapping("/policy/acknowledgement")
    @PreAuthorize("hasRole('STAFF')")
    String acknowledge(@ModelAttribute("acknowledgement") AcknowledgementForm acknowledgement, BindingResult form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        var request = new StaffRequests.Acknowledgement(acknowledgement.getVersion());
        boolean acknowledged = rules.check(request, form, field -> "version")
                && rules.send(() -> staff.acknowledge(request), form).isPresent();
        if (!acknowledged) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return policyPage(acknowledgement, model);
        }
        next.addFlashAttribute("notice",
                "Thank you: your acknowledgement of version " + request.version() + " is recorded.");
        return "redirect:/policy";
    }

    @GetMapping(REPORT_PATH)
    @PreAuthorize("hasAnyRole('ADMIN', 'SLT', 'HEADTEACHER', 'COMPUTING_LEAD')")
    String report(Model model) {
        return reportPage(new TrainingForm(), model);
    }

    @PostMapping(REPORT_PATH + "/training")
    @PreAuthorize("hasAnyRole('ADMIN', 'SLT', 'HEADTEACHER', 'COMPUTING_LEAD')")
    String recordTraining(@ModelAttribute("training") TrainingForm training, BindingResult form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        var request = new StaffRequests.Training(training.getKind(), training.getCompletedOn(),
                blankAsNull(training.getNote()));
        boolean recorded = rules.check(request, form, field -> field) && !form.hasErrors()
                && rules
                    .send(() -> staff.recordTraining(Objects.toString(training.getUsername(), ""), request), form,
                            StaffPages::fieldOf)
                    .isPresent();
        if (!recorded) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return reportPage(training, model);
        }
        next.addFlashAttribute("notice", "The training of "
                + directory.displayName(training.getUsername()).orElse(training.getUsername()) + " is recorded.");
        return "redirect:" + REPORT_PATH;
    }

    private String policyPage(AcknowledgementForm acknowledgement, Model model) {
        StaffRecordView own = staff.visible(CurrentActor.require().username());
        acknowledgement.setVersion(policy.version());
        model.addAttribute("acknowledgement", acknowledgement);
        model.addAttribute("currentVersion", policy.version());
        model.addAttribute("acknowledged", own.readiness().hasAcknowledged(policy.version()));
        model.addAttribute("record", own);
        return POLICY_PAGE;
    }

    private String reportPage(TrainingForm training, Model model) {
        model.addAttribute("report", staff.unacknowledged());
        model.addAttribute("training", training);
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute("staff", directory.usernamesWith(Role.STAFF));
        return REPORT_PAGE;
    }

    private static String fieldOf(String violationCode) {
        return switch (violationCode) {
            case "UNKNOWN_PERSON" -> "username";
            case "COMPLETED_IN_THE_FUTURE" -> "completedOn";
            default -> null;
        };
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
