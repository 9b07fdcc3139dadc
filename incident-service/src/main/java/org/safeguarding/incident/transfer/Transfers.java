package org.safeguarding.incident.transfer;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.timeline.Timeline;
import org.safeguarding.incident.timeline.TimelineEntry;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.ReceivedStep;
import org.safeguarding.kernel.api.incident.RecordTransferReceipt;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.incident.TransferFile;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.page.SchoolProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending a pupil's child-protection file: the bundle of every incident naming the pupil
 * that the DSL may see, signed with the service's Ed25519 key and encrypted to a new
 * passphrase, which is returned once and kept nowhere; then the receipt, checked against
 * the receiving school's key and the file's hash.
 */
@Component
class Transfers {

    /** What the DSL gets once: the passphrase to give the receiving DSL separately. */
    record Sent(TransferView transfer, String passphrase, String file) {
    }

    private final CommandGateway commands;

    private final IncidentAccess access;

    private final Timeline timeline;

    private final AuditKeys keys;

    private final SchoolKeys schoolKeys;

    private final TransferStore store;

    private final EventStore events;

    private final String school;

    private final ObjectMapper json;

    private final TransactionTemplate transaction;

    private final Clock clock;

    Transfers(CommandGateway commands, IncidentAccess access, Timeline timeline, AuditKeys keys, SchoolKeys schoolKeys,
            TransferStore store, EventStore events, SchoolProperties school, ObjectMapper json,
            PlatformTransactionManager transactions, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.timeline = timeline;
        this.keys = keys;
        this.schoolKeys = schoolKeys;
        this.store = store;
        this.events = events;
        this.school = school.name();
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    Sent send(Actor dsl, String pupilRef, String toSchool, String toDsl) {
        List<IncidentView> caseFiles = access.caseFiles(dsl, view -> names(view, pupilRef), AccessLog.Action.TRANSFER);
        if (caseFiles.isEmpty()) {
            throw new RuleViolation(TransferProblem.NOTHING_TO_TRANSFER,
                    "No incident you may see names a pupil with ref " + pupilRef);
        }
        String transferId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        TransferBundle bundle = new TransferBundle(TransferBundle.FORMAT, transferId, school, toSchool, toDsl, pupilRef,
                dsl.username(), now, caseFiles.stream().map(this::bundled).toList());
        byte[] signed = write(signed(write(bundle)));
        String passphrase = Passphrase.newOne();
        byte[] file = write(SealedFile.seal(transferId, school, signed, passphrase));
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new TransferFile(transferId, pupilRef, school, toSchool, toDsl,
                    caseFiles.stream().map(IncidentView::id).toList(), sha256(file)));
            store.keepFile(transferId, file, now);
        });
        return new Sent(view(transferId), passphrase, "/api/transfers/" + transferId + "/bundle");
    }

    private TransferBundle.Signed signed(byte[] bundle) {
        return new TransferBundle.Signed(bundle, keys.sign(bundle));
    }

    private static boolean names(IncidentView view, String pupilRef) {
        return view.subjects()
            .stream()
            .anyMatch(subject -> subject.kind() == SubjectKind.PUPIL && subject.ref() != null
                    && subject.ref().strip().equalsIgnoreCase(pupilRef.strip()));
    }

    private TransferBundle.BundledIncident bundled(IncidentView view) {
        List<ReceivedStep> chronology = timeline.find(view.id()).stream().map(Transfers::step).toList();
        return new TransferBundle.BundledIncident(view.id(), view.form(), view.category(), view.summary(),
                view.details(), view.occurredAt(), view.channel(), view.platform(), view.subjects(),
                view.allegationAgainstAdult(), view.status().name(), view.outcome(), view.closureRationale(),
                view.reportedAt(), chronology);
    }

    private static ReceivedStep step(TimelineEntry entry) {
        return new ReceivedStep(entry.seq() + 1, entry.at(), entry.actor().username(), entry.actor().role(),
                entry.actor().via(), entry.type(), entry.summary(), entry.reason());
    }

    /** The file as sent, for the API and the page: never cached, saved under its id. */
    ResponseEntity<byte[]> file(String transferId) {
        byte[] file = store.file(transferId).orElseThrow(Transfers::notFound);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("transfer-" + transferId + ".json").build().toString())
            .cacheControl(CacheControl.noStore())
            .body(file);
    }

    /**
     * Records the receiving school's receipt once its signature is checked with that
     * school's key and it names this very file.
     */
    TransferView recordReceipt(String transferId, Receipt.Signed signed) {
        TransferView transfer = view(transferId);
        if (signed == null || signed.document() == null || signed.signature() == null) {
            throw new RuleViolation(TransferProblem.RECEIPT_DOES_NOT_MATCH,
                    "Send the receipt as the receiving school's import returned it: document, signature, publicKey");
        }
        schoolKeys.requireSignedBy(transfer.toSchool(), signed.publicKey(), signed.document(), signed.signature(),
                "receipt");
        Receipt receipt = read(signed.document());
        if (!transferId.equals(receipt.transferId()) || !transfer.fileSha256().equals(receipt.fileSha256())
                || !SchoolKeys.sameSchool(school, receipt.fromSchool())) {
            throw new RuleViolation(TransferProblem.RECEIPT_DOES_NOT_MATCH,
                    "The receipt is for another transfer or another file than the one sent");
        }
        commands.sendAndWait(new RecordTransferReceipt(transferId, receipt.receivingSchool(), receipt.receivedBy(),
                receipt.receivedAt(), receipt.incidents()));
        return view(transferId);
    }

    TransferView view(String transferId) {
        DomainEventStream stream = events.readEvents(transferId);
        TransferView view = new TransferView();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            view.apply(event);
        }
        if (!view.exists()) {
            throw notFound();
        }
        return view.asOf(clock.instant());
    }

    /** Every transfer sent, newest first. */
    List<TransferView> sent() {
        return store.sent().stream().map(this::view).toList();
    }

    private Receipt read(byte[] document) {
        try {
            return json.readValue(document, Receipt.class);
        }
        catch (IOException e) {
            throw new RuleViolation(TransferProblem.RECEIPT_DOES_NOT_MATCH, "The receipt is not a transfer receipt");
        }
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot write the transfer as JSON", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static RuleViolation notFound() {
        return new RuleViolation(TransferProblem.TRANSFER_NOT_FOUND, "No such transfer");
    }

}
