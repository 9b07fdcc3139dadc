package org.safeguarding.kernel.servicecall;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Binds the two services' endpoints; each service makes its own {@link ServiceClient}
 * from the one it calls.
 */
@AutoConfiguration
@EnableConfigurationProperties(ServiceEndpoints.class)
public class ServiceCallConfiguration {

}
