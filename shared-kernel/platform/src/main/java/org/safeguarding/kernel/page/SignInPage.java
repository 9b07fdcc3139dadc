package org.safeguarding.kernel.page;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.SecurityConfiguration;
import org.safeguarding.kernel.security.SignInRefusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sign-in page: shown to anyone not signed in, again after a refused sign-in (a
 * forward of the POST, keeping the username typed) and after signing out. Where the
 * school's identity provider is configured, it offers signing in with it too.
 */
@PageController
class SignInPage {

    /** A way to sign in through an identity provider: its name and where it starts. */
    record IdentityProvider(String name, String url) {
    }

    private final List<IdentityProvider> identityProviders = new ArrayList<>();

    SignInPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            configured.forEach(each -> {
                ClientRegistration registration = (ClientRegistration) each;
                identityProviders.add(new IdentityProvider(registration.getClientName(),
                        "/oauth2/authorization/" + registration.getRegistrationId()));
            });
        }
    }

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
        model.addAttribute("identityProviders", identityProviders);
        return "kernel/sign-in";
    }

}
