package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Governors' pseudonyms on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:governor-pseudonyms;DB_CLOSE_DELAY=-1")
class GovernorPseudonymsH2IT extends GovernorPseudonymsContract {

}
