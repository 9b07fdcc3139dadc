package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.privacy.SubjectKeys;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ProjectionRebuilds;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Personal data reported over HTTP is stored encrypted per incident: no pupil's name or
 * detail is in the event table's bytes, while every view reads it. Erasing an incident's
 * key erases it from the views once rebuilt, from the exports and the timeline, and the
 * record still verifies. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class PersonalDataContract extends ServiceOverHttp {

    /**
     * Named in the first test only: the second's views and lists show no one else's
     * names.
     */
    private static final Names STORED = new Names("Ivo Marchbanks", "P-IM-204", "Mrs Petra Gallowglass");

    private static final Names ERASED = new Names("Zara Quillfeather", "P-QZ-881", "Mr Oswin Brackley");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubjectKeys subjectKeys;

    @Test
    void noPupilNameOrDetailIsStoredInPlainText() {
        String concern = concernAbout(STORED);
        String allegation = allegationReferredToTheLado(STORED);

        assertThat(jdbc.queryForList("select payload, meta_data from domain_event_entry")).isNotEmpty()
            .allSatisfy(row -> assertThat(text(row.get("payload")) + text(row.get("meta_data")))
                .doesNotContain(STORED.personal()));
        assertThat(api.as("dsl").get("/api/incidents/" + concern).body()).contains(STORED.pupil(), STORED.ref());
        assertThat(api.as("head").get("/api/incidents/" + allegation + "/lado-referral").body())
            .contains(STORED.pupil(), STORED.adult(), "Messaged " + STORED.pupil());
    }

    @Test
    void onceAnIncidentsKeyIsErasedItsPersonalDataIsGoneFromEveryViewAndExportAndTheRecordStillVerifies()
            throws IOException {
        String concern = concernAbout(ERASED);
        String allegation = allegationReferredToTheLado(ERASED);
        await().atMost(Duration.ofSeconds(20))
            .until(() -> api.as("dsl").get("/api/incidents/" + concern + "/timeline").body().contains(ERASED.pupil())
                    && api.as("dsl").get("/api/incidents/" + allegation + "/timeline").body().contains("LADO"));

        subjectKeys.erase(concern);
        subjectKeys.erase(allegation);
        ProjectionRebuilds.rebuildEach(api);

        for (String id : List.of(concern, allegation)) {
            assertErased(api.as("dsl").get("/api/incidents/" + id));
            assertErased(api.as("dsl").get("/api/incidents/" + id + "?asOf=" + Instant.now()));
            assertErased(api.as("dsl").get("/api/incidents/" + id + "/timeline"));
            assertErased(api.as("dsl").get("/api/incidents/" + id + "/chronology", "Accept", "application/json"));
            assertErased(api.as("dsl").get("/api/incidents/" + id + "/chronology", "Accept", "text/csv"));
            assertThat(pdfText(api.as("dsl").get("/api/incidents/" + id + "/chronology", "Accept", "application/pdf")))
                .doesNotContain(ERASED.personal());
        }
        assertErased(api.as("head").get("/api/incidents/" + allegation + "/lado-referral"));
        assertThat(pdfText(
                api.as("head").get("/api/incidents/" + allegation + "/lado-referral", "Accept", "application/pdf")))
            .doesNotContain(ERASED.personal());
        assertErased(api.as("dsl").get("/api/incidents?size=100"));
        String range = "?from=" + Instant.now().minusSeconds(3600) + "&to=" + Instant.now().plusSeconds(60);
        assertErased(api.as("dsl").get("/api/reports/inspection" + range, "Accept", "application/json"));
        assertErased(api.as("dsl").get("/api/audit/events?size=500"));
        assertThat(api.as("dsl").get("/api/incidents/" + concern).body()).contains("[erased]");
        assertThat(subjectKeys.isErased(concern)).isTrue();
        ok(api.as("head").post("/api/incidents/" + allegation + "/notes", Map.of("text", "Still on the record")));

        JsonNode verification = await().atMost(Duration.ofSeconds(20))
            .until(() -> api.as("governor").get("/api/audit/verification").json(),
                    result -> result.get("pending").asLong() == 0);
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
    }

    /** A yellow-form concern naming the pupil, with a note about them. */
    private String concernAbout(Names names) {
        Map<String, Object> form = IncidentApiContract.yellowForm("Unkind messages about " + names.pupil());
        form.put("details", names.pupil() + " was sent messages in a group chat at night");
        form.put("subjects", List.of(Map.of("kind", "PUPIL", "name", names.pupil(), "ref", names.ref())));
        String id = created(api.as("teacher").post("/api/incidents", form));
        ok(api.as("teacher")
            .post("/api/incidents/" + id + "/notes",
                    Map.of("text", names.pupil() + "'s mother rang about the messages")));
        ok(api.as("dsl").post("/api/incidents/" + id + "/acknowledgement"));
        ok(api.as("dsl")
            .post("/api/incidents/" + id + "/closure",
                    Map.of("outcome", "RESOLVED", "rationale", "Met " + names.pupil() + "'s parents")));
        return id;
    }

    /** An allegation against an adult naming the pupil, referred to the LADO. */
    private String allegationReferredToTheLado(Names names) {
        Map<String, Object> form = IncidentApiContract.allegation(names.adult() + " messaging " + names.pupil());
        form.put("subjects", List.of(Map.of("kind", "STAFF", "name", names.adult()),
                Map.of("kind", "PUPIL", "name", names.pupil(), "ref", names.ref())));
        String id = created(api.as("teacher").post("/api/incidents", form));
        ok(api.as("head").post("/api/incidents/" + id + "/acknowledgement"));
        ok(api.as("head")
            .post("/api/incidents/" + id + "/lado-referral", Map.of("adult",
                    Map.of("name", names.adult(), "role", "Teaching assistant", "employmentStatus", "Permanent"),
                    "allegation",
                    Map.of("what", "Messaged " + names.pupil() + " privately", "when", "Last week", "where",
                            "Instagram", "howItCameToLight", names.pupil() + " told her teacher"),
                    "childrenInvolved", List.of(names.pupil()), "actionsTaken", "Account access suspended", "informed",
                    Map.of("parents", true, "police", false, "hr", true))));
        return id;
    }

    private static void assertErased(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).as(response.toString()).doesNotContain(ERASED.personal());
    }

    private static String text(Object bytes) {
        return bytes == null ? "" : new String((byte[]) bytes, StandardCharsets.UTF_8);
    }

    private static String pdfText(Api.Response response) throws IOException {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        PdfReader reader = new PdfReader(response.bytes());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            return text.toString();
        }
        finally {
            reader.close();
        }
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** Who the incidents of one test name. */
    private record Names(String pupil, String ref, String adult) {

        /** The ref and each name, as searched for: free text names the pupil too. */
        String[] personal() {
            String[] adultNames = adult.split(" ");
            return new String[] { ref, pupil.split(" ")[0], pupil.split(" ")[1], adultNames[1], adultNames[2] };
        }

    }

}
