package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.PageSession;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Evidence files over real HTTP as multipart: kept encrypted, listed in the chronology
 * with their SHA-256, read back only by those who may read the case and logged; refused
 * for sexual imagery, over the size limit, and when the content is not what it claims.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class EvidenceContract extends ServiceOverHttp {

    static final String BOUNDARY = "evidence-boundary-7d1f";

    /** A PNG's signature and the start of its header: enough for its magic bytes. */
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 1, 2, 3, 4 };

    @Autowired
    JdbcTemplate jdbc;

    private String reported(String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("form", "SAFEGUARDING");
        body.put("category", category);
        body.put("summary", "A parent's post on Facebook about a member of staff");
        body.put("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        body.put("channel", "OTHER_ONLINE");
        body.put("platform", "Facebook");
        body.put("subjects", List.of(Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17")));
        Api.Response reported = api.as("teacher").post("/api/incidents", body);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        return reported.json().get("id").asText();
    }

    private Api.Response upload(String user, String incidentId, String fileName, String contentType, byte[] content) {
        return api.as(user)
            .postBytes("/api/incidents/" + incidentId + "/evidence", multipart(fileName, contentType, content),
                    "multipart/form-data; boundary=" + BOUNDARY);
    }

    static byte[] multipart(String fileName, String contentType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aScreenshotIsKeptEncryptedListedInTheChronologyAndReadBackByTheCaseManagerOnly() throws Exception {
        String incidentId = reported("CYBERBULLYING");

        Api.Response added = upload("teacher", incidentId, "post.png", "image/png", PNG);

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode evidence = added.json();
        String evidenceId = evidence.get("id").asText();
        assertThat(added.header("Location")).isEqualTo("/api/incidents/" + incidentId + "/evidence/" + evidenceId);
        assertThat(evidence.get("fileName").asText()).isEqualTo("post.png");
        assertThat(evidence.get("contentType").asText()).isEqualTo("image/png");
        assertThat(evidence.get("size").asLong()).isEqualTo(PNG.length);
        assertThat(evidence.get("sha256").asText()).isEqualTo(sha256(PNG));
        byte[] stored = jdbc.queryForObject("select content from evidence_file where evidence_id = ?", byte[].class,
                evidenceId);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("encrypted at rest")
            .doesNotContain(new String(PNG, StandardCharsets.ISO_8859_1));

        Api.Response file = api.as("dsl").get("/api/incidents/" + incidentId + "/evidence/" + evidenceId);
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(PNG);
        assertThat(file.contentType()).startsWith("image/png");
        assertThat(file.header("Content-Disposition")).startsWith("attachment").contains("post.png");
        assertThat(api.as("dsl").get("/api/incidents/" + incidentId + "/access-log").body())
            .contains("EVIDENCE_DOWNLOAD");
        assertThat(api.as("teacher").get("/api/incidents/" + incidentId + "/evidence/" + evidenceId).status())
            .as("the reporter sees the status, not the case file")
            .isEqualTo(404);
        assertThat(api.as("computing").get("/api/incidents/" + incidentId + "/evidence/" + evidenceId).status())
            .isEqualTo(404);

        JsonNode chronology = api.as("dsl").get("/api/incidents/" + incidentId + "/chronology").json();
        assertThat(chronology.toString()).contains("EvidenceAdded")
            .contains("post.png")
            .contains("image/png")
            .contains(PNG.length + " bytes")
            .contains(sha256(PNG))
            .contains("teacher");
    }

    @Test
    void sexualImageryTakesNoUploadAndSaysWhatToDoInstead() {
        String incidentId = reported("SEXUAL_IMAGERY");

        Api.Response refused = upload("dsl", incidentId, "image.png", "image/png", PNG);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("/problems/sexual-imagery-not-copied");
        assertThat(refused.json().get("detail").asText()).contains("never copied").contains("note");
        assertThat(jdbc.queryForObject("select count(*) from evidence_file where incident_id = ?", Integer.class,
                incidentId))
            .isZero();
    }

    @Test
    void aFileIsKnownByItsContentNotByWhatItClaims() {
        String incidentId = reported("CYBERBULLYING");

        Api.Response script = upload("dsl", incidentId, "post.png", "image/png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        Api.Response mislabelled = upload("dsl", incidentId, "post.pdf", "application/pdf", PNG);

        assertThat(script.status()).as(script.toString()).isEqualTo(422);
        assertThat(script.json().get("type").asText()).endsWith("/problems/evidence-type-not-allowed");
        assertThat(mislabelled.json().get("type").asText()).endsWith("/problems/evidence-type-not-allowed");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsOwnProblemAndAFileUpToItIsTaken() {
        String incidentId = reported("CYBERBULLYING");
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        System.arraycopy(PNG, 0, fiveMegabytes, 0, PNG.length);
        byte[] overFive = new byte[fiveMegabytes.length + 1];
        System.arraycopy(PNG, 0, overFive, 0, PNG.length);

        Api.Response taken = upload("dsl", incidentId, "big.png", "image/png", fiveMegabytes);
        Api.Response tooLarge = upload("dsl", incidentId, "bigger.png", "image/png", overFive);

        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(422);
        assertThat(tooLarge.json().get("type").asText()).endsWith("/problems/evidence-too-large");
    }

    @Test
    void anUnknownEvidenceIdIsNotFound() {
        String incidentId = reported("CYBERBULLYING");

        Api.Response missing = api.as("dsl").get("/api/incidents/" + incidentId + "/evidence/no-such-file");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asText()).endsWith("/problems/evidence-not-found");
    }

    @Test
    void theComputingLeadAddsAScreenshotOnTheCasePageAndReadsItBack() {
        Map<String, Object> body = IncidentApiContract.orangeForm("Reply mocking the Year 2 teacher");
        String incidentId = api.as("teacher").post("/api/incidents", body).json().get("id").asText();
        PageSession computing = new PageSession(port).signIn("computing", "demo");
        String page = computing.get("/incidents/" + incidentId).body();
        assertThat(page).contains("Add evidence");

        HttpResponse<String> refused = computing.postFile("/incidents/" + incidentId + "/evidence",
                PageSession.formToken(page), "file", "note.txt", "text/plain",
                "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(computing.get("/incidents/" + incidentId).body()).contains("Evidence is a PNG or JPEG image");

        HttpResponse<String> added = computing.postFile("/incidents/" + incidentId + "/evidence",
                PageSession.formToken(page), "file", "reply.png", "image/png", PNG);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        String after = computing.get("/incidents/" + incidentId).body();
        assertThat(after).contains("reply.png").contains("Added reply.png");
        Matcher link = Pattern.compile("href=\"(/incidents/[^\"]+/evidence/[^\"]+)\"").matcher(after);
        assertThat(link.find()).isTrue();
        HttpResponse<String> file = computing.get(link.group(1));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(file.headers().firstValue("Content-Disposition"))
            .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment").contains("reply.png"));
    }

}
