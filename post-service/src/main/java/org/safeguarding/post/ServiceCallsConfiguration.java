package org.safeguarding.post;

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
 * What post-service and incident-service do for each other, seen from here: this service
 * reports incidents there as {@code safeguarding.incident-service.username};
 * incident-service may only delete content and block a comment's author here, for the
 * person who asked on the incident, read the pupil register's names (for governors'
 * pseudonyms), and gather one person's records for the DSL or headteacher who made a
 * subject access request there, as {@code safeguarding.post-service.username}.
 */
@Configuration(proxyBeanMethods = false)
class ServiceCallsConfiguration {

    @Bean
    ServiceClient incidentService(ServiceEndpoints endpoints, RestClient.Builder http) {
        return new ServiceClient("incident-service", endpoints.incidentService(), http);
    }

    @Bean
    InboundServiceCalls fromIncidentService(ServiceEndpoints endpoints) {
        return new InboundServiceCalls(endpoints.postService().username(), endpoints.incidentService().username(),
                List.of(Call.forPerson(HttpMethod.POST, "/api/content/{id}/deletion"),
                        Call.forPerson(HttpMethod.POST, "/api/content/{id}/author-block"),
                        Call.asService(HttpMethod.GET, "/api/pupil-names"),
                        Call.forPerson(HttpMethod.POST, "/api/subject-access/records")));
    }

}
