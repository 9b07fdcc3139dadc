package org.safeguarding.post;

import org.springframework.test.context.TestPropertySource;

/** The HTTP contract on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:post-service-api;DB_CLOSE_DELAY=-1")
class PostServiceApiH2IT extends PostServiceApiContract {

}
