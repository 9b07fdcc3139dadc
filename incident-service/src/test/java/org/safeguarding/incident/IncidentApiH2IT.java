package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** The incident API on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:incident-api;DB_CLOSE_DELAY=-1")
class IncidentApiH2IT extends IncidentApiContract {

}
