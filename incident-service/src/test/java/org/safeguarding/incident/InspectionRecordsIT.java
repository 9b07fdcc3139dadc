package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.kernel.testing.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * What an inspector, a governor or a LADO is handed: audit trail, who-read-what, exports,
 * replay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:inspection-records;DB_CLOSE_DELAY=-1")
class InspectionRecordsIT {

    private static final String PUPIL = "Amy Brown";

    private static final String PUPIL_REF = "P-17";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    Instant start;

    String bullying;

    String allegation;

    String earlierConcern;

    @BeforeEach
    void recordIncidents() {
        api = new Api(port);
        start = Instant.now();
        Map<String, Object> yellow = IncidentApiContract.yellowForm("Pupil bullied in a group chat");
        yellow.put("details", PUPIL + " was sent hurtful messages; her mother rang the office.");
        bullying = created(api.as("teacher").post("/api/incidents", yellow));
        api.as("dsl").post("/api/incidents/" + bullying + "/acknowledgement");

        Map<String, Object> lowLevel = IncidentApiContract.allegation("Mr Green shouted at pupils on a trip");
        lowLevel.put("allegationAgainstAdult", false);
        earlierConcern = created(api.as("teacher2").post("/api/incidents", lowLevel));
        api.as("head")
            .post("/api/incidents/" + earlierConcern + "/closure",
                    Map.of("outcome", "RESOLVED", "rationale", "Spoken to; reminded of the code of conduct"));

        allegation = created(api.as("teacher")
            .post("/api/incidents", IncidentApiContract.allegation("Mr Green messaging a pupil privately")));
        Api.Response referred = api.as("head")
            .post("/api/incidents/" + allegation + "/lado-referral", Map.of("adult", Map
                .of("name", "Mr Green", "role", "Teaching assistant", "employmentStatus", "Permanent, full time"),
                    "allegation",
                    Map.of("what", "Sent private Instagram messages to a pupil", "when", "14 November 2026, evening",
                            "where", "Instagram", "howItCameToLight", "The pupil told her class teacher"),
                    "childrenInvolved", List.of(PUPIL), "actionsTaken",
                    "Access to school accounts suspended; messages preserved", "informed",
                    Map.of("parents", true, "police", false, "hr", true)));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    @Test
    void aGovernorsAuditPageNamesNoPupilButTheDslsDoes() {
        Api.Response governors = api.as("governor").get("/api/audit/events?size=500");
        Api.Response dsls = api.as("dsl").get("/api/audit/events?size=500");

        assertThat(governors.status()).isEqualTo(200);
        assertThat(governors.json().get("totalElements").asLong())
            .isEqualTo(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
        assertThat(governors.body()).doesNotContainIgnoringCase(PUPIL).doesNotContain(PUPIL_REF);
        List<String> pseudonyms = pseudonymsIn(governors.body());
        assertThat(pseudonyms).isNotEmpty();
        assertThat(pseudonyms).as("the same pupil gets the same pseudonym everywhere").containsOnly(pseudonyms.get(0));
        JsonNode first = governors.json().get("content").get(0);
        assertThat(first.get("actor").get("username").asText()).isEqualTo("teacher");
        assertThat(first.get("at").asText()).isNotBlank();

        assertThat(dsls.body()).contains(PUPIL).contains(PUPIL_REF);
        assertThat(api.as("teacher").get("/api/audit/events").status()).isEqualTo(403);
    }

    private static List<String> pseudonymsIn(String body) {
        Matcher matcher = Pattern.compile("Pupil-[0-9A-F]{10}").matcher(body);
        return matcher.results().map(result -> result.group()).toList();
    }

    @Test
    void aViewByTheTeacherAndAnExportByTheDslAreBothListedWithTimes() {
        api.as("teacher").get("/api/incidents/" + bullying);
        api.as("dsl").get("/api/incidents/" + bullying + "/chronology", "Accept", "text/csv");

        JsonNode log = api.as("head").get("/api/incidents/" + bullying + "/access-log").json();

        assertThat(log.findValuesAsText("action")).contains("VIEW", "CHRONOLOGY_EXPORT");
        JsonNode teacherView = entry(log, "teacher", "VIEW");
        assertThat(teacherView.get("at").asText()).isNotBlank();
        assertThat(teacherView.get("remoteAddress").asText()).isNotBlank();
        assertThat(entry(log, "dsl", "CHRONOLOGY_EXPORT").get("role").asText()).isEqualTo("DSL");
        JsonNode readAgain = api.as("head").get("/api/incidents/" + bullying + "/access-log").json();
        assertThat(entry(readAgain, "head", "ACCESS_LOG")).isNotNull();
        assertThat(api.as("teacher").get("/api/incidents/" + bullying + "/access-log").status()).isEqualTo(403);
    }

    private static JsonNode entry(JsonNode log, String username, String action) {
        for (JsonNode entry : log) {
            if (entry.get("username").asText().equals(username) && entry.get("action").asText().equals(action)) {
                return entry;
            }
        }
        throw new AssertionError(username + " " + action + " not in " + log);
    }

    @Test
    void theChronologyExportsHaveEveryStepInCsvJsonAndPdf() throws IOException {
        JsonNode timeline = api.as("dsl").get("/api/incidents/" + allegation + "/timeline").json();

        Api.Response csv = api.as("dsl").get("/api/incidents/" + allegation + "/chronology", "Accept", "text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(csv.body()))
            .getRecords();
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(rows).hasSize(timeline.size());
        assertThat(rows.get(1).get("actor")).isEqualTo("head");
        assertThat(rows.get(1).get("role")).isEqualTo("HEADTEACHER");
        assertThat(rows.get(1).get("what happened")).isEqualTo("Referred to the LADO within one working day");
        assertThat(rows.get(0).get("date")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(rows.get(0).get("time")).matches("\\d{2}:\\d{2}:\\d{2}");

        JsonNode json = api.as("dsl")
            .get("/api/incidents/" + allegation + "/chronology", "Accept", "application/json")
            .json();
        assertThat(json.get("steps")).hasSize(timeline.size());

        Api.Response pdfExport = api.as("dsl")
            .get("/api/incidents/" + allegation + "/chronology", "Accept", "application/pdf");
        String pdf = pdfText(pdfExport);
        assertThat(pdf).contains("Chronology of incident " + allegation)
            .contains("Referred to the LADO within one working day")
            .contains("HEADTEACHER")
            .contains("Made at signed checkpoint");
        assertThat(pdf.replaceAll("\\s", "")).contains(pdfExport.header("Export-Checkpoint"));
    }

    @Test
    void theLadoReferralCarriesEveryFieldTheLadoAsksFor() throws IOException {
        JsonNode json = api.as("head")
            .get("/api/incidents/" + allegation + "/lado-referral", "Accept", "application/json")
            .json();
        assertThat(json.get("referred").asBoolean()).isTrue();
        assertThat(json.get("adult").get("employmentStatus").asText()).isEqualTo("Permanent, full time");
        assertThat(json.get("referrer").get("name").asText()).isEqualTo("Mrs Helen Head");
        assertThat(json.get("withinOneWorkingDay").asBoolean()).isTrue();
        assertThat(json.get("informed").get("hr").asBoolean()).isTrue();
        JsonNode concern = null;
        for (JsonNode candidate : json.get("earlierConcerns")) {
            if (candidate.get("incidentId").asText().equals(earlierConcern)) {
                concern = candidate;
            }
        }
        assertThat(concern).as("the earlier low-level concern about Mr Green").isNotNull();
        assertThat(concern.get("lowLevelConcern").asBoolean()).isTrue();
        assertThat(json.get("earlierConcerns").findValuesAsText("incidentId")).doesNotContain(bullying);

        String pdf = pdfText(
                api.as("head").get("/api/incidents/" + allegation + "/lado-referral", "Accept", "application/pdf"));
        assertThat(pdf).contains("Mr Green", "Teaching assistant", "Permanent, full time",
                "Sent private Instagram messages to a pupil", "14 November 2026, evening", "Instagram",
                "The pupil told her class teacher", PUPIL, "Access to school accounts suspended; messages preserved",
                "Parents: yes", "Police: no", "HR: yes", "Mrs Helen Head", "Date and time of referral",
                "Made within one working day: yes", "Mr Green shouted at pupils on a trip");
    }

    @Test
    void theInspectorsListHasTheDslReferralsAndTheLadoReferrals() throws IOException {
        String range = "?from=" + start + "&to=" + Instant.now().plusSeconds(60);

        JsonNode json = api.as("dsl").get("/api/reports/inspection" + range, "Accept", "application/json").json();
        assertThat(json.get("referralsToTheDsl").findValuesAsText("incidentId")).contains(bullying, allegation);
        assertThat(json.get("ladoReferrals").findValuesAsText("incidentId")).containsExactly(allegation);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(api.as("dsl").get("/api/reports/inspection" + range, "Accept", "text/csv").body()))
            .getRecords();
        assertThat(rows).hasSize(json.get("referralsToTheDsl").size());
        assertThat(rows.stream()
            .filter(row -> row.get("incident").equals(allegation))
            .findFirst()
            .orElseThrow()
            .get("referred to LADO")).isEqualTo("yes");

        String pdf = pdfText(api.as("head").get("/api/reports/inspection" + range, "Accept", "application/pdf"));
        assertThat(pdf).contains("Referrals to the DSL", "Referrals to the LADO (1)", "RESOLVED");
    }

    @Test
    void theInspectorsListTakesPlainDatesAsWholeDaysInTheSchoolsZone() {
        LocalDate firstDay = LocalDate.ofInstant(start, WorkingCalendar.SCHOOL_ZONE);
        LocalDate lastDay = LocalDate.ofInstant(Instant.now(), WorkingCalendar.SCHOOL_ZONE);

        JsonNode days = api.as("dsl")
            .get("/api/reports/inspection?from=" + firstDay + "&to=" + lastDay, "Accept", "application/json")
            .json();
        JsonNode mixed = api.as("dsl")
            .get("/api/reports/inspection?from=" + firstDay + "&to=" + Instant.now().plusSeconds(60), "Accept",
                    "application/json")
            .json();
        JsonNode dayBefore = api.as("dsl")
            .get("/api/reports/inspection?from=" + firstDay.minusDays(1) + "&to=" + firstDay.minusDays(1), "Accept",
                    "application/json")
            .json();

        assertThat(days.get("referralsToTheDsl").findValuesAsText("incidentId")).contains(bullying, allegation);
        assertThat(days.get("from").asText())
            .isEqualTo(firstDay.atStartOfDay(WorkingCalendar.SCHOOL_ZONE).toInstant().toString());
        assertThat(days.get("to").asText())
            .isEqualTo(lastDay.plusDays(1).atStartOfDay(WorkingCalendar.SCHOOL_ZONE).toInstant().toString());
        assertThat(mixed.get("referralsToTheDsl").findValuesAsText("incidentId")).contains(bullying, allegation);
        assertThat(dayBefore.get("referralsToTheDsl").findValuesAsText("incidentId")).doesNotContain(bullying,
                allegation);
        assertThat(api.as("dsl")
            .get("/api/reports/inspection?from=" + firstDay + "&to=" + lastDay, "Accept", "text/csv")
            .body()).contains(bullying);
    }

    @Test
    void aBoundThatIsNeitherADateNorAnInstantIsABadRequestNamingBothForms() {
        Api.Response badMonth = api.as("dsl")
            .get("/api/reports/inspection?from=2025-13-01&to=2025-12-19", "Accept", "application/json");
        Api.Response words = api.as("dsl")
            .get("/api/reports/inspection?from=2025-09-01&to=last-tuesday", "Accept", "text/csv");

        assertThat(badMonth.status()).as(badMonth.toString()).isEqualTo(400);
        assertThat(badMonth.contentType()).startsWith("application/problem+json");
        assertThat(badMonth.json().get("type").asText()).isEqualTo("/problems/malformed-request");
        assertThat(badMonth.json().get("detail").asText()).contains("'2025-13-01'", "from", "a date (2025-09-01",
                "an instant (2025-09-01T07:00:00Z)");
        assertThat(words.status()).as(words.toString()).isEqualTo(400);
        assertThat(words.json().get("detail").asText()).contains("'last-tuesday'", "for to:");
    }

    @Test
    void staffWithoutTheRightRoleGetForbiddenForEveryExport() {
        String range = "?from=" + start + "&to=" + Instant.now();
        for (String user : List.of("teacher", "computing", "governor")) {
            for (String accept : List.of("application/json", "text/csv", "application/pdf")) {
                assertThat(api.as(user).get("/api/incidents/" + allegation + "/chronology", "Accept", accept).status())
                    .as(user + " chronology " + accept)
                    .isEqualTo(403);
                assertThat(api.as(user).get("/api/reports/inspection" + range, "Accept", accept).status())
                    .as(user + " inspection " + accept)
                    .isEqualTo(403);
            }
            for (String accept : List.of("application/json", "application/pdf")) {
                assertThat(
                        api.as(user).get("/api/incidents/" + allegation + "/lado-referral", "Accept", accept).status())
                    .as(user + " lado " + accept)
                    .isEqualTo(403);
            }
        }
    }

    @Test
    void anAdministratorsReplayRebuildsEachProjectionToTheSameState() {
        List<Map<String, Object>> viewsBefore = jdbc.queryForList("select * from incident_view order by id");
        List<Map<String, Object>> timelineBefore = jdbc
            .queryForList("select * from timeline_entry order by incident_id, seq");
        List<Map<String, Object>> pupilsBefore = jdbc.queryForList("select name, ref from pupil_on_record order by id");

        for (String projection : List.of("incident-views", "timeline", "staff-availability", "pupils-on-record")) {
            assertThat(api.as("admin").post("/api/admin/projections/" + projection + "/replay").status())
                .isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonNode status = api.as("admin").get("/api/admin/projections").json();
                for (JsonNode entry : status) {
                    if (entry.get("name").asText().equals(projection)) {
                        return !entry.get("replaying").asBoolean()
                                && entry.get("position").asLong() == entry.get("head").asLong();
                    }
                }
                return false;
            });
        }

        assertThat(jdbc.queryForList("select * from incident_view order by id")).isEqualTo(viewsBefore);
        assertThat(jdbc.queryForList("select * from timeline_entry order by incident_id, seq"))
            .isEqualTo(timelineBefore);
        assertThat(jdbc.queryForList("select name, ref from pupil_on_record order by id")).isEqualTo(pupilsBefore)
            .isNotEmpty();
        assertThat(api.as("dsl").post("/api/admin/projections/timeline/replay").status()).isEqualTo(403);
        assertThat(api.as("admin").post("/api/admin/projections/nonsense/replay").status()).isEqualTo(404);
    }

    private static String pdfText(Api.Response response) throws IOException {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // where
                                                                                    // lines
                                                                                    // wrap
                                                                                    // is
                                                                                    // layout,
                                                                                    // not
                                                                                    // content
        }
    }

}
