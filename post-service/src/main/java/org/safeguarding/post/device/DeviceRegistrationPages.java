package org.safeguarding.post.device;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A poster registers the browser they are using as a school device for an account: it
 * keeps the token as the API's cookie and waits for the headteacher's approval. The same
 * request, rules and command as the API.
 */
@PageController
@RequestMapping("/accounts/{id}/devices")
class DeviceRegistrationPages {

    private static final String REGISTER_PAGE = "devices/register";

    private final DeviceRegister devices;

    private final FormRules rules;

    DeviceRegistrationPages(DeviceRegister devices, FormRules rules) {
        this.devices = devices;
        this.rules = rules;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('STAFF')")
    String start(@PathVariable String id, Model model) {
        return registerPage(id, new RegistrationForm(), model);
    }

    @PostMapping
    @PreAuthorize("hasRole('STAFF')")
    String register(@PathVariable String id, @ModelAttribute("registration") RegistrationForm registration,
            BindingResult form, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes next) {
        var body = new DeviceRequests.Registration(registration.getName(), registration.isSchoolOwned());
        Optional<DeviceRequests.IssuedDevice> issued = rules.check(body, form, field -> field)
                ? rules.send(() -> devices.register(id, body), form, DeviceRegistrationPages::fieldOf)
                : Optional.empty();
        if (issued.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return registerPage(id, registration, model);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, DeviceTokens.cookie(issued.get().deviceToken(), request).toString());
        next.addFlashAttribute("notice",
                "Registered: this device may be used once the headteacher approves it with the passcode sent to them.");
        return "redirect:/accounts/" + id;
    }

    private static String fieldOf(String violationCode) {
        return switch (violationCode) {
            case "NAME_REQUIRED" -> "name";
            case "SCHOOL_DEVICE_REQUIRED" -> "schoolOwned";
            default -> null;
        };
    }

    private String registerPage(String id, RegistrationForm registration, Model model) {
        model.addAttribute("accountId", id);
        model.addAttribute("registration", registration);
        return REGISTER_PAGE;
    }

}
