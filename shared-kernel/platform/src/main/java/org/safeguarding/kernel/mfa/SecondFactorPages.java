package org.safeguarding.kernel.mfa;

import java.util.List;
import java.util.Optional;

import dev.samstevens.totp.qr.QrData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.page.SchoolProperties;
import org.safeguarding.kernel.security.LoginThrottle;
import org.safeguarding.kernel.security.LoginThrottled;
import org.safeguarding.kernel.security.SecondFactor;
import org.safeguarding.kernel.security.SecurityConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in, for the roles that take one. The first time, enrolment:
 * a QR code and the secret written out for the person's authenticator app, and the app's
 * first code; then their ten recovery codes, shown once. After that, the app's code, or a
 * recovery code instead. A wrong code counts as a failed sign-in ({@link LoginThrottle}).
 * Once given, the person goes on to the page they asked for.
 */
@PageController
class SecondFactorPages {

    static final String RECOVERY_CODES_PAGE = "/login/recovery-codes";

    /**
     * The secret offered until its first code is given, kept in the session only, so that
     * a reload shows the same one.
     */
    private static final String OFFERED_SECRET = SecondFactorPages.class.getName() + ".secret";

    private static final String WRONG_CODE = "That code is not right, or it has been used already. Check that the "
            + "time on your phone is right, and type the 6 digits the app shows now.";

    private final SecondFactors secondFactors;

    private final SecondFactor secondFactor;

    private final LoginThrottle throttle;

    private final String issuer;

    private final RequestCache requestCache = new HttpSessionRequestCache();

    SecondFactorPages(SecondFactors secondFactors, SecondFactor secondFactor, LoginThrottle throttle,
            SchoolProperties school) {
        this.secondFactors = secondFactors;
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.issuer = "Safeguarding " + school.name();
    }

    @GetMapping(SecurityConfiguration.SECOND_FACTOR_PAGE)
    String ask(HttpSession session, Model model) {
        Authentication signedIn = signedIn();
        if (secondFactor.isSatisfiedBy(signedIn)) {
            return "redirect:/";
        }
        if (secondFactors.isEnrolled(signedIn.getName())) {
            return "kernel/second-factor/code";
        }
        return enrolment(signedIn.getName(), offeredSecret(session), model);
    }

    @PostMapping(SecurityConfiguration.SECOND_FACTOR_PAGE)
    String takeCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String username = signedIn().getName();
        Optional<String> locked = locked(username, request, response);
        if (locked.isPresent()) {
            model.addAttribute("refusal", locked.get());
            return "kernel/second-factor/code";
        }
        if (!secondFactors.takeCode(username, code, by(request))) {
            throttle.countFailure(username, request.getRemoteAddr());
            model.addAttribute("refusal", WRONG_CODE);
            return "kernel/second-factor/code";
        }
        return completed(request, response);
    }

    @PostMapping(SecurityConfiguration.SECOND_FACTOR_PAGE + "/enrolment")
    String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes shownOnce) {
        String username = signedIn().getName();
        HttpSession session = request.getSession();
        Optional<String> locked = locked(username, request, response);
        if (locked.isPresent()) {
            model.addAttribute("refusal", locked.get());
            return enrolment(username, offeredSecret(session), model);
        }
        Optional<List<String>> recoveryCodes = secondFactors.enrol(username, offeredSecret(session), code, by(request));
        if (recoveryCodes.isEmpty() && secondFactors.isEnrolled(username)) {
            // Enrolled meanwhile, in another tab: that enrolment stands.
            return "redirect:" + SecurityConfiguration.SECOND_FACTOR_PAGE;
        }
        if (recoveryCodes.isEmpty()) {
            throttle.countFailure(username, request.getRemoteAddr());
            model.addAttribute("refusal", WRONG_CODE);
            return enrolment(username, offeredSecret(session), model);
        }
        session.removeAttribute(OFFERED_SECRET);
        secondFactor.complete(request, response);
        throttle.forgetFailures(username);
        shownOnce.addFlashAttribute("recoveryCodes", recoveryCodes.get());
        return "redirect:" + RECOVERY_CODES_PAGE;
    }

    @GetMapping(SecurityConfiguration.SECOND_FACTOR_PAGE + "/recovery")
    String askForRecoveryCode() {
        return "kernel/second-factor/recovery";
    }

    @PostMapping(SecurityConfiguration.SECOND_FACTOR_PAGE + "/recovery")
    String useRecoveryCode(@RequestParam(defaultValue = "") String recoveryCode, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String username = signedIn().getName();
        Optional<String> locked = locked(username, request, response);
        if (locked.isPresent()) {
            model.addAttribute("refusal", locked.get());
            return "kernel/second-factor/recovery";
        }
        if (!secondFactors.useRecoveryCode(username, recoveryCode, by(request))) {
            throttle.countFailure(username, request.getRemoteAddr());
            model.addAttribute("refusal",
                    "That is not one of your recovery codes, or it has been used already. Each works once.");
            return "kernel/second-factor/recovery";
        }
        return completed(request, response);
    }

    /**
     * The recovery codes of an enrolment just made, shown once: until then the session
     * holds them, and nothing after.
     */
    @GetMapping(RECOVERY_CODES_PAGE)
    String recoveryCodes(Model model) {
        return model.containsAttribute("recoveryCodes") ? "kernel/second-factor/recovery-codes" : "redirect:/";
    }

    private String enrolment(String username, String secret, Model model) {
        QrData app = new QrData.Builder().label(username)
            .secret(secret)
            .issuer(issuer)
            .algorithm(Totp.ALGORITHM)
            .digits(Totp.DIGITS)
            .period(Totp.PERIOD_SECONDS)
            .build();
        model.addAttribute("qrCode", QrCode.svg(app.getUri(), "QR code for your authenticator app"));
        model.addAttribute("secret", String.join(" ", secret.split("(?<=\\G.{4})")));
        model.addAttribute("issuer", issuer);
        return "kernel/second-factor/enrol";
    }

    private String offeredSecret(HttpSession session) {
        String secret = (String) session.getAttribute(OFFERED_SECRET);
        if (secret == null) {
            secret = secondFactors.newSecret();
            session.setAttribute(OFFERED_SECRET, secret);
        }
        return secret;
    }

    /** Why this username or address may not try now, with the 429 the API would give. */
    private Optional<String> locked(String username, HttpServletRequest request, HttpServletResponse response) {
        try {
            throttle.refuseIfLocked(username, request.getRemoteAddr());
            return Optional.empty();
        }
        catch (LoginThrottled throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            return Optional.of(throttled.advice());
        }
    }

    /** Signed in now: on to the page first asked for, or the start. */
    private String completed(HttpServletRequest request, HttpServletResponse response) {
        secondFactor.complete(request, response);
        throttle.forgetFailures(signedIn().getName());
        SavedRequest asked = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return "redirect:" + (asked == null ? "/" : asked.getRedirectUrl());
    }

    private static SecondFactors.Actor by(HttpServletRequest request) {
        return new SecondFactors.Actor(signedIn().getName(), request.getRemoteAddr());
    }

    private static Authentication signedIn() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

}
