package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.safeguarding.post.testing.FailingPupilRef;
import org.safeguarding.kernel.testing.MutableClock;
import org.safeguarding.post.testing.StubIncidentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * post-service over real HTTP with its real event store, run on H2 and on PostgreSQL by
 * the subclasses. A stub incident-service stands in for the other service; the posting
 * window is tested against a clock set by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "db-scheduler.polling-interval=500ms", "safeguarding.incident-service.retry-first=PT1S" })
@ActiveProfiles("demo")
@Import({ MutableClock.InTheService.class, FailingPupilRef.InTheService.class })
abstract class PostServiceApiContract extends ServiceOverHttp {

    /** Wednesday 18 November 2026, 10:00 in London: inside the posting window. */
    static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T10:00:00Z");
    static final Instant SATURDAY_MORNING = Instant.parse("2026-11-21T10:00:00Z");
    static final StubIncidentService INCIDENT_SERVICE = StubIncidentService.start();

    @DynamicPropertySource
    static void incidentService(DynamicPropertyRegistry registry) {
        registry.add("safeguarding.incident-service.url", INCIDENT_SERVICE::url);
    }

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @BeforeEach
    void setUp() {
        clock.set(WEDNESDAY_MORNING);
    }

    // Helpers: an active account run by teacher and teacher2, pupils in the register,
    // posts and comments.

    private String activeAccount() {
        Api.Response proposed = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@DimpleWell54", "aim", "Share learning", "audience",
                            "Parents and carers", "promotion", "Website and newsletter", "visibility", "PUBLIC",
                            "runBy", List.of("teacher", "teacher2"), "allowedMentions", List.of("@NSPCC")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().get("id").asText();
        assertThat(api.as("head").post("/api/accounts/" + id + "/approval").status()).isEqualTo(200);
        return id;
    }

