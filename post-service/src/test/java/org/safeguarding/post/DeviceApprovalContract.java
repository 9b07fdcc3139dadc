package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.post.FindDevicesOf;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.MutableClock;
import org.safeguarding.kernel.testing.PageSession;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Devices as staff and the headteacher meet them over HTTP, with devices required: a
 * school device registered, approved by the passcode sent to the headteacher, then used
 * to post; posting from anything else refused; a personal device in an emergency, whose
 * unconfirmed login removal reaches the headteacher. Run on H2 and on PostgreSQL by the
 * subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "safeguarding.incident-service.url=http://localhost:9", "safeguarding.devices.required=true",
                "db-scheduler.polling-interval=500ms" })
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
abstract class DeviceApprovalContract extends ServiceOverHttp {

    /** Wednesday 18 November 2026, 10:00 in London: inside the posting window. */
    static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired
    MutableClock clock;

    @Autowired
    QueryGateway queries;

    private String account;

    @BeforeEach
    void anActiveAccount() {
        clock.set(WEDNESDAY_MORNING);
        Api.Response proposed = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@Devices" + System.nanoTime() % 100_000, "aim", "Share learning",
                            "audience", "Parents and carers", "promotion", "Newsletter", "visibility", "PUBLIC",
                            "runBy", List.of("teacher", "teacher2")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        account = proposed.json().get("id").asText();
        assertThat(api.as("head").post("/api/accounts/" + account + "/approval").status()).isEqualTo(200);
    }

    @Test
    void aSchoolDeviceApprovedWithTheHeadteachersPasscodePostsAndNothingElseDoes() {
        String post = draft();
        refused(api.as("teacher").post("/api/posts/" + post + "/submission", Map.of()));

        Api.Response registered = api.as("teacher")
            .post("/api/accounts/" + account + "/devices", Map.of("name", "Office iPad", "schoolOwned", true));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(registered.json().has("tokenHash")).isFalse();
        assertThat(registered.header("Set-Cookie")).contains("device-token=", "HttpOnly", "SameSite=Strict");
        String device = registered.json().get("id").asText();
        String token = registered.json().get("deviceToken").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);
        assertThat(api.as("teacher").get("/api/devices/" + device).json().has("deviceToken")).isFalse();
        refused(api.as("teacher").post("/api/posts/" + post + "/submission", Map.of(), "Device-Token", token));

