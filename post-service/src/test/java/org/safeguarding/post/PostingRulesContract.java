package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.MutableClock;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The posting rules as a member of staff meets them over HTTP: a draft lists what it
 * breaks and its submission is refused with the same violations. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "safeguarding.incident-service.url=http://localhost:9")
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
abstract class PostingRulesContract extends ServiceOverHttp {

    /** Wednesday 18 November 2026, 10:00 in London: inside the posting window. */
    static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired
    MutableClock clock;

    private String account;

    @BeforeEach
    void anActiveAccountAndARegister() {
        clock.set(WEDNESDAY_MORNING);
        Api.Response proposed = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@Rules" + System.nanoTime() % 100_000, "aim", "Share learning",
                            "audience", "Parents and carers", "promotion", "Newsletter", "visibility", "PUBLIC",
                            "runBy", List.of("teacher", "teacher2")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        account = proposed.json().get("id").asText();
        assertThat(api.as("head").post("/api/accounts/" + account + "/approval").status()).isEqualTo(200);
        Api.Response pupil = api.as("dsl")
            .put("/api/pupils/R-1", Map.of("name", "Josh Smith", "photoConsent", true, "noPhotoList", false));
        assertThat(pupil.status()).as(pupil.toString()).isEqualTo(200);
    }

    private JsonNode draft(Map<String, Object> body) {
        Api.Response drafted = api.as("teacher").post("/api/posts", body);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        return drafted.json();
    }

    private JsonNode draft(String text) {
        return draft(Map.of("accountId", account, "text", text, "media", List.of(), "location", "ONSITE"));
    }

    private void refusedOnSubmission(JsonNode draft, String code) {
        Api.Response refused = api.as("teacher").post("/api/posts/" + draft.get("id").asText() + "/submission");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/posting-policy");
        assertThat(refused.json().get("violations").findValuesAsText("code")).contains(code);
    }

    @Test
    void aNameHiddenByInvisibleCharactersOrLookAlikeLettersIsStillAName() {
        for (String text : List.of("Well done J\u200Bo\u00ADsh!", "Well done \u0408osh!", "Prize: Smith, Josh",
                "Prize: J. Smith")) {
            JsonNode draft = draft(text);
            assertThat(draft.get("violations").findValuesAsText("code")).as(text).containsExactly("PUPIL_NAMED");
            assertThat(draft.get("violations").toString()).contains("R-1").doesNotContain("Josh");
        }
        refusedOnSubmission(draft("Well done \u0408osh!"), "PUPIL_NAMED");
        assertThat(draft("Well done JS, and all of Year 2").get("violations")).isEmpty();
    }

    @Test
    void anIdentifiablePhotoSaysWhoIsInItAndTheApproverChecksIt() {
        JsonNode unnamed = draft(Map.of("accountId", account, "text", "Year 2 at the fair", "media",
                List.of(Map.of("caption", "The fair", "pupilRefs", List.of(), "identifiable", true)), "location",
                "ONSITE"));
        assertThat(unnamed.get("violations").findValuesAsText("code")).containsExactly("PUPILS_NOT_IDENTIFIED");
        refusedOnSubmission(unnamed, "PUPILS_NOT_IDENTIFIED");

        String id = draft(Map.of("accountId", account, "text", "Our staff team", "media", List
            .of(Map.of("caption", "Staff", "pupilRefs", List.of(), "identifiable", true, "noPupilsShown", true)),
                "location", "ONSITE"))
            .get("id")
            .asText();
        assertThat(api.as("teacher").post("/api/posts/" + id + "/submission").status()).isEqualTo(200);
        Api.Response unconfirmed = api.as("teacher2").post("/api/posts/" + id + "/approval");
        assertThat(unconfirmed.status()).as(unconfirmed.toString()).isEqualTo(422);
        assertThat(unconfirmed.json().get("violations").findValuesAsText("code"))
            .containsExactly("PUPILS_NOT_IDENTIFIED");
        Api.Response unchecked = api.as("teacher2")
            .post("/api/posts/" + id + "/approval",
                    Map.of("visibleNamesChecked", false, "noPupilsShownConfirmed", true));
        assertThat(unchecked.json().get("violations").findValuesAsText("code"))
            .containsExactly("VISIBLE_NAMES_NOT_CHECKED");
        Api.Response approved = api.as("teacher2")
            .post("/api/posts/" + id + "/approval",
                    Map.of("visibleNamesChecked", true, "noPupilsShownConfirmed", true));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aPostAddressedToOneChildOrAnnouncingAVisitToComeIsRefused() {
        JsonNode targeted = draft("Well done Leo a better lesson today");
        assertThat(targeted.get("violations").findValuesAsText("code")).containsExactly("INDIVIDUALLY_TARGETED");
        refusedOnSubmission(targeted, "INDIVIDUALLY_TARGETED");

        JsonNode forthcoming = draft("This Friday we go to the seaside!");
        assertThat(forthcoming.get("violations").findValuesAsText("code")).containsExactly("FORTHCOMING_VISIT");
        refusedOnSubmission(forthcoming, "FORTHCOMING_VISIT");

        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(draft("Last Friday we went to the seaside!").get("violations")).isEmpty();
    }

    @Test
    void aModerationsPublicNoticeKeepsThePostingPolicy() {
        Api.Response received = api.as("service")
            .post("/api/comments", Map.of("accountId", account, "author", "@troll", "text", "Josh is trouble",
                    "receivedAt", WEDNESDAY_MORNING.toString()));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String comment = received.json().get("id").asText();

        Api.Response named = api.as("computing")
            .post("/api/comments/" + comment + "/moderation", Map.of("action", "HIDE", "note", "Names a pupil",
                    "publicReason", "We hid a reply about Smith, Josh."));
        assertThat(named.status()).as(named.toString()).isEqualTo(422);
        assertThat(named.json().get("type").asText()).isEqualTo("/problems/notice-breaks-posting-policy");
        assertThat(named.json().get("violations").findValuesAsText("code")).containsExactly("PUPIL_NAMED");

        clock.set(Instant.parse("2026-11-21T10:00:00Z"));
        Api.Response hidden = api.as("computing")
            .post("/api/comments/" + comment + "/moderation", Map.of("action", "HIDE", "note", "Names a pupil",
                    "publicReason", "We hid a reply that named a pupil."));
        assertThat(hidden.status()).as("abuse is hidden at any hour: %s", hidden).isEqualTo(200);
    }

}
