package org.safeguarding.kernel.apidocs;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Completes the OpenAPI description springdoc derives from each service's controllers.
 */
@AutoConfiguration
public class ApiDocsConfiguration {

    @Bean
    OpenApiCustomizer sharedApiDocs(WebInvocationPrivilegeEvaluator privileges) {
        return new SharedApiDocs(privileges);
    }

}
