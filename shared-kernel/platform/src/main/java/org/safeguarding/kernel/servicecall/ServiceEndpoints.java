package org.safeguarding.kernel.servicecall;

import jakarta.validation.Valid;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.incident-service.*} and {@code safeguarding.post-service.*}: each
 * names how that service is called, and so the account the other service calls it with.
 * Both services read both: the caller uses the address and password, the service called
 * knows the account as the one allowed in.
 */
@ConfigurationProperties("safeguarding")
@Validated
public record ServiceEndpoints(@DefaultValue @Valid @NestedConfigurationProperty ServiceEndpoint incidentService,
        @DefaultValue @Valid @NestedConfigurationProperty ServiceEndpoint postService) {
}
