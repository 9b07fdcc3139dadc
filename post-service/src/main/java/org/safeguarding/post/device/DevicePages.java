package org.safeguarding.post.device;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.api.post.DeviceStatus;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
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
 * The headteacher's devices page: new devices waiting, each with the passcode sent for it
 * and a form to approve it with that passcode, and personal devices used in an emergency,
 * with whether their login removal is overdue. The same requests and rules as the API.
 */
@PageController
@RequestMapping("/devices")
class DevicePages {

    private static final String DEVICES_PAGE = "devices/devices";

    private final DeviceRegister devices;

    private final FormRules rules;

    DevicePages(DeviceRegister devices, FormRules rules) {
        this.devices = devices;
        this.rules = rules;
    }

    @GetMapping
    @PreAuthorize("hasRole('HEADTEACHER')")
    String devices(Model model) {
        return devicesPage(new PasscodeForm(), model);
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('HEADTEACHER')")
    String approve(@PathVariable String id, @ModelAttribute("approval") PasscodeForm approval, BindingResult form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        var request = new DeviceRequests.Approval(approval.getPasscode());
        boolean approved = rules.check(request, form, field -> "passcode")
                && rules.send(() -> devices.approve(id, request.passcode()), form).isPresent();
        if (!approved) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return devicesPage(approval, model);
        }
        next.addFlashAttribute("notice", "Approved: the device may now be used on the account.");
        return "redirect:/devices";
    }

    private String devicesPage(PasscodeForm approval, Model model) {
        model.addAttribute("approval", approval);
        model.addAttribute("pending", devices.pending());
        model.addAttribute("emergencies", devices.list(DeviceStatus.EMERGENCY));
        return DEVICES_PAGE;
    }

}
