package org.safeguarding.kernel.apidocs;

import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.safeguarding.kernel.Violation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * What every operation of both services shares, written into their OpenAPI description:
 * HTTP Basic wherever the security configuration refuses an anonymous caller, and problem
 * details for every 4xx and 5xx answer.
 */
class SharedApiDocs implements OpenApiCustomizer {

    static final String BASIC = "basic";

    static final String PROBLEM = "Problem";

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("api-docs", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final WebInvocationPrivilegeEvaluator privileges;

    SharedApiDocs(WebInvocationPrivilegeEvaluator privileges) {
        this.privileges = privileges;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        Components components = api.getComponents();
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
            .scheme("basic")
            .description("Your school username and password. Services sign in with their own account and name the "
                    + "person they act for in X-On-Behalf-Of."));
        addProblem(components, api.getSpecVersion() == SpecVersion.V31);
        components.addResponses(PROBLEM,
                new ApiResponse().description("Refused or failed, as problem details; nothing was changed")
                    .content(new Content().addMediaType(APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            // The security configuration decides, asked as an anonymous caller: the
            // description cannot drift from it.
            if (!privileges.isAllowed("", withSampleVariables(path), method.name(), ANONYMOUS)) {
                operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
            }
            operation.getResponses()
                .addApiResponse("4XX", new ApiResponse().$ref(PROBLEM))
                .addApiResponse("5XX", new ApiResponse().$ref(PROBLEM));
        }));
    }

    /**
     * A request path for a path template: {@code /api/incidents/{id}} →
     * {@code /api/incidents/id}.
     */
    private static String withSampleVariables(String path) {
        return path.replaceAll("\\{([^}]*)}", "$1");
    }

    /**
     * RFC 9457 problem details as Spring writes them ({@link ProblemDetail}, derived),
     * with the {@code violations} a 422 adds; its extension map is written as top-level
     * members, so it is no member itself.
     */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void addProblem(Components components, boolean openapi31) {
        ModelConverters converters = ModelConverters.getInstance(openapi31);
        Map<String, Schema> derived = converters.readAll(new AnnotatedType(ProblemDetail.class));
        Schema problem = derived.get(ProblemDetail.class.getSimpleName());
        problem.getProperties().remove("properties");
        ResolvedSchema violations = converters.resolveAsResolvedSchema(
                new AnnotatedType(ResolvableType.forClassWithGenerics(List.class, Violation.class).getType())
                    .resolveAsRef(true));
        problem.addProperty("violations",
                violations.schema.description("With 422 only: each rule the request broke, by code"));
        ((Schema) problem.getProperties().get("type"))
            .description("Ends with the problem's code, /problems/<code>: the README lists every code");
        problem.description("RFC 9457 problem details: every error either service answers with");
        violations.referencedSchemas.forEach(components::addSchemas);
        components.addSchemas(PROBLEM, problem);
    }

}
