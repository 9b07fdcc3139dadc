package org.safeguarding.incident;

import java.util.List;

import org.safeguarding.kernel.security.InboundServiceCalls;
import org.safeguarding.kernel.security.InboundServiceCalls.Call;
import org.safeguarding.kernel.servicecall.ServiceClient;
import org.safeguarding.kernel.servicecall.ServiceEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

/**
 * What incident-service and post-service do for each other, seen from here: this service
 * deletes content and reads the pupil register there as
 * {@code safeguarding.post-service.username}; post-service may only report incidents
 * here, for the moderator who escalated a comment, as
 * {@code safeguarding.incident-service.username}.
 */
@Configuration(proxyBeanMethods = false)
class ServiceCallsConfiguration {

    @Bean
    ServiceClient postService(ServiceEndpoints endpoints, RestClient.Builder http) {
        return new ServiceClient("post-service", endpoints.postService(), http);
    }

    @Bean
    InboundServiceCalls fromPostService(ServiceEndpoints endpoints) {
        return new InboundServiceCalls(endpoints.incidentService().username(), endpoints.postService().username(),
                List.of(Call.forPerson(HttpMethod.POST, "/api/incidents")));
    }

}
