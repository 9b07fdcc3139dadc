package org.safeguarding.post.consent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consent register as pages, for the office and the DSL as the API is: the list, one
 * pupil at a time, and the MIS's CSV, reported row by row. Every change is the API's
 * ({@link ConsentKeeping}).
 */
@PageController
@RequestMapping("/pupils")
@PreAuthorize("hasAnyRole('ADMIN', 'DSL')")
class ConsentPages {

    private static final int PAGE_SIZE = 50;

    private static final String PUPIL_PAGE = "pupils/pupil";

    private static final String IMPORT_PAGE = "pupils/import";

    /** What the import form sends: the MIS's CSV, and why it is imported. */
    static class ImportForm {

        private MultipartFile file;

        private String reason;

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

    }

    private final ConsentKeeping consent;

    private final FormRules rules;

    ConsentPages(ConsentKeeping consent, FormRules rules) {
        this.consent = consent;
        this.rules = rules;
    }

    @GetMapping
    String register(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("pupils", consent.list(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("report", consent.report());
        return "pupils/register";
    }

    @GetMapping("/new")
    String start(Model model) {
        model.addAttribute("pupil", new PupilForm());
        return PUPIL_PAGE;
    }

    @GetMapping("/{ref}/edit")
    String edit(@PathVariable String ref, Model model) {
        model.addAttribute("pupil", PupilForm.of(consent.find(ref)));
        return PUPIL_PAGE;
    }

    @PostMapping
    String record(@ModelAttribute("pupil") PupilForm pupil, BindingResult form, HttpServletResponse response,
            RedirectAttributes next) {
        ConsentRequests.Consent request = pupil.toRequest();
        Optional<PupilRecord> recorded = rules.check(request, form, field -> field) && !form.hasErrors()
                ? rules.send(() -> consent.record(pupil.strippedRef(), request), form, PupilForm::fieldOf)
                : Optional.empty();
        if (recorded.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return PUPIL_PAGE;
        }
        next.addFlashAttribute("notice", "Saved: " + recorded.get().ref() + ".");
        return "redirect:/pupils";
    }

    @GetMapping("/import")
    String startImport(Model model) {
        model.addAttribute("upload", new ImportForm());
        return IMPORT_PAGE;
    }

    /**
     * The file as the API takes it: its good rows are recorded, all or none, and every
     * row is reported, recorded or refused with why.
     */
    @PostMapping("/import")
    String importCsv(@ModelAttribute("upload") ImportForm upload, BindingResult form, Model model,
            HttpServletResponse response) throws IOException {
        String csv = upload.getFile() == null ? "" : new String(upload.getFile().getBytes(), StandardCharsets.UTF_8);
        Optional<ConsentCsv.Result> imported = rules.send(() -> consent.importCsv(csv, upload.getReason()), form,
                code -> "file");
        if (imported.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        imported.ifPresent(result -> model.addAttribute("result", result));
        return IMPORT_PAGE;
    }

}
