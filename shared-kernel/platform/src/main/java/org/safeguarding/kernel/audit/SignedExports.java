package org.safeguarding.kernel.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every export leaves with a checkpoint covering the record it was made from, and an
 * Ed25519 signature over its exact bytes, so that a LADO can check the file with the
 * public key and openssl, without the service.
 */
public class SignedExports {

    public static final String SIGNATURE_HEADER = "Export-Signature";

    public static final String CHECKPOINT_HEADER = "Export-Checkpoint";

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Checkpoints checkpoints;

    private final AuditKeys keys;

    private final ObjectMapper json;

    SignedExports(Checkpoints checkpoints, AuditKeys keys, ObjectMapper json) {
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.json = json;
    }

    public ResponseEntity<byte[]> json(Object export) {
        return respond(MediaType.APPLICATION_JSON, null, checkpoint -> {
            try {
                return json.writeValueAsBytes(export);
            }
            catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write the export as JSON", e);
            }
        });
    }

    public ResponseEntity<byte[]> csv(String filename, String csv) {
        return respond(CSV, filename, checkpoint -> csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The PDF prints the checkpoint it carries. */
    public ResponseEntity<byte[]> pdf(String filename, Function<Checkpoints.Checkpoint, byte[]> render) {
        return respond(MediaType.APPLICATION_PDF, filename, render);
    }

    /**
     * Renders the export given its checkpoint and answers it signed; {@code filename}
     * null for an inline answer.
     */
    private ResponseEntity<byte[]> respond(MediaType type, String filename,
            Function<Checkpoints.Checkpoint, byte[]> render) {
        Checkpoints.Checkpoint checkpoint = checkpoints.forExport();
        byte[] body = render.apply(checkpoint);
        var response = ResponseEntity.ok()
            .contentType(type)
            .header(SIGNATURE_HEADER, Base64.getEncoder().encodeToString(keys.sign(body)))
            .header(CHECKPOINT_HEADER, checkpoint.reference());
        if (filename != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename).build().toString());
        }
        return response.body(body);
    }

}
