package org.safeguarding.post;

import org.springframework.test.context.TestPropertySource;

/** The service accounts' calls on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:post-service-calls;DB_CLOSE_DELAY=-1")
class ServiceCallsH2IT extends ServiceCallsContract {

}
