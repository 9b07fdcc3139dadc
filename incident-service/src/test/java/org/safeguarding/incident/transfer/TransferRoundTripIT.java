package org.safeguarding.incident.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.RunningService;

/**
 * Two schools, each an incident-service of its own as a real process (own working
 * directory, database and key store), over real HTTP: Oak Primary sends a pupil's
 * child-protection file to Elm Academy; Elm refuses a wrong passphrase and a changed file
 * and imports nothing from them, imports the real one with its chronology and issues a
 * signed receipt; Oak records it. A second file that gets no receipt is escalated to
 * Oak's headteacher when its clock (shortened to 30 seconds, every day a school day) runs
 * out.
 */
class TransferRoundTripIT {

    private static final String SENDER = "Oak Primary";

    private static final String RECEIVER = "Elm Academy";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BOUNDARY = "transfer-boundary-5c2e";

    @TempDir
    static Path work;

    static RunningService oak;

    static RunningService elm;

    @BeforeAll
    static void startBothSchools() throws IOException {
        oak = new RunningService("incident-service", Files.createDirectories(work.resolve("oak")),
                List.of("safeguarding.school.name=" + SENDER, "safeguarding.post-service.url=http://localhost:9",
                        "safeguarding.transfer.receipt-within=PT30S",
                        "safeguarding.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                        "safeguarding.calendar.bank-holidays=", "db-scheduler.polling-interval=500ms"));
        elm = new RunningService("incident-service", Files.createDirectories(work.resolve("elm")),
                List.of("safeguarding.school.name=" + RECEIVER, "safeguarding.post-service.url=http://localhost:9"));
        oak.start();
        elm.start();
    }

    @AfterAll
    static void stopBothSchools() {
        elm.stop();
        oak.stop();
    }

    @Test
    void theFileFollowsTheChildSignedEncryptedAndConfirmed() throws IOException {
        Api.Caller oakDsl = oak.api().as("dsl");
        Api.Caller elmDsl = elm.api().as("dsl");
        String bullying = reportedAtOak("Pupil bullied in a group chat", "P-17");
        assertThat(oakDsl.post("/api/incidents/" + bullying + "/notes", Map.of("text", "Parents told")).status())
            .isEqualTo(200);
        String closed = reportedAtOak("Pupil shared a hurtful image", "P-17");
        assertThat(oakDsl
            .post("/api/incidents/" + closed + "/closure", Map.of("outcome", "RESOLVED", "rationale", "Image removed"))
            .status()).isEqualTo(200);
        reportedAtOak("Another pupil's concern", "P-99");

        Api.Response sent = oakDsl.post("/api/pupils/P-17/transfer", Map.of("toSchool", RECEIVER, "toDsl", "Ms Elm"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String transferId = sent.json().get("transfer").get("id").asText();
        String passphrase = sent.json().get("passphrase").asText();
        assertThat(sent.json().get("transfer").get("status").asText()).isEqualTo("SENT");
        assertThat(sent.json().get("transfer").get("incidentIds")).hasSize(2);
        assertThat(sent.header("Location")).isEqualTo("/api/transfers/" + transferId);
        assertThat(oakDsl.get("/api/transfers/" + transferId).body()).doesNotContain(passphrase);

        Api.Response download = oakDsl.get(sent.json().get("file").asText());
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        byte[] file = download.bytes();
        assertThat(download.body()).doesNotContain("Amy Brown").doesNotContain("group chat");
        String oakKey = oak.api().anonymous().get("/api/audit/public-key").body();
        String elmKey = elm.api().anonymous().get("/api/audit/public-key").body();

        Api.Response wrongPassphrase = elmDsl.post("/api/transfers/import",
                importBody(file, "0000-0000-0000-0000-0000-0000", oakKey));
        assertThat(wrongPassphrase.status()).as(wrongPassphrase.toString()).isEqualTo(422);
        assertThat(wrongPassphrase.json().get("type").asText()).endsWith("/transfer-not-decrypted");

        Api.Response changed = elmDsl.post("/api/transfers/import",
                importBody(changed(file, passphrase), passphrase, oakKey));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
        assertThat(changed.json().get("type").asText()).endsWith("/transfer-signature-invalid");

        Api.Response otherSchoolsKey = elmDsl.post("/api/transfers/import", importBody(file, passphrase, elmKey));
        assertThat(otherSchoolsKey.status()).as(otherSchoolsKey.toString()).isEqualTo(422);
        assertThat(otherSchoolsKey.json().get("type").asText()).endsWith("/transfer-signature-invalid");
        assertThat(elmDsl.get("/api/incidents").json().get("totalElements").asLong())
            .as("nothing imported from a refused file")
            .isZero();

        Api.Response imported = elmDsl.postBytes("/api/transfers/import", multipart(file, passphrase, oakKey),
                "multipart/form-data; boundary=" + BOUNDARY);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("fromSchool").asText()).isEqualTo(SENDER);
        assertThat(imported.json().get("incidents")).hasSize(2);
        String receivedId = imported.json().get("incidents").get(0).get("id").asText();
        JsonNode received = elmDsl.get("/api/incidents/" + receivedId).json();
        assertThat(received.get("level").asText()).isEqualTo("DSL");
        assertThat(received.get("status").asText()).isEqualTo("OPEN");
        assertThat(received.get("subjects").get(0).get("ref").asText()).isEqualTo("P-17");
        assertThat(received.get("receivedFrom").get("school").asText()).isEqualTo(SENDER);
        assertThat(received.get("receivedFrom").get("chronology").size()).isGreaterThanOrEqualTo(1);
        JsonNode timeline = elmDsl.get("/api/incidents/" + receivedId + "/timeline").json();
        assertThat(timeline.get(0).get("type").asText()).isEqualTo("IncidentReceived");
        assertThat(timeline.get(0).get("summary").asText()).startsWith("Received from " + SENDER)
            .contains("Note: Parents told");
        assertThat(elmDsl.get("/api/retention").json()).as("kept at the new school by the same rules")
            .anySatisfy(each -> {
                assertThat(each.get("incidentId").asText()).isEqualTo(receivedId);
                assertThat(each.get("rule").asText()).isEqualTo("CHILD_PROTECTION");
            });
        assertThat(
                elmDsl.post("/api/transfers/import", importBody(file, passphrase, oakKey)).json().get("type").asText())
            .endsWith("/transfer-already-imported");

        ObjectNode receipt = (ObjectNode) imported.json().get("receipt");
        ObjectNode forged = receipt.deepCopy();
        forged.put("document",
                Base64.getEncoder()
                    .encodeToString(new String(Base64.getDecoder().decode(receipt.get("document").asText()),
                            StandardCharsets.UTF_8)
                        .replace("\"incidents\":2", "\"incidents\":1")
                        .getBytes(StandardCharsets.UTF_8)));
        Api.Response refusedReceipt = oakDsl.post("/api/transfers/" + transferId + "/receipt", forged.toString());
        assertThat(refusedReceipt.status()).as(refusedReceipt.toString()).isEqualTo(422);
        assertThat(refusedReceipt.json().get("type").asText()).endsWith("/transfer-signature-invalid");

        Api.Response recorded = oakDsl.post("/api/transfers/" + transferId + "/receipt", receipt.toString());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(recorded.json().get("receipt").get("receivingSchool").asText()).isEqualTo(RECEIVER);
        assertThat(recorded.json().get("receipt").get("incidentsReceived").asInt()).isEqualTo(2);
        assertThat(oakDsl.post("/api/transfers/" + transferId + "/receipt", receipt.toString()).status())
            .isEqualTo(409);
    }

    @Test
    void aFileWithoutAReceiptIsEscalatedToTheHeadteacherWhenItsClockRunsOut() {
        reportedAtOak("Pupil groomed online", "P-23");
        Api.Response sent = oak.api()
            .as("dsl")
            .post("/api/pupils/P-23/transfer", Map.of("toSchool", RECEIVER, "toDsl", "Ms Elm"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String transferId = sent.json().get("transfer").get("id").asText();

        JsonNode escalated = await().atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> oak.api().as("head").get("/api/transfers/" + transferId).json(),
                    view -> "OVERDUE".equals(view.get("status").asText()));
        assertThat(escalated.get("escalatedTo").asText()).isEqualTo("HEADTEACHER");
        assertThat(escalated.get("overdue").asBoolean()).isTrue();
        assertThat(oak.api().as("head").get("/api/transfers").body()).contains(transferId);
    }

    private static String reportedAtOak(String summary, String pupilRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("form", "SAFEGUARDING");
        body.put("category", "CYBERBULLYING");
        body.put("summary", summary);
        body.put("details", "Seen in a group chat by a classmate");
        body.put("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        body.put("channel", "OTHER_ONLINE");
        body.put("platform", "WhatsApp");
        body.put("subjects", List.of(Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", pupilRef)));
        body.put("allegationAgainstAdult", false);
        Api.Response reported = oak.api().as("teacher").post("/api/incidents", body);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        return reported.json().get("id").asText();
    }

    private static Map<String, String> importBody(byte[] file, String passphrase, String publicKey) {
        return Map.of("bundle", Base64.getEncoder().encodeToString(file), "passphrase", passphrase, "publicKey",
                publicKey);
    }

    /**
     * The file as someone who learnt the passphrase would change it: opened, a summary
     * rewritten, the sending school's signature kept, and encrypted again.
     */
    private static byte[] changed(byte[] file, String passphrase) throws IOException {
        SealedFile sealed = JSON.readValue(file, SealedFile.class);
        TransferBundle.Signed signed = JSON.readValue(sealed.open(passphrase), TransferBundle.Signed.class);
        String bundle = new String(signed.bundle(), StandardCharsets.UTF_8);
        assertThat(bundle).contains("Pupil bullied in a group chat");
        byte[] rewritten = bundle.replace("Pupil bullied in a group chat", "Nothing of concern")
            .getBytes(StandardCharsets.UTF_8);
        byte[] plaintext = JSON.writeValueAsBytes(new TransferBundle.Signed(rewritten, signed.signature()));
        return JSON.writeValueAsBytes(SealedFile.seal(sealed.transferId(), sealed.fromSchool(), plaintext, passphrase));
    }

    private static byte[] multipart(byte[] file, String passphrase, String publicKey) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"transfer.json\""
                + "\r\nContent-Type: application/json\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"passphrase\"\r\n\r\n" + passphrase
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"publicKey\"\r\n\r\n" + publicKey
                + "\r\n--" + BOUNDARY + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

}
