package org.safeguarding.incident.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.CaseWork;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files, from the API or a page: who may add one and to which incident is
 * checked before the file is read; then its size, and its type by its content; the event
 * that records it and its encrypted bytes are stored in one transaction, so neither is
 * ever kept without the other.
 */
@Component
class Evidence {

    /** What the record says of an evidence file. */
    record Added(String id, String fileName, String contentType, long size, String sha256) {
    }

    private static final int LONGEST_NAME = 255;

    private final CaseWork work;

    private final IncidentAccess access;

    private final EvidenceFiles files;

    private final EvidenceProperties properties;

    private final TransactionTemplate transaction;

    private final Clock clock;

    Evidence(CaseWork work, IncidentAccess access, EvidenceFiles files, EvidenceProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.work = work;
        this.access = access;
        this.files = files;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    Added add(String incidentId, String ifMatch, MultipartFile file) {
        work.requireMayAddEvidence(incidentId);
        if (file == null || file.isEmpty()) {
            throw new RuleViolation(EvidenceProblem.EVIDENCE_FILE_REQUIRED,
                    "Send the evidence as a non-empty multipart part named 'file'");
        }
        if (file.getSize() > properties.maxSize().toBytes()) {
            throw new RuleViolation(EvidenceProblem.EVIDENCE_TOO_LARGE, "Evidence files are up to "
                    + properties.maxSize().toKilobytes() + " KB; crop the screenshot or save fewer pages");
        }
        byte[] content = bytesOf(file);
        EvidenceType type = EvidenceType.of(content)
            .filter(sniffed -> sniffed.agreesWith(file.getContentType()))
            .orElseThrow(() -> new RuleViolation(EvidenceProblem.EVIDENCE_TYPE_NOT_ALLOWED,
                    "Evidence is a PNG or JPEG image or a PDF, known by its content and declared as such; this file"
                            + " is not (declared as " + file.getContentType() + ")"));
        Added added = new Added(UUID.randomUUID().toString(), nameOf(file, type), type.mediaType(), content.length,
                sha256(content));
        transaction.executeWithoutResult(status -> {
            work.addEvidence(incidentId, ifMatch, added.id(), added.fileName(), added.contentType(), added.size(),
                    added.sha256());
            files.keep(incidentId, added.id(), added.fileName(), type, content, added.sha256(), clock.instant());
        });
        return added;
    }

    /** The file, to someone who may read the case file, the reading logged. */
    EvidenceFiles.EvidenceFile file(String incidentId, String evidenceId) {
        access.readCaseFile(CurrentActor.require(), incidentId, AccessLog.Action.EVIDENCE_DOWNLOAD);
        return files.find(incidentId, evidenceId)
            .orElseThrow(() -> new RuleViolation(EvidenceProblem.EVIDENCE_NOT_FOUND, "No such evidence file"));
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded evidence", e);
        }
    }

    /**
     * The name the sender gave, without any path or control characters, or one made up.
     */
    private static String nameOf(MultipartFile file, EvidenceType type) {
        String given = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
        String name = given == null ? "" : given.replaceAll("[\\p{Cntrl}\\\\]", "").strip();
        if (name.isEmpty() || "null".equals(name)) {
            return "evidence." + type.name().toLowerCase(Locale.ROOT);
        }
        return name.length() <= LONGEST_NAME ? name : name.substring(name.length() - LONGEST_NAME);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

}
