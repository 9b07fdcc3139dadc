package org.safeguarding.incident.transfer;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The child-protection file's transfer (KCSIE): the DSL sends it to the next school and
 * records the receipt; the receiving school's DSL imports it; the DSL and the headteacher
 * follow the five-school-day clock.
 */
@RestController
@Tag(name = "transfers", description = "Send a pupil's child-protection file to their next school, import one "
        + "from the previous school, and record the signed receipt within five school days")
class TransferController {

    private final Transfers transfers;

    private final TransferImports imports;

    TransferController(Transfers transfers, TransferImports imports) {
        this.transfers = transfers;
        this.imports = imports;
    }

    /** The passphrase is in this answer only: never stored, so never shown again. */
    @PostMapping("/api/pupils/{ref}/transfer")
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    @ApiResponse(responseCode = "201", description = "Sent: the transfer, the one-time passphrase and the file's path",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the transfer is followed"))
    ResponseEntity<Transfers.Sent> send(@PathVariable String ref, @Valid @RequestBody TransferRequests.Send body) {
        Transfers.Sent sent = transfers.send(CurrentActor.require(), ref, body.toSchool(), body.toDsl());
        return ResponseEntity.created(URI.create("/api/transfers/" + sent.transfer().id()))
            .cacheControl(CacheControl.noStore())
            .body(sent);
    }

    @GetMapping("/api/transfers")
    @PreAuthorize(Permissions.TRANSFER_READERS)
    List<TransferView> sent() {
        return transfers.sent();
    }

    @GetMapping("/api/transfers/{id}")
    @PreAuthorize(Permissions.TRANSFER_READERS)
    TransferView transfer(@PathVariable String id) {
        return transfers.view(id);
    }

    @GetMapping("/api/transfers/{id}/bundle")
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    ResponseEntity<byte[]> file(@PathVariable String id) {
        return transfers.file(id);
    }

    @PostMapping("/api/transfers/{id}/receipt")
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    TransferView receipt(@PathVariable String id, @RequestBody Receipt.Signed body) {
        return transfers.recordReceipt(id, body);
    }

    @PostMapping(path = "/api/transfers/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    @ApiResponse(responseCode = "201", description = "Imported: the incidents created and the signed receipt",
            useReturnTypeSchema = true)
    ResponseEntity<TransferImports.Imported> importJson(@RequestBody TransferRequests.Import body) {
        return imported(imports.importFile(CurrentActor.require(), body.bundle(), body.passphrase(), body.publicKey()));
    }

    /**
     * The same, with the file as it was downloaded, for files over the JSON body limit.
     */
    @PostMapping(path = "/api/transfers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    ResponseEntity<TransferImports.Imported> importMultipart(
            @RequestPart(value = "bundle", required = false) MultipartFile bundle,
            @RequestParam(value = "passphrase", required = false) String passphrase,
            @RequestParam(value = "publicKey", required = false) String publicKey) {
        return imported(
                imports.importFile(CurrentActor.require(), TransferImports.bytesOf(bundle), passphrase, publicKey));
    }

    /** The receiving side: the receipt it issued for an import, again. */
    @GetMapping("/api/transfers/imported/{id}/receipt")
    @PreAuthorize(Permissions.TRANSFER_SENDERS)
    Receipt.Signed receiptIssued(@PathVariable String id) {
        return imports.receiptIssued(id);
    }

    private static ResponseEntity<TransferImports.Imported> imported(TransferImports.Imported imported) {
        return ResponseEntity.status(201).body(imported);
    }

}
