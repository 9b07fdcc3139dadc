package org.safeguarding.incident.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.incident.staff.Availabilities;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.FormValues;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.page.SchoolTimes;
import org.safeguarding.kernel.problem.CommonProblem;
import org.safeguarding.kernel.projection.ProjectionRebuilder;
import org.safeguarding.kernel.projection.ProjectionReplay;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page: everyone in the directory and whether they are available, set
 * through the same {@link Availabilities} as {@code PUT
 * /api/staff/{username}/availability}; and the projections, each rebuilt on request
 * through the same {@link ProjectionRebuilder} as the replay call, with its progress
 * brought up to date every second (htmx) until it is done.
 */
@PageController
@RequestMapping("/admin")
@PreAuthorize(ProjectionRebuilder.ADMINISTRATORS)
class AdminPage {

    private static final String PAGE = "admin/page";

    /** Someone in the directory and their availability now. */
    record Person(SchoolDirectory.Listed listed, Availabilities.AvailabilityView availability) {
    }

    private final Availabilities availabilities;

    private final ProjectionRebuilder rebuilder;

    private final SchoolDirectory directory;

    private final FormRules rules;

    private final SchoolTimes times;

    AdminPage(Availabilities availabilities, ProjectionRebuilder rebuilder, SchoolDirectory directory, FormRules rules,
            SchoolTimes times) {
        this.availabilities = availabilities;
        this.rebuilder = rebuilder;
        this.directory = directory;
        this.rules = rules;
        this.times = times;
    }

    @GetMapping
    String page(Model model) {
        List<Person> people = directory.people()
            .stream()
            .map(listed -> new Person(listed, availabilities.get(listed.username())))
            .toList();
        model.addAttribute("people", people);
        if (!model.containsAttribute("availability")) {
            model.addAttribute("availability", new AvailabilityForm());
        }
        projections(model);
        return PAGE;
    }

    @PostMapping("/availability")
    String setAvailability(@ModelAttribute("availability") AvailabilityForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes done) {
        Availabilities.AvailabilityRequest request = form.toRequest(times, errors);
        boolean keepsTheRules = rules.check(request, errors, UnaryOperator.identity()) && !errors.hasErrors();
        Optional<Availabilities.AvailabilityView> set = keepsTheRules
                ? rules.send(() -> availabilities.set(form.getUsername(), request), errors) : Optional.empty();
        if (set.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model);
        }
        done.addFlashAttribute("saved", Map.of("username", set.get().username(), "name",
                directory.displayName(set.get().username()).orElse(set.get().username())));
        return "redirect:/admin#people";
    }

    /** The part that shows the projections; it refreshes itself while one is rebuilt. */
    @GetMapping("/projections")
    String projections(Model model) {
        List<ProjectionReplay.Progress> projections = rebuilder.projections();
        model.addAttribute("projections", projections);
        model.addAttribute("rebuilding", projections.stream().anyMatch(ProjectionReplay.Progress::replaying));
        return PAGE + " :: projections";
    }

    @PostMapping("/projections/{name}/replay")
    String rebuild(@PathVariable String name, RedirectAttributes done) {
        rebuilder.rebuild(name);
        done.addFlashAttribute("rebuildAsked", name);
        return "redirect:/admin#projections";
    }

    /** Whose availability, and what it is, as the page's fields give it. */
    static class AvailabilityForm {

        private String username;

        private String available;

        private String until;

        Availabilities.AvailabilityRequest toRequest(SchoolTimes times, Errors errors) {
            if (FormValues.blank(username)) {
                errors.rejectValue("username", CommonProblem.MALFORMED_REQUEST.name(), "choose someone");
            }
            Boolean availableOrNot = "true".equals(available) ? Boolean.TRUE
                    : "false".equals(available) ? Boolean.FALSE : null;
            return new Availabilities.AvailabilityRequest(availableOrNot,
                    untilDay(errors).map(times::startOf).orElse(null));
        }

        private Optional<LocalDate> untilDay(Errors errors) {
            if (FormValues.blank(until)) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(until.strip()));
            }
            catch (DateTimeParseException unreadable) {
                errors.rejectValue("until", CommonProblem.MALFORMED_REQUEST.name(), "is not a date");
                return Optional.empty();
            }
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getAvailable() {
            return available;
        }

        public void setAvailable(String available) {
            this.available = available;
        }

        public String getUntil() {
            return until;
        }

        public void setUntil(String until) {
            this.until = until;
        }

    }

}
