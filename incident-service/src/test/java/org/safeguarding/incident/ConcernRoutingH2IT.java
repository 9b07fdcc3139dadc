package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Concern routing on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:concern-routing;DB_CLOSE_DELAY=-1")
class ConcernRoutingH2IT extends ConcernRoutingContract {

}
