package org.safeguarding.kernel.servicecall;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the two services' endpoints; each service makes its own {@link ServiceClient} from the one it calls. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceEndpoints.class)
public class ServiceCallConfiguration {
}
