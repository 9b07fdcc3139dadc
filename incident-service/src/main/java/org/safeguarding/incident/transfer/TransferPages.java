package org.safeguarding.incident.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.page.Allowed;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.FormValues;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The child-protection file's transfer in the browser, made as the API makes it: the DSL
 * sends a pupil's file and is shown its one-time passphrase once, follows each transfer's
 * five-school-day clock (overdue first), downloads the file, records the receipt the
 * other school sends back, and imports a file from another school, whose receipt is shown
 * to send back. The headteacher follows the transfers.
 */
@PageController
@PreAuthorize(Permissions.TRANSFER_READERS)
class TransferPages {

    private static final String PAGE = "transfers/page";

    private final Transfers transfers;

    private final TransferImports imports;

    private final FormRules rules;

    private final ObjectMapper json;

    TransferPages(Transfers transfers, TransferImports imports, FormRules rules, ObjectMapper json) {
        this.transfers = transfers;
        this.imports = imports;
        this.rules = rules;
        this.json = json;
    }

    @GetMapping("/transfers")
    String page(Model model) {
        model.addAttribute("transfers",
                transfers.sent().stream().sorted(Comparator.comparing(transfer -> !transfer.overdue())).toList());
        model.addAttribute("maySend", Allowed.by(Permissions.TRANSFER_SENDERS));
        for (String form : new String[] { "sending", "receipt", "importing" }) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, new TransferForm());
            }
        }
        return PAGE;
    }

    /**
     * The passphrase is on this answer only: the page is not kept by the browser, and
     * nothing of it is stored.
     */
    @PostMapping("/transfers")
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    String send(@ModelAttribute("sending") TransferForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        TransferRequests.Send request = form.send();
        if (FormValues.blank(form.getRef())) {
            errors.rejectValue("ref", "REF_NOTBLANK", "must not be blank");
        }
        Optional<Transfers.Sent> sent = rules.check(request, errors, UnaryOperator.identity()) && !errors.hasErrors()
                ? rules.send(
                        () -> transfers.send(CurrentActor.require(), form.getRef().strip(), request.toSchool(),
                                request.toDsl()),
                        errors, code -> TransferProblem.NOTHING_TO_TRANSFER.violationCode().equals(code) ? "ref" : null)
                : Optional.empty();
        if (sent.isEmpty()) {
            return refused(model, response);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("sent", sent.get());
        return "transfers/sent";
    }

    @GetMapping("/transfers/{id}/bundle")
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    ResponseEntity<byte[]> file(@PathVariable String id) {
        return transfers.file(id);
    }

    @PostMapping("/transfers/{id}/receipt")
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    String recordReceipt(@PathVariable String id, @ModelAttribute("receipt") TransferForm form, BindingResult errors,
            @RequestParam(value = "receiptFile", required = false) MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes done) {
        Optional<TransferView> recorded = receiptOf(form, file, errors)
            .flatMap(receipt -> rules.send(() -> transfers.recordReceipt(id, receipt), errors));
        if (recorded.isEmpty()) {
            model.addAttribute("refusedReceipt", id);
            return refused(model, response);
        }
        done.addFlashAttribute("done", Map.of("step", "receiptRecorded"));
        return "redirect:/transfers#transfer-" + id;
    }

    @PostMapping("/transfers/import")
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    String importFile(@ModelAttribute("importing") TransferForm form, BindingResult errors,
            @RequestParam(value = "bundle", required = false) MultipartFile bundle, Model model,
            HttpServletResponse response) {
        Optional<TransferImports.Imported> imported = rules.send(() -> imports.importFile(CurrentActor.require(),
                TransferImports.bytesOf(bundle), form.getPassphrase(), FormValues.text(form.getPublicKey())), errors,
                TransferPages::fieldOfImport);
        if (imported.isEmpty()) {
            return refused(model, response);
        }
        model.addAttribute("imported", imported.get());
        model.addAttribute("receiptJson", write(imported.get().receipt()));
        return "transfers/imported";
    }

    /** The receipt an import issued, again, to send back to the sending school. */
    @GetMapping("/transfers/imported/{id}/receipt.json")
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    ResponseEntity<byte[]> receiptIssued(@PathVariable String id) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_TYPE, "application/json")
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("receipt-" + id + ".json").build().toString())
            .cacheControl(CacheControl.noStore())
            .body(write(imports.receiptIssued(id)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The receipt as pasted, or else as uploaded; beside the field when it is not one.
     */
    private Optional<Receipt.Signed> receiptOf(TransferForm form, MultipartFile file, Errors errors) {
        byte[] given = FormValues.blank(form.getReceipt()) ? TransferImports.bytesOf(file)
                : form.getReceipt().strip().getBytes(StandardCharsets.UTF_8);
        if (given == null || given.length == 0) {
            errors.rejectValue("receipt", "RECEIPT_NOTBLANK", "paste the receipt, or choose its file");
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(given, Receipt.Signed.class));
        }
        catch (IOException notJson) {
            errors.rejectValue("receipt", TransferProblem.RECEIPT_DOES_NOT_MATCH.violationCode(),
                    "is not a receipt: give it as the other school's service issued it (JSON with document, "
                            + "signature and publicKey)");
            return Optional.empty();
        }
    }

    /** Where a refused import's rule goes on the form. */
    private static String fieldOfImport(String code) {
        if (TransferProblem.TRANSFER_NOT_DECRYPTED.violationCode().equals(code)) {
            return "passphrase";
        }
        if (TransferProblem.SCHOOL_KEY_UNKNOWN.violationCode().equals(code)
                || TransferProblem.TRANSFER_SIGNATURE_INVALID.violationCode().equals(code)) {
            return "publicKey";
        }
        return null;
    }

    private String write(Receipt.Signed receipt) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(receipt);
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot write the receipt as JSON", e);
        }
    }

    private String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(model);
    }

}