    private void pupil(String ref, String name, boolean photoConsent, boolean noPhotoList) {
        Api.Response put = api.as("dsl")
            .put("/api/pupils/" + ref, Map.of("name", name, "photoConsent", photoConsent, "noPhotoList", noPhotoList));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                aggregateId);
    }

    /**
     * The newest stored event of an aggregate: its payload type, its timestamp and its
     * metadata, as the event serializer opens it (a reason is stored sealed).
     */
    private JsonNode newestEventOf(String aggregateId) throws Exception {
        Map<String, Object> row = jdbc.queryForMap("select payload_type, time_stamp, meta_data from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number desc limit 1", aggregateId);
        MetaData metaData = eventSerializer.deserialize(new SimpleSerializedObject<>((byte[]) row.get("meta_data"),
                byte[].class, eventSerializer.typeForClass(MetaData.class)));
        return new ObjectMapper().createObjectNode()
            .put("payloadType", (String) row.get("payload_type"))
            .put("timestamp", (String) row.get("time_stamp"))
            .set("metaData", new ObjectMapper().valueToTree(metaData));
    }

    private static Map<String, Object> draft(String accountId, String text, Map<String, Object> exemption) {
        var body = new HashMap<String, Object>(Map.of("accountId", accountId, "text", text, "media", List
            .of(Map.of("caption", "Year 2 science fair", "pupilRefs", List.of("P-1", "P-2"), "identifiable", true)),
                "location", "ONSITE"));
        if (exemption != null) {
            body.put("exemption", exemption);
        }
        return body;
    }

    private String approvedPost(String accountId, Map<String, Object> exemption) {
        pupil("P-1", "Amy Brown", true, false);
        pupil("P-2", "Ben Smith", true, false);
        Api.Response drafted = api.as("teacher")
            .post("/api/posts", draft(accountId, "Year 2 loved the science fair!", exemption));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().get("id").asText();
        assertThat(api.as("teacher").post("/api/posts/" + id + "/submission").status()).isEqualTo(200);
        assertThat(api.as("teacher2").post("/api/posts/" + id + "/approval").status()).isEqualTo(200);
        return id;
    }

    private String comment(String accountId, Instant receivedAt) {
        Api.Response received = api.as("service")
            .post("/api/comments",
                    Map.of("accountId", accountId, "author", "@troll", "authorPlatformId", "2244994945", "text",
                            "You are all useless", "receivedAt", receivedAt.toString(), "platformCommentId",
                            "1445880548472328193"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().get("id").asText();
    }

    private JsonNode awaitComment(String id, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> api.as("dsl").get("/api/comments/" + id).json(), condition);
    }

    private List<String> outbox(String operation) {
        return api.as("admin")
            .get("/api/outbox?size=100")
            .json()
            .get("content")
            .findValues("operation")
            .stream()
            .map(JsonNode::asText)
            .filter(operation::equals)
            .toList();
    }

    // Accounts

    @Test
    void anAccountIsProposedWithTwoNamedStaffApprovedBySltAndHasItsPasswordChangedTermly() {
        Api.Response oneRunner = api.as("teacher")
            .post("/api/accounts", Map.of("platform", "X", "handle", "@Year6", "aim", "a", "audience", "b", "promotion",
                    "c", "visibility", "PRIVATE", "runBy", List.of("teacher")));
        assertThat(oneRunner.status()).isEqualTo(422);
        assertThat(oneRunner.contentType()).startsWith("application/problem+json");
        assertThat(oneRunner.json().get("violations").findValuesAsText("code"))
            .containsExactly("TWO_NAMED_STAFF_REQUIRED");

        Api.Response proposed = api.as("teacher")
            .post("/api/accounts", Map.of("platform", "X", "handle", "@Year6", "aim", "a", "audience", "b", "promotion",
                    "c", "visibility", "PRIVATE", "runBy", List.of("teacher", "computing")));
        String id = proposed.json().get("id").asText();
        assertThat(proposed.header("Location")).isEqualTo("/api/accounts/" + id);
        assertThat(proposed.json().get("status").asText()).isEqualTo("PROPOSED");
        assertThat(api.as("teacher").post("/api/accounts/" + id + "/approval").status()).isEqualTo(403);

        JsonNode approved = api.as("deputy").post("/api/accounts/" + id + "/approval").json();
        assertThat(approved.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(approved.get("posters").toString()).isEqualTo("[\"teacher\",\"computing\"]");
        assertThat(approved.get("passwordRotationDue").asText()).isEqualTo("2027-01-01T00:00:00Z");

        clock.set(Instant.parse("2027-01-05T09:00:00Z"));
        assertThat(api.as("teacher").get("/api/accounts/" + id).json().get("passwordRotationOverdue").asBoolean())
            .isTrue();
        JsonNode rotated = api.as("admin").post("/api/accounts/" + id + "/password-rotation").json();
        assertThat(rotated.get("passwordRotationDue").asText()).isEqualTo("2027-03-31T23:00:00Z");
        assertThat(rotated.get("passwordRotationOverdue").asBoolean()).isFalse();

        assertThat(api.as("admin").post("/api/accounts/" + id + "/posters", Map.of("username", "nobody")).status())
            .isEqualTo(422);
        assertThat(api.as("admin")
            .post("/api/accounts/" + id + "/posters", Map.of("username", "teacher2"))
            .json()
            .get("posters")
            .toString()).contains("teacher2");
        assertThat(api.as("head").delete("/api/accounts/" + id + "/posters/computing").json().get("posters").toString())
            .doesNotContain("computing");
        assertThat(api.as("head")
            .post("/api/accounts/" + id + "/closure", Map.of("reason", "Merged"))
            .json()
            .get("status")
            .asText()).isEqualTo("CLOSED");
        assertThat(api.as("head").post("/api/accounts/" + id + "/closure", Map.of("reason", "Again")).status())
            .isEqualTo(409);
        assertThat(api.as("teacher2").get("/api/accounts?status=CLOSED").json().get("content").findValuesAsText("id"))
            .contains(id);
    }

    @Test
    void theRegisterOfAccountsIsReadByStaffOnly() {
        String id = activeAccount();

        for (String notStaff : List.of("governor", "admin", "service")) {
            assertThat(api.as(notStaff).get("/api/accounts").status()).as(notStaff).isEqualTo(403);
            assertThat(api.as(notStaff).get("/api/accounts/" + id).status()).as(notStaff).isEqualTo(403);
        }
        assertThat(api.anonymous().get("/api/accounts").status()).isEqualTo(401);
        assertThat(api.as("teacher2").get("/api/accounts").json().get("content").findValuesAsText("id")).contains(id);
        assertThat(api.as("slt").get("/api/accounts/" + id).status()).isEqualTo(200);
    }

    // Posts

    @Test
    void aDraftListsItsLiveViolationsAndIsRefusedWithThemOnSubmission() {
        String account = activeAccount();
        pupil("P-1", "Amy Brown", true, false);
        pupil("P-2", "Ben Smith", true, false);
        pupil("P-3", "Cara Jones", false, true);

        Api.Response drafted = api.as("teacher")
            .post("/api/posts",
                    Map.of("accountId", account, "text", "Well done Amy Brown! Thanks @someone", "media", List
                        .of(Map.of("caption", "Cara at work", "pupilRefs", List.of("P-3"), "identifiable", true)),
                            "location", "OFFSITE"));
        assertThat(drafted.status()).isEqualTo(201);
        JsonNode draft = drafted.json();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("author").asText()).isEqualTo("teacher");
        assertThat(draft.get("version").asLong()).isZero();
        assertThat(draft.get("violations").findValuesAsText("code")).containsExactly("PUPIL_NAMED",
                "PUPIL_WITHOUT_CONSENT", "PUPIL_ON_NO_PHOTO_LIST", "INDIVIDUAL_PUPIL_PHOTO", "MENTION_NOT_ALLOWED",
                "OFFSITE_LOCATION");
        assertThat(draft.get("violations").toString()).doesNotContain("Amy").doesNotContain("Cara");

        String id = draft.get("id").asText();
        Api.Response refused = api.as("teacher").post("/api/posts/" + id + "/submission");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/posting-policy");
        assertThat(refused.json().get("violations")).hasSize(6);

        pupil("P-3", "Cara Jones", true, false);
        Api.Response revised = api.as("teacher")
            .put("/api/posts/" + id,
                    Map.of("text", "Well done AB! Thanks @nspcc", "media", List
                        .of(Map.of("caption", "Group work", "pupilRefs", List.of("P-1", "P-3"), "identifiable", true)),
                            "location", "ONSITE"));
        assertThat(revised.json().get("violations")).isEmpty();
        assertThat(api.as("teacher").post("/api/posts/" + id + "/submission").json().get("status").asText())
            .isEqualTo("SUBMITTED");

        assertThat(api.as("admin").get("/api/posts/" + id).status()).as("no need to know").isEqualTo(404);
        assertThat(api.as("teacher2").get("/api/posts?status=SUBMITTED").json().get("content").findValuesAsText("id"))
            .contains(id);
    }

    @Test
    void aPostIsCheckedBySomeoneOtherThanItsAuthorAndGoesOutThroughThePlatformPort() {
        String account = activeAccount();
        pupil("P-1", "Amy Brown", true, false);
        pupil("P-2", "Ben Smith", true, false);
        String id = api.as("teacher")
            .post("/api/posts", draft(account, "Year 2 loved the science fair!", null))
            .json()
            .get("id")
            .asText();
        api.as("teacher").post("/api/posts/" + id + "/submission");

        Api.Response selfApproval = api.as("teacher").post("/api/posts/" + id + "/approval");
        assertThat(selfApproval.status()).isEqualTo(403);
        assertThat(selfApproval.json().get("type").asText()).isEqualTo("/problems/self-approval");
        assertThat(api.as("computing").post("/api/posts/" + id + "/approval").status()).as("no need to know")
            .isEqualTo(404);

        Api.Response rejected = api.as("head")
            .post("/api/posts/" + id + "/rejection", Map.of("reason", "Add the date"));
        assertThat(rejected.json().get("status").asText()).isEqualTo("DRAFT");
        api.as("teacher").post("/api/posts/" + id + "/submission");
        JsonNode approved = api.as("teacher2").post("/api/posts/" + id + "/approval").json();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asText()).isEqualTo("teacher2");

        int postsInOutbox = outbox("CREATE_POST").size();
        JsonNode published = api.as("teacher").post("/api/posts/" + id + "/publication").json();
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("platformPostId").asText()).startsWith("outbox-");
        assertThat(outbox("CREATE_POST")).hasSize(postsInOutbox + 1);
        assertThat(api.as("teacher").get("/api/outbox").status()).isEqualTo(403);
    }

    @Test
    void publicationOutsideThePostingWindowIsRefusedUnlessTheApproverSawAnExemption() {
        String account = activeAccount();
        String ordinary = approvedPost(account, null);
        String match = approvedPost(account, Map.of("kind", "EVENT", "reason", "The football final is on Saturday"));
        clock.set(SATURDAY_MORNING);

        Api.Response refused = api.as("teacher2").post("/api/posts/" + ordinary + "/publication");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsText("code")).containsExactly("OUTSIDE_POSTING_HOURS");
        assertThat(api.as("teacher2").get("/api/posts/" + ordinary).json().get("status").asText())
            .isEqualTo("APPROVED");

        assertThat(api.as("teacher2").post("/api/posts/" + match + "/publication").json().get("status").asText())
            .isEqualTo("PUBLISHED");
    }

    // The consent register

    @Test
    void theConsentRegisterImportsTheGoodRowsOfACsvAndReportsTheBadOnesByLine() {
        String csv = "ref,name,photoConsent,noPhotoList\nC-1,Amy Brown,true,false\nC-2,,true,false\n"
                + "C-3,Ben Smith,no,yes\n";

        Api.Response imported = api.as("admin")
            .postBytes("/api/pupils/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        assertThat(imported.json().get("rejected").findValuesAsText("line")).containsExactly("3");
        JsonNode ben = api.as("dsl").get("/api/pupils/C-3").json();
        assertThat(ben.get("noPhotoList").asBoolean()).isTrue();
        assertThat(ben.get("updatedBy").asText()).isEqualTo("admin");
        assertThat(eventsOf("C-3")).isEqualTo(1);
        assertThat(api.as("dsl").get("/api/pupils/C-2").status()).isEqualTo(404);
        assertThat(api.as("teacher")
            .postBytes("/api/pupils/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
            .status()).isEqualTo(403);
        assertThat(api.as("admin")
            .postBytes("/api/pupils/import", "who,what\n".getBytes(StandardCharsets.UTF_8), "text/csv")
            .status()).isEqualTo(422);
    }

    @Test
    void aChangeOfConsentIsAnEventSayingWhoWhenAndWhyAndTheRegisterReadsAsBefore() throws Exception {
        Api.Response first = api.as("dsl")
            .put("/api/pupils/E-1", Map.of("name", "Eve Stone", "photoConsent", true, "noPhotoList", false));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode recorded = first.json();
        assertThat(recorded.fieldNames()).toIterable()
            .containsExactlyInAnyOrder("ref", "name", "photoConsent", "noPhotoList", "updatedBy", "updatedAt",
                    "version");
        assertThat(recorded.get("version").asLong()).isZero();

        Api.Response again = api.as("admin")
            .put("/api/pupils/E-1", Map.of("name", "Eve  Stone ", "photoConsent", true, "noPhotoList", false));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).as("nothing changed, so nothing is recorded").isEqualTo(recorded);
        assertThat(eventsOf("E-1")).isEqualTo(1);

        JsonNode withdrawn = api.as("admin")
            .put("/api/pupils/E-1",
                    Map.of("name", "Eve Stone", "photoConsent", false, "noPhotoList", true, "reason",
                            "Parent's letter of 2 November"))
            .json();

        assertThat(eventsOf("E-1")).isEqualTo(2);
        JsonNode event = newestEventOf("E-1");
        assertThat(event.get("payloadType").asText())
            .isEqualTo("org.safeguarding.kernel.api.post.PupilConsentRecorded");
        assertThat(event.get("metaData").get("actorUsername").asText()).isEqualTo("admin");
        assertThat(event.get("metaData").get("actorRole").asText()).isEqualTo("ADMIN");
        assertThat(event.get("metaData").get("reason").asText()).isEqualTo("Parent's letter of 2 November");
        assertThat(withdrawn.get("photoConsent").asBoolean()).isFalse();
        assertThat(withdrawn.get("noPhotoList").asBoolean()).isTrue();
        assertThat(withdrawn.get("updatedBy").asText()).isEqualTo("admin");
        assertThat(Instant.parse(withdrawn.get("updatedAt").asText()))
            .isEqualTo(Instant.parse(event.get("timestamp").asText()));
        assertThat(withdrawn.get("version").asLong()).isEqualTo(1);
        assertThat(api.as("dsl").get("/api/pupils/E-1").json()).isEqualTo(withdrawn);
        assertThat(StreamSupport
            .stream(api.as("dsl").get("/api/pupils?size=500").json().get("content").spliterator(), false)
            .filter(line -> line.get("ref").asText().equals("E-1"))).containsExactly(withdrawn);
    }

    @Test
    void writtenConsentIsKeptAsHistoryReportedByTermAndLapsesWithItsAcademicYear() {
        Api.Response current = api.as("dsl")
            .put("/api/pupils/W-1",
                    Map.of("name", "Willa Current", "photoConsent", true, "noPhotoList", false, "writtenConsent",
                            Map.of("givenOn", "2026-09-03", "givenBy", "Jo Current", "relationship", "mother",
                                    "formReference", "PC-2026-1", "academicYear", "2026/27")));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.json().get("writtenConsent").get("lapsesAfter").asText()).isEqualTo("2027-08-31");
        assertThat(current.json().get("writtenConsent").get("lapsed").asBoolean()).isFalse();
        JsonNode lapsed = api.as("dsl")
            .put("/api/pupils/W-2",
                    Map.of("name", "Wes Lapsed", "photoConsent", true, "noPhotoList", false, "writtenConsent",
                            Map.of("givenOn", "2025-09-04", "givenBy", "Sam Lapsed", "academicYear", "2025/26")))
            .json();
        assertThat(lapsed.get("writtenConsent").get("lapsed").asBoolean()).isTrue();
        pupil("W-3", "Wyn Unwritten", true, false);
        assertThat(api.as("dsl").get("/api/pupils/W-3").json().has("writtenConsent")).isFalse();
        Api.Response badYear = api.as("dsl")
            .put("/api/pupils/W-4", Map.of("name", "Wil Bad", "photoConsent", true, "noPhotoList", false,
                    "writtenConsent", Map.of("givenOn", "2026-09-03", "givenBy", "Ann Bad", "academicYear", "2026")));
        assertThat(badYear.status()).isEqualTo(422);
        assertThat(badYear.json().get("type").asText()).isEqualTo("/problems/invalid-academic-year");

        JsonNode history = api.as("admin").get("/api/pupils/W-1/consent-history").json();
        assertThat(history.findValuesAsText("type")).containsExactly("CONSENT_RECORDED", "WRITTEN_CONSENT_RECORDED");
        assertThat(history.get(1).get("actor").get("username").asText()).isEqualTo("dsl");
        assertThat(history.get(1).get("writtenConsent").get("formReference").asText()).isEqualTo("PC-2026-1");
        assertThat(api.as("admin").get("/api/pupils/W-9/consent-history").status()).isEqualTo(404);

        JsonNode autumn = api.as("admin").get("/api/reports/consent-lapsing?term=current").json();
        assertThat(autumn.get("term").get("starts").asText()).isEqualTo("2026-09-01");
        assertThat(autumn.get("lapsingThisTerm").findValuesAsText("ref")).doesNotContain("W-1");
        assertThat(autumn.get("lapsed").findValuesAsText("ref")).contains("W-2").doesNotContain("W-1");
        assertThat(autumn.get("withoutWrittenEvidence").findValuesAsText("ref")).contains("W-3")
            .doesNotContain("W-1", "W-2");
        assertThat(api.as("teacher").get("/api/reports/consent-lapsing?term=current").status()).isEqualTo(403);

        Api.Response drafted = api.as("teacher")
            .post("/api/posts",
                    Map.of("accountId", activeAccount(), "text", "Science week", "media", List.of(Map.of("caption",
                            "Group work", "pupilRefs", List.of("W-1", "W-2", "W-3"), "identifiable", true)), "location",
                            "ONSITE"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(drafted.json().get("violations").findValuesAsText("code")).containsExactly("PUPIL_WITHOUT_CONSENT");
        assertThat(drafted.json().get("violations").findValuesAsText("message")).singleElement()
            .asString()
            .contains("W-2");

        clock.set(Instant.parse("2027-05-12T10:00:00Z"));
        JsonNode summer = api.as("admin").get("/api/reports/consent-lapsing").json();
        assertThat(summer.get("term").get("ends").asText()).isEqualTo("2027-08-31");
        assertThat(summer.get("lapsingThisTerm").findValuesAsText("ref")).contains("W-1");
    }

    @Test
    void eachImportedRowIsAnEventWhoseReasonNamesItsLineAndAFailurePartWayAppliesNothing() throws Exception {
        String csv = "ref,name,photoConsent,noPhotoList\nI-1,Ivy Green,true,false\nI-2,Isla Grey,false,true\n";
        Api.Response imported = api.as("dsl")
            .postBytes("/api/pupils/import?reason=Autumn%20census", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(eventsOf("I-2")).isEqualTo(1);
        JsonNode metaData = newestEventOf("I-2").get("metaData");
        assertThat(metaData.get("actorUsername").asText()).isEqualTo("dsl");
        assertThat(metaData.get("reason").asText()).isEqualTo("Autumn census (CSV import, line 3)");

        String failing = "ref,name,photoConsent,noPhotoList\nI-1,Ivy Green,false,true\nI-3,Iris Hale,true,false\n"
                + FailingPupilRef.REF + ",Ian Hill,true,false\n";
        Api.Response failed = api.as("dsl")
            .postBytes("/api/pupils/import", failing.getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(api.as("dsl").get("/api/pupils/I-1").json().get("photoConsent").asBoolean()).isTrue();
        assertThat(api.as("dsl").get("/api/pupils/I-3").status()).isEqualTo(404);
        assertThat(eventsOf("I-1")).isEqualTo(1);
        assertThat(eventsOf("I-3")).isZero();
    }

    // The record

    @Test
    void aConsentChangedBySqlBehindTheServicesBackIsNamedByVerificationAndCheckpointsAreSigned() {
        pupil("R-1", "Ruby Record", true, false);
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(20))
            .until(() -> api.as("governor").get("/api/audit/verification").json(),
                    result -> result.get("valid").asBoolean() && result.get("position").asLong() >= events);
        Map<String, Object> row = jdbc
            .queryForMap("select global_index, payload from domain_event_entry where aggregate_identifier = ?", "R-1");
        String original = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?",
                original.replace("\"photoConsent\":true", "\"photoConsent\":false").getBytes(StandardCharsets.UTF_8),
                row.get("global_index"));

        JsonNode result = api.as("governor").get("/api/audit/verification").json();

        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBroken").get("globalIndex").asLong())
            .isEqualTo(((Number) row.get("global_index")).longValue());
        assertThat(result.get("firstBroken").get("problem").asText()).isEqualTo("CHANGED");
        assertThat(api.as("governor").get("/api/audit/checkpoints").json().get("totalElements").asLong()).isPositive();
        assertThat(api.anonymous().get("/api/audit/public-key").body()).startsWith("-----BEGIN PUBLIC KEY-----");
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?",
                original.getBytes(StandardCharsets.UTF_8), row.get("global_index"));
        assertThat(api.as("governor").get("/api/audit/verification").json().get("valid").asBoolean()).isTrue();
    }

    // Comments

    @Test
    void aCommentReceivedAtTheWeekendIsDueByTheEndOfTheNextWorkingDayAndQueued() {
        String account = activeAccount();
        String id = comment(account, SATURDAY_MORNING);

        JsonNode queued = api.as("computing").get("/api/comments?awaiting=true&size=100").json();
        JsonNode mine = queued.get("content")
            .findParents("id")
            .stream()
            .filter(node -> node.get("id").asText().equals(id))
            .findFirst()
            .orElseThrow();
        assertThat(mine.get("status").asText()).isEqualTo("AWAITING");
        assertThat(mine.get("respondBy").asText()).isEqualTo("2026-11-24T00:00:00Z");
        assertThat(mine.get("overdue").asBoolean()).isFalse();
        assertThat(api.as("teacher").get("/api/comments?awaiting=true").status()).isEqualTo(403);
        assertThat(api.as("teacher")
            .post("/api/comments",
                    Map.of("accountId", account, "author", "a", "text", "t", "receivedAt", SATURDAY_MORNING.toString()))
            .status()).isEqualTo(403);
    }

    @Test
    void aCommentNobodyActedOnIsMarkedOverdueByItsPersistentDeadline() {
        String account = activeAccount();
        String id = comment(account, Instant.now().minus(Duration.ofDays(6)));

        JsonNode overdue = awaitComment(id, view -> !view.get("overdueRecordedAt").isNull());

        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("status").asText()).isEqualTo("AWAITING");
    }

    @Test
    void aMissedResponseIsEscalatedToTheDslShownOnTheQueueAndCountedAgainstTheAccount() {
        String account = activeAccount();
        String id = comment(account, Instant.now().minus(Duration.ofDays(6)));

        JsonNode missed = awaitComment(id, view -> view.get("missedResponseEscalation").isObject()
                && view.get("missedResponseEscalation").get("status").asText().equals("REPORTED"));

        assertThat(missed.get("missedResponse").asBoolean()).isTrue();
        String incidentId = missed.get("missedResponseEscalation").get("incidentId").asText();
        assertThat(missed.get("actions")).as("no moderator acted").isEmpty();
        StubIncidentService.Received report = INCIDENT_SERVICE.received()
            .stream()
            .filter(request -> ("comment-" + id + "-moderation-missed-response").equals(request.idempotencyKey()))
            .findFirst()
            .orElseThrow();
        assertThat(report.body().get("form").asText()).as("the yellow form goes to the DSL").isEqualTo("SAFEGUARDING");
        assertThat(report.body().get("contentRef").get("id").asText()).isEqualTo(id);
        assertThat(report.onBehalfOf()).as("the first DSL in the directory").isEqualTo("deputy");
        assertThat(incidentId).isNotBlank();
        assertThat(api.as("computing").get("/api/comments?awaiting=true&size=100").json().get("content"))
            .filteredOn(line -> line.get("id").asText().equals(id))
            .singleElement()
            .satisfies(line -> assertThat(line.get("missedResponse").asBoolean()).isTrue());
        assertThat(api.as("teacher").get("/api/accounts/" + account).json().get("missedResponses").asLong())
            .isEqualTo(1);
        assertThat(api.as("teacher").get("/api/accounts?size=100").json().get("content"))
            .filteredOn(line -> line.get("id").asText().equals(account))
            .singleElement()
            .satisfies(line -> assertThat(line.get("missedResponses").asLong()).isEqualTo(1));

        Api.Response noNote = api.as("computing")
            .post("/api/comments/" + id + "/moderation", Map.of("action", "NO_ACTION"));
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(noNote.json().get("violations").findValuesAsText("code")).containsExactly("NOTE_NOTBLANK");
        Api.Response blankNote = api.as("computing")
            .post("/api/comments/" + id + "/moderation", Map.of("action", "NO_ACTION", "note", " "));
        assertThat(blankNote.status()).isEqualTo(422);
    }

    @Test
    void moderationTellsTheAudienceWhyAndAnEscalationReportsAnIncidentOnTheModeratorsBehalf() {
        String account = activeAccount();
        String id = comment(account, WEDNESDAY_MORNING);

        Api.Response withoutReason = api.as("computing")
            .post("/api/comments/" + id + "/moderation", Map.of("action", "HIDE", "note", "Undermines staff"));
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.json().get("violations").findValuesAsText("code"))
            .containsExactly("PUBLIC_REASON_REQUIRED");

        int hiddenBefore = outbox("HIDE_REPLY").size();
        JsonNode moderated = api.as("computing")
            .post("/api/comments/" + id + "/moderation",
                    Map.of("action", "HIDE", "note", "Undermines staff", "publicReason",
                            "We hid a reply that undermined our staff.", "escalate",
                            Map.of("category", "UNDERMINING_COMMENT", "summary", "Reply undermining staff")))
            .json();
        assertThat(moderated.get("status").asText()).isEqualTo("HIDDEN");
        JsonNode action = moderated.get("actions").get(0);
        assertThat(action.get("escalation").get("status").asText()).isIn("PENDING", "REPORTED");
        assertThat(outbox("HIDE_REPLY")).hasSize(hiddenBefore + 1);

        JsonNode escalated = awaitComment(id, view -> view.get("incidentIds").size() == 1);
        assertThat(escalated.get("actions").get(0).get("escalation").get("status").asText()).isEqualTo("REPORTED");
        String moderationId = action.get("id").asText();
        StubIncidentService.Received report = INCIDENT_SERVICE.received()
            .stream()
            .filter(request -> ("comment-" + id + "-moderation-" + moderationId).equals(request.idempotencyKey()))
            .findFirst()
            .orElseThrow();
        assertThat(escalated.get("incidentIds").get(0).asText()).startsWith("incident-");
        assertThat(report.method()).isEqualTo("POST");
        assertThat(report.path()).isEqualTo("/api/incidents");
        assertThat(report.authorization()).isEqualTo(
                "Basic " + Base64.getEncoder().encodeToString("post-service:demo".getBytes(StandardCharsets.UTF_8)));
        assertThat(report.onBehalfOf()).isEqualTo("computing");
        JsonNode body = report.body();
        assertThat(body.get("form").asText()).isEqualTo("E_SAFETY");
        assertThat(body.get("category").asText()).isEqualTo("UNDERMINING_COMMENT");
        assertThat(body.get("summary").asText()).isEqualTo("Reply undermining staff");
        assertThat(body.get("occurredAt").asText()).isEqualTo("2026-11-18T10:00:00Z");
        assertThat(body.get("channel").asText()).isEqualTo("SCHOOL_ACCOUNT");
        assertThat(body.get("platform").asText()).isEqualTo("X");
        assertThat(body.get("contentRef").get("type").asText()).isEqualTo("COMMENT");
        assertThat(body.get("contentRef").get("id").asText()).isEqualTo(id);
        assertThat(body.get("subjects")).isEmpty();
        assertThat(body.get("allegationAgainstAdult").asBoolean()).isFalse();
    }

    @Test
    void anEscalationWhileIncidentServiceIsDownIsRetriedUntilItIsReported() {
        String account = activeAccount();
        String id = comment(account, WEDNESDAY_MORNING);
        INCIDENT_SERVICE.failNextWith(503);

        JsonNode moderated = api.as("dsl")
            .post("/api/comments/" + id + "/moderation",
                    Map.of("action", "REPORT_TO_PLATFORM", "note", "Reported to X as harassment", "escalate",
                            Map.of("category", "CYBERBULLYING", "summary", "Harassing reply")))
            .json();
        assertThat(moderated.get("status").asText()).isEqualTo("REPORTED");

        JsonNode escalated = awaitComment(id, view -> view.get("incidentIds").size() == 1);
        String key = "comment-" + id + "-moderation-" + escalated.get("actions").get(0).get("id").asText();
        assertThat(INCIDENT_SERVICE.received()).filteredOn(request -> key.equals(request.idempotencyKey()))
            .hasSize(2)
            .allSatisfy(request -> assertThat(request.onBehalfOf()).isEqualTo("dsl"));
    }

    // Removal

    @Test
    void contentDeletionTakesAPostDownOnceHoweverOftenItIsAskedAndIs404ForUnknownIds() {
        String account = activeAccount();
        String post = approvedPost(account, null);
        api.as("teacher").post("/api/posts/" + post + "/publication");
        int deletionsBefore = outbox("DELETE_POST").size();

        Api.Response deleted = api.as("incident-service")
            .post("/api/content/" + post + "/deletion",
                    Map.of("reason", "Shows a child on the no-photo list", "incidentId", "incident-42"),
                    "X-On-Behalf-Of", "dsl", "Idempotency-Key", "incident-42");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().get("status").asText()).isEqualTo("DELETED");
        assertThat(deleted.json().get("deletedBy").asText()).isEqualTo("dsl");
        long version = deleted.json().get("version").asLong();

        Api.Response replayed = api.as("incident-service")
            .post("/api/content/" + post + "/deletion",
                    Map.of("reason", "Shows a child on the no-photo list", "incidentId", "incident-42"),
                    "X-On-Behalf-Of", "dsl", "Idempotency-Key", "incident-42");
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("id").asText()).as("no view at /api/content/{id}: the id alone").isEqualTo(post);
        JsonNode again = api.as("deputy")
            .post("/api/content/" + post + "/deletion", Map.of("reason", "Once more"))
            .json();
        assertThat(again.get("status").asText()).isEqualTo("DELETED");
        assertThat(again.get("version").asLong()).isEqualTo(version);
        assertThat(outbox("DELETE_POST")).hasSize(deletionsBefore + 1);

        Api.Response unknown = api.as("dsl").post("/api/content/no-such-id/deletion", Map.of("reason", "r"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api.as("teacher").post("/api/content/" + post + "/deletion", Map.of("reason", "r")).status())
            .isEqualTo(403);
    }

    @Test
    void aCommentCanBeDeletedForAnIncidentAndStopsAwaiting() {
        String account = activeAccount();
        String id = comment(account, WEDNESDAY_MORNING);

        JsonNode deleted = api.as("incident-service")
            .post("/api/content/" + id + "/deletion", Map.of("reason", "Cyberbullying", "incidentId", "incident-9"),
                    "X-On-Behalf-Of", "computing")
            .json();

        assertThat(deleted.get("status").asText()).isEqualTo("DELETED");
        assertThat(deleted.get("deletion").get("incidentId").asText()).isEqualTo("incident-9");
        assertThat(
                api.as("dsl").get("/api/comments?awaiting=true&size=100").json().get("content").findValuesAsText("id"))
            .doesNotContain(id);
    }

    // Everywhere

    @Test
    void everyCallNeedsSigningInAndEveryErrorIsAProblemDetail() {
        assertThat(api.anonymous().get("/api/accounts").status()).isEqualTo(401);
        Api.Response badEnum = api.as("teacher")
            .post("/api/accounts", Map.of("platform", "X", "handle", "@h", "aim", "a", "audience", "b", "promotion",
                    "c", "visibility", "SECRET", "runBy", List.of("teacher", "teacher2")));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.contentType()).startsWith("application/problem+json");
        assertThat(api.as("governor").post("/api/accounts", Map.of()).status()).isEqualTo(403);
        assertThat(api.as("teacher").get("/api/posts/no-such-post").status()).isEqualTo(404);

        String account = activeAccount();
        Api.Response stale = api.as("head")
            .post("/api/accounts/" + account + "/closure", Map.of("reason", "r"), "If-Match", "0");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.as("head").get("/api/accounts/" + account).json().get("status").asText()).isEqualTo("ACTIVE");
    }

}
