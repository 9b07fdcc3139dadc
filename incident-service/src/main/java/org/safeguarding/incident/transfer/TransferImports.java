package org.safeguarding.incident.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.ReceiveIncident;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.page.SchoolProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The receiving school's side: a transfer file is opened with its passphrase, its
 * signature checked with the sending school's key, and only then are its incidents
 * created, all in one transaction, each as received from that school with its chronology;
 * the answer carries the receipt, signed with this service's key, for the sending school
 * to record.
 */
@Component
class TransferImports {

    /** An incident created from the file: its id here and at the sending school. */
    record ImportedIncident(String id, String originalIncidentId, String summary) {
    }

    /** What the import answers: the incidents created and the signed receipt. */
    record Imported(String transferId, String fromSchool, String pupilRef, List<ImportedIncident> incidents,
            Receipt.Signed receipt) {
    }

    private final CommandGateway commands;

    private final AuditKeys keys;

    private final SchoolKeys schoolKeys;

    private final TransferStore store;

    private final String school;

    private final ObjectMapper json;

    private final TransactionTemplate transaction;

    private final Clock clock;

    TransferImports(CommandGateway commands, AuditKeys keys, SchoolKeys schoolKeys, TransferStore store,
            SchoolProperties school, ObjectMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.commands = commands;
        this.keys = keys;
        this.schoolKeys = schoolKeys;
        this.store = store;
        this.school = school.name();
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** An uploaded transfer file's bytes; null when none was sent. */
    static byte[] bytesOf(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded transfer file", e);
        }
    }

    Imported importFile(Actor dsl, byte[] file, String passphrase, String publicKeyPem) {
        if (file == null || file.length == 0 || passphrase == null || passphrase.isBlank()) {
            throw new RuleViolation(TransferProblem.TRANSFER_FILE_UNREADABLE,
                    "Send the transfer file and the passphrase the sending DSL gave you");
        }
        SealedFile sealed = read(file, SealedFile.class);
        TransferBundle.Signed signed = read(sealed.open(passphrase), TransferBundle.Signed.class);
        schoolKeys.requireSignedBy(sealed.fromSchool(), publicKeyPem, signed.bundle(), signed.signature(), "file");
        TransferBundle bundle = read(signed.bundle(), TransferBundle.class);
        if (!sealed.transferId().equals(bundle.transferId()) || !sealed.fromSchool().equals(bundle.fromSchool())) {
            throw new RuleViolation(TransferProblem.TRANSFER_SIGNATURE_INVALID,
                    "The file's label does not match what the sending school signed. Nothing was recorded");
        }
        if (!SchoolKeys.sameSchool(school, bundle.toSchool())) {
            throw new RuleViolation(TransferProblem.TRANSFER_FOR_ANOTHER_SCHOOL,
                    "The file was sent to " + bundle.toSchool() + ", not to " + school);
        }
        if (store.imported(bundle.transferId())) {
            throw new RuleViolation(TransferProblem.TRANSFER_ALREADY_IMPORTED,
                    "This file was imported already; its incidents are here, and its receipt is at "
                            + "/api/transfers/imported/" + bundle.transferId() + "/receipt");
        }
        Instant now = clock.instant();
        byte[] receipt = write(new Receipt(Receipt.FORMAT, bundle.transferId(), bundle.fromSchool(), school,
                dsl.username(), now, bundle.incidents().size(), Transfers.sha256(file)));
        List<ImportedIncident> created = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            store.recordImport(bundle.transferId(), bundle.fromSchool(), dsl.username(), now, receipt);
            for (TransferBundle.BundledIncident incident : bundle.incidents()) {
                String id = idFor(bundle.transferId(), incident.incidentId());
                commands.sendAndWait(
                        new ReceiveIncident(id, bundle.transferId(), bundle.fromSchool(), incident.incidentId(),
                                incident.form(), incident.category(), incident.summary(), incident.details(),
                                incident.occurredAt(), incident.channel(), incident.platform(), incident.subjects(),
                                incident.allegationAgainstAdult(), incident.outcome(), incident.chronology()));
                created.add(new ImportedIncident(id, incident.incidentId(), incident.summary()));
            }
        });
        return new Imported(bundle.transferId(), bundle.fromSchool(), bundle.pupilRef(), List.copyOf(created),
                signed(receipt));
    }

    /**
     * The receipt issued when the transfer was imported, signed again, should it be lost.
     */
    Receipt.Signed receiptIssued(String transferId) {
        return signed(store.receiptIssued(transferId)
            .orElseThrow(
                    () -> new RuleViolation(TransferProblem.TRANSFER_NOT_FOUND, "No such transfer imported here")));
    }

    private Receipt.Signed signed(byte[] receipt) {
        return new Receipt.Signed(receipt, keys.sign(receipt), keys.publicKeyPem());
    }

    /** The same file always gives the same ids here. */
    private static String idFor(String transferId, String originalIncidentId) {
        return UUID.nameUUIDFromBytes((transferId + "\n" + originalIncidentId).getBytes(StandardCharsets.UTF_8))
            .toString();
    }

    private <T> T read(byte[] content, Class<T> type) {
        try {
            return json.readValue(content, type);
        }
        catch (IOException e) {
            throw new RuleViolation(TransferProblem.TRANSFER_FILE_UNREADABLE,
                    "This is not a transfer file this service reads (" + SealedFile.FORMAT + ")");
        }
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot write the receipt as JSON", e);
        }
    }

}
