package org.safeguarding.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A service's OpenAPI description as a client fetches it from {@code /v3/api-docs}: named
 * and versioned, HTTP Basic wherever a sign-in is needed and nowhere else, every
 * operation under a described tag, every error a problem, and examples for the main
 * commands.
 */
public abstract class ApiDocsContract extends ServiceOverHttp {

    private final String title;

    private final List<String> tags;

    private final Operation signedIn;

    private final Operation withExample;

    private final Map.Entry<String, String> exampleField;

    private JsonNode docs;

    /**
     * @param signedIn an operation that needs a sign-in
     * @param withExample a command whose request body has an example
     * @param exampleField a field of that example, with its value
     */
    protected ApiDocsContract(String title, List<String> tags, Operation signedIn, Operation withExample,
            Map.Entry<String, String> exampleField) {
        this.title = title;
        this.tags = tags;
        this.signedIn = signedIn;
        this.withExample = withExample;
        this.exampleField = exampleField;
    }

    /** A path as the description writes it, with one of its verbs. */
    public record Operation(String method, String path) {
    }

    @BeforeEach
    void fetchTheDescription() {
        Api.Response response = api.anonymous().get("/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        docs = response.json();
    }

    @Test
    void itIsNamedAfterTheServiceWithTheBuildsVersion() {
        assertThat(docs.at("/info/title").asText()).isEqualTo(title);
        assertThat(docs.at("/info/version").asText()).isEqualTo(System.getProperty("project.version"))
            .matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(docs.at("/info/description").asText()).contains("Called by");
    }

    @Test
    void httpBasicIsAskedForWhereverASignInIsNeededAndNotForThePublicKey() {
        assertThat(docs.at("/components/securitySchemes/basic/type").asText()).isEqualTo("http");
        assertThat(docs.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(docs.path("security").isMissingNode()).as("no sign-in asked for everywhere").isTrue();
        assertThat(operation(signedIn).at("/security/0").has("basic")).isTrue();
        assertThat(operation(new Operation("get", "/api/audit/public-key")).path("security")).isEmpty();
    }

    @Test
    void everyOperationIsFiledUnderDescribedFeatureTags() {
        List<String> described = new ArrayList<>();
        docs.path("tags").forEach(tag -> {
            assertThat(tag.path("description").asText()).as(tag.toString()).isNotBlank();
            described.add(tag.path("name").asText());
        });
        assertThat(described).containsAll(tags);
        operations().forEach((name, operation) -> assertThat(operation.path("tags")).as(name)
            .isNotEmpty()
            .allSatisfy(tag -> assertThat(described).contains(tag.asText())));
    }

    @Test
    void everyOperationAnswersItsErrorsAsProblemDetails() {
        operations().forEach((name, operation) -> {
            assertThat(operation.at("/responses/4XX/$ref").asText()).as(name)
                .isEqualTo("#/components/responses/Problem");
            assertThat(operation.at("/responses/5XX/$ref").asText()).as(name)
                .isEqualTo("#/components/responses/Problem");
        });
        assertThat(docs.at("/components/responses/Problem/content/application~1problem+json/schema/$ref").asText())
            .isEqualTo("#/components/schemas/Problem");
        JsonNode problem = docs.at("/components/schemas/Problem/properties");
        assertThat(problem.fieldNames()).toIterable()
            .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "violations");
        assertThat(problem.at("/violations/items/$ref").asText()).isEqualTo("#/components/schemas/Violation");
        assertThat(docs.at("/components/schemas/Violation/properties").fieldNames()).toIterable()
            .containsExactlyInAnyOrder("code", "message");
    }

    @Test
    void theMainCommandsShowAnExampleRequest() {
        String body = operation(withExample).at("/requestBody/content/application~1json/schema/$ref").asText();
        JsonNode schema = docs.at("/components/schemas/" + body.substring(body.lastIndexOf('/') + 1));
        JsonNode example = schema.has("example") ? schema.get("example") : schema.at("/examples/0");
        assertThat(example.path(exampleField.getKey()).asText()).as(schema.toString())
            .isEqualTo(exampleField.getValue());
    }

    private JsonNode operation(Operation operation) {
        JsonNode found = docs.path("paths").path(operation.path()).path(operation.method());
        assertThat(found.isObject()).as(operation + " in the description").isTrue();
        return found;
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        docs.path("paths")
            .properties()
            .forEach(path -> path.getValue()
                .properties()
                .forEach(verb -> operations.put(verb.getKey() + " " + path.getKey(), verb.getValue())));
        assertThat(operations).isNotEmpty();
        return operations;
    }

}
