package org.safeguarding.incident.evidence;

import java.util.HashMap;

import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's evidence: a file added from its upload form, as the API adds one, back
 * to the case page with a confirmation or the rule that refused it; and each file read
 * back as the API reads it.
 */
@PageController
@RequestMapping("/incidents/{id}/evidence")
@PreAuthorize(Permissions.CASE_WORKERS)
class EvidencePages {

    private final Evidence evidence;

    private final FormRules rules;

    EvidencePages(Evidence evidence, FormRules rules) {
        this.evidence = evidence;
        this.rules = rules;
    }

    @PostMapping
    String add(@PathVariable String id, @RequestParam(value = "file", required = false) MultipartFile file,
            RedirectAttributes next) {
        var refusal = new MapBindingResult(new HashMap<>(), "evidence");
        rules.send(() -> evidence.add(id, null, file), refusal)
            .ifPresentOrElse(added -> next.addFlashAttribute("evidenceAdded", added.fileName()),
                    () -> next.addFlashAttribute("evidenceRefused",
                            refusal.getAllErrors()
                                .stream()
                                .map(ObjectError::getDefaultMessage)
                                .findFirst()
                                .orElse("The file was not added")));
        return "redirect:/incidents/" + id + "#evidence";
    }

    @GetMapping("/{evidenceId}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String evidenceId) {
        return EvidenceController.attachment(evidence.file(id, evidenceId));
    }

}
