package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a governor reads on the audit page names no pupil, however the name is written,
 * and even where the pupil was given only by ref: post-service's pupil register (a
 * stand-in here, answering as post-service does) names them. When the register cannot be
 * read, free text is withheld. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class GovernorPseudonymsContract extends ServiceOverHttp {

    private static final Pattern PSEUDONYM = Pattern.compile("Pupil-[0-9A-F]{10}");

    private static final PupilRegister REGISTER = new PupilRegister();

    /**
     * post-service's {@code GET /api/pupil-names}, for incident-service's account only;
     * or down, when told.
     */
    static final class PupilRegister {

        final List<String> authorizations = new ArrayList<>();

        final List<String> onBehalfOf = new ArrayList<>();

        volatile boolean down;

        private final HttpServer server;

        PupilRegister() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/api/pupil-names", exchange -> {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                authorizations.add(authorization);
                onBehalfOf.add(exchange.getRequestHeaders().getFirst("X-On-Behalf-Of"));
                boolean incidentService = ("Basic "
                        + Base64.getEncoder().encodeToString("incident-service:demo".getBytes(StandardCharsets.UTF_8)))
                    .equals(authorization);
                int status = down ? 503 : incidentService ? 200 : 403;
                byte[] body = (status == 200
                        ? "[{\"ref\":\"P-17\",\"name\":\"Amy Brown\"},{\"ref\":\"P-23\",\"name\":\"Ben Carter\"}]"
                        : "{\"status\":" + status + "}")
                    .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders()
                    .add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

    }

    @DynamicPropertySource
    static void postService(DynamicPropertyRegistry registry) {
        registry.add("safeguarding.post-service.url", REGISTER::url);
    }

    Instant start;

    @BeforeEach
    void setUp() {
        start = Instant.now();
    }

    @AfterEach
    void registerBackUp() {
        REGISTER.down = false;
    }

    /** A yellow form about Amy Brown (P-17), whose details name her as given. */
    private String reportNaming(String details) {
        Map<String, Object> form = IncidentApiContract.yellowForm("Pupil bullied in a group chat");
        form.put("details", details);
        return report(form);
    }

    private String report(Map<String, Object> form) {
        Api.Response created = api.as("teacher").post("/api/incidents", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** The incident's events as the reader gets them from the audit page. */
    private List<JsonNode> auditedEvents(String reader, String incidentId) {
        Api.Response page = api.as(reader).get("/api/audit/events?size=500&from=" + start);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        page.json().get("content").forEach(event -> {
            if (incidentId.equals(event.get("aggregateId").asText())) {
                events.add(event);
            }
        });
        assertThat(events).isNotEmpty();
        return events;
    }

    private static List<String> pseudonymsIn(String text) {
        return PSEUDONYM.matcher(text).results().map(result -> result.group()).distinct().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Amy  Brown was sent hurtful messages", "Brown, Amy was sent hurtful messages",
            "amy brown was sent hurtful messages", "Amy\u00a0Brown was sent hurtful messages",
            "Ámy Brown was sent hurtful messages", "AMY BROWN was sent hurtful messages" })
    void aGovernorReadsNoPupilsNameHoweverItIsWritten(String details) {
        String id = reportNaming(details);

        JsonNode reported = auditedEvents("governor", id).get(0).get("payload");

        assertThat(reported.toString()).doesNotContainIgnoringCase("brown").doesNotContain("P-17");
        assertThat(reported.get("details").asText()).endsWith(" was sent hurtful messages");
        assertThat(pseudonymsIn(reported.toString())).as("the subject and the details name the same pseudonym")
            .hasSize(1);
        assertThat(reported.get("details").asText()).startsWith(pseudonymsIn(reported.toString()).get(0));
    }

    @Test
    void aPupilGivenOnlyByRefIsRecognisedByTheNameTheRegisterHolds() {
        Map<String, Object> form = IncidentApiContract.yellowForm("Two pupils in a group chat");
        form.put("subjects", List.of(Map.of("kind", "PUPIL", "ref", "P-23")));
        form.put("details", "Ben Carter forwarded the screenshots; Carter, Ben said sorry.");
        String id = report(form);

        JsonNode reported = auditedEvents("governor", id).get(0).get("payload");

        assertThat(reported.toString()).doesNotContainIgnoringCase("carter").doesNotContain("P-23");
        String pseudonym = reported.get("subjects").get(0).get("ref").asText();
        assertThat(pseudonym).matches(PSEUDONYM);
        assertThat(reported.get("details").asText())
            .isEqualTo(pseudonym + " forwarded the screenshots; " + pseudonym + " said sorry.");
        assertThat(REGISTER.authorizations).as("asked as incident-service's own account, for no one")
            .contains("Basic "
                    + Base64.getEncoder().encodeToString("incident-service:demo".getBytes(StandardCharsets.UTF_8)));
        assertThat(REGISTER.onBehalfOf).containsOnlyNulls();
    }

    @Test
    void withoutTheRegisterFreeTextIsWithheldFromGovernors() {
        Map<String, Object> form = IncidentApiContract.yellowForm("Ben Carter named in the chat");
        form.put("subjects", List.of(Map.of("kind", "PUPIL", "ref", "P-23")));
        form.put("details", "Ben Carter forwarded the screenshots.");
        String id = report(form);
        REGISTER.down = true;

        JsonNode governors = auditedEvents("governor", id).get(0);
        JsonNode dsls = auditedEvents("dsl", id).get(0);

        assertThat(governors.toString()).doesNotContainIgnoringCase("carter").doesNotContain("P-23");
        assertThat(governors.get("payload").get("details").asText()).isEqualTo("[withheld]");
        assertThat(governors.get("payload").get("summary").asText()).isEqualTo("[withheld]");
        assertThat(governors.get("payload").get("category").asText()).isEqualTo("CYBERBULLYING");
        assertThat(governors.get("payload").get("subjects").get(0).get("ref").asText()).matches(PSEUDONYM);
        assertThat(dsls.get("payload").get("details").asText()).isEqualTo("Ben Carter forwarded the screenshots.");
    }

    @Test
    void theDslStillReadsThePupilsNames() {
        String id = reportNaming("Brown, Amy was sent hurtful messages");

        JsonNode reported = auditedEvents("dsl", id).get(0).get("payload");

        assertThat(reported.get("details").asText()).isEqualTo("Brown, Amy was sent hurtful messages");
        assertThat(reported.get("subjects").get(0).get("ref").asText()).isEqualTo("P-17");
    }

}
