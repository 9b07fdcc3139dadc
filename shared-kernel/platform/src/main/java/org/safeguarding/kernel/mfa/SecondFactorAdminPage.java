package org.safeguarding.kernel.mfa;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.MfaProperties;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For the administrator: everyone who signs in with a second factor, whether they have
 * enrolled, and a reset for someone who lost their phone.
 */
@PageController
@PreAuthorize("hasRole('ADMIN')")
class SecondFactorAdminPage {

    static final String PAGE = "/admin/mfa";

    private final SecondFactors secondFactors;

    private final SchoolDirectory directory;

    private final MfaProperties mfa;

    SecondFactorAdminPage(SecondFactors secondFactors, SchoolDirectory directory, MfaProperties mfa) {
        this.secondFactors = secondFactors;
        this.directory = directory;
        this.mfa = mfa;
    }

    /** One person on the page. */
    record Person(String username, String name, SecondFactors.Enrolment enrolment) {
    }

    @GetMapping(PAGE)
    String people(Model model) {
        Map<String, SecondFactors.Enrolment> enrolled = secondFactors.enrolments()
            .stream()
            .collect(Collectors.toMap(SecondFactors.Enrolment::username, Function.identity()));
        var usernames = new TreeSet<>(enrolled.keySet());
        mfa.roles().forEach(role -> usernames.addAll(directory.usernamesWith(role)));
        model.addAttribute("people",
                usernames.stream()
                    .map(username -> new Person(username, directory.displayName(username).orElse(username),
                            enrolled.get(username)))
                    .toList());
        return "kernel/second-factor/admin";
    }

    @PostMapping(PAGE + "/{username}/reset")
    String reset(@PathVariable String username, HttpServletRequest request, RedirectAttributes done) {
        secondFactors.reset(username,
                new SecondFactors.Actor(CurrentActor.require().username(), request.getRemoteAddr()));
        done.addFlashAttribute("reset", directory.displayName(username).orElse(username));
        return "redirect:" + PAGE;
    }

}
