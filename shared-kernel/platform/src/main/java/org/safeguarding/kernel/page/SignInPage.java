package org.safeguarding.kernel.page;

import jakarta.servlet.http.HttpServletRequest;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.SecurityConfiguration;
import org.safeguarding.kernel.security.SignInRefusal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sign-in page: shown to anyone not signed in, again after a refused sign-in (a
 * forward of the POST, keeping the username typed) and after signing out.
 */
@PageController
class SignInPage {

    @RequestMapping({ SecurityConfiguration.SIGN_IN_PAGE, SecurityConfiguration.SIGN_IN_REFUSED })
    String signIn(HttpServletRequest request, Model model) {
        if (CurrentActor.get().isPresent()) {
            return "redirect:/";
        }
        SignInRefusal.of(request).ifPresent(refusal -> {
            model.addAttribute("refusal", refusal);
            model.addAttribute("username", request.getParameter("username"));
        });
        model.addAttribute("signedOut", request.getParameter("signed-out") != null);
        return "kernel/sign-in";
    }

}