        assertThat(api.as("teacher").get("/api/devices/pending").status()).isEqualTo(403);
        String passcode = passcodeShownToTheHeadteacher(device);
        assertThat(passcode).matches("\\d{8}");
        assertThat(
                api.as("teacher").post("/api/devices/" + device + "/approval", Map.of("passcode", passcode)).status())
            .isEqualTo(403);
        Api.Response wrong = api.as("head")
            .post("/api/devices/" + device + "/approval", Map.of("passcode", wrongOf(passcode)));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(wrong.json().get("type").asText()).isEqualTo("/problems/wrong-passcode");
        Api.Response approved = api.as("head")
            .post("/api/devices/" + device + "/approval", Map.of("passcode", passcode));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("approvedBy").asText()).isEqualTo("head");

        ok(api.as("teacher").post("/api/posts/" + post + "/submission", Map.of(), "Device-Token", token));
        refused(api.as("teacher2").post("/api/posts/" + post + "/approval", Map.of()));
        ok(api.as("teacher2").post("/api/posts/" + post + "/approval", Map.of(), "Device-Token", token));
        Api.Response published = api.as("teacher")
            .post("/api/posts/" + post + "/publication", Map.of(), "Cookie", "device-token=" + token);
        ok(published);
        assertThat(published.json().get("status").asText()).isEqualTo("PUBLISHED");

        assertThat(devicesOf("teacher")).contains(device);
        Api.Response revoked = api.as("head").delete("/api/devices/" + device + "?reason=Lost");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");
        assertThat(devicesOf("teacher")).doesNotContain(device);
        String next = draft();
        refused(api.as("teacher").post("/api/posts/" + next + "/submission", Map.of(), "Device-Token", token));
    }

    @Test
    void wrongPasscodesLockThePasscodeUntilANewOneIsSent() {
        Api.Response registered = api.as("teacher2")
            .post("/api/accounts/" + account + "/devices", Map.of("name", "Staffroom laptop", "schoolOwned", true));
        String device = registered.json().get("id").asText();
        String passcode = passcodeShownToTheHeadteacher(device);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api.as("head")
                .post("/api/devices/" + device + "/approval", Map.of("passcode", wrongOf(passcode)))
                .status()).isEqualTo(422);
        }
        Api.Response locked = api.as("head").post("/api/devices/" + device + "/approval", Map.of("passcode", passcode));
        assertThat(locked.status()).as(locked.toString()).isEqualTo(409);
        assertThat(locked.json().get("type").asText()).isEqualTo("/problems/passcode-locked");

        assertThat(api.as("teacher2").post("/api/devices/" + device + "/passcode").status()).isEqualTo(202);
        String renewed = passcodeShownToTheHeadteacher(device);
        ok(api.as("head").post("/api/devices/" + device + "/approval", Map.of("passcode", renewed)));

        Api.Response personal = api.as("teacher")
            .post("/api/accounts/" + account + "/devices", Map.of("name", "My phone", "schoolOwned", false));
        assertThat(personal.status()).as(personal.toString()).isEqualTo(422);
        assertThat(personal.json().get("type").asText()).isEqualTo("/problems/school-device-required");
    }

    @Test
    void aPersonalDeviceInAnEmergencyActsForAWhileAndAnUnconfirmedRemovalReachesTheHeadteacher() {
        Instant lastWeek = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(lastWeek);
        Api.Response noReason = api.as("teacher")
            .post("/api/accounts/" + account + "/emergency-access", Map.of("reason", ""));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        Api.Response granted = api.as("teacher")
            .post("/api/accounts/" + account + "/emergency-access",
                    Map.of("reason", "A reply names a pupil and no school device is to hand"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(granted.json().get("status").asText()).isEqualTo("EMERGENCY");
        String device = granted.json().get("id").asText();
        String token = granted.json().get("deviceToken").asText();

        String post = draft();
        ok(api.as("teacher").post("/api/posts/" + post + "/submission", Map.of(), "Device-Token", token));
        refused(api.as("teacher2").post("/api/posts/" + post + "/approval", Map.of(), "Device-Token", token));
        clock.set(lastWeek.plus(Duration.ofHours(3)));
        refused(api.as("teacher").post("/api/posts/" + draft() + "/submission", Map.of(), "Device-Token", token));

        JsonNode escalated = await().atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> api.as("head").get("/api/devices/" + device).json(),
                    view -> !view.get("escalatedAt").isNull());
        assertThat(escalated.get("status").asText()).isEqualTo("EMERGENCY");
        assertThat(api.as("head").get("/api/devices?status=EMERGENCY").json().findValuesAsText("id")).contains(device);

        assertThat(api.as("teacher2").post("/api/emergency-access/" + device + "/removal").status()).isEqualTo(404);
        Api.Response removed = api.as("teacher").post("/api/emergency-access/" + device + "/removal");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().get("status").asText()).isEqualTo("REMOVED");
    }

    @Test
    void theHeadteacherApprovesADeviceWithItsPasscodeOnTheDevicesPage() {
        Api.Response registered = api.as("teacher")
            .post("/api/accounts/" + account + "/devices", Map.of("name", "Hall laptop", "schoolOwned", true));
        String device = registered.json().get("id").asText();
        String passcode = passcodeShownToTheHeadteacher(device);
        PageSession head = new PageSession(port).signIn("head", "demo").giveSecondFactor("head");

        assertThat(head.get("/").body()).contains("href=\"/devices\"");
        String page = head.get("/devices").body();
        assertThat(page).contains("Hall laptop", passcode, "data-device=\"" + device + "\"");
        HttpResponse<String> wrong = head.post("/devices/" + device + "/approval",
                Map.of("passcode", wrongOf(passcode), "_csrf", PageSession.formToken(page)));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("That is not the passcode sent for this device");
        HttpResponse<String> approved = head.post("/devices/" + device + "/approval",
                Map.of("passcode", passcode, "_csrf", PageSession.formToken(wrong.body())));
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(api.as("head").get("/api/devices/" + device).json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(new PageSession(port).signIn("teacher", "demo").get("/devices").statusCode()).isEqualTo(403);
    }

    private List<String> devicesOf(String username) {
        return queries.query(new FindDevicesOf(username), ResponseTypes.multipleInstancesOf(String.class)).join();
    }

    private String draft() {
        Api.Response drafted = api.as("teacher")
            .post("/api/posts", Map.of("accountId", account, "text", "Year 2 loved the science fair today!", "media",
                    List.of(), "location", "ONSITE"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        return drafted.json().get("id").asText();
    }

    private String passcodeShownToTheHeadteacher(String device) {
        Api.Response pending = api.as("head").get("/api/devices/pending");
        assertThat(pending.status()).as(pending.toString()).isEqualTo(200);
        return pending.json()
            .findParents("id")
            .stream()
            .filter(node -> node.get("id").asText().equals(device))
            .findFirst()
            .orElseThrow()
            .get("passcode")
            .asText();
    }

    private static String wrongOf(String passcode) {
        return passcode.equals("00000000") ? "11111111" : "00000000";
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static void refused(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/device-not-approved");
    }

}
