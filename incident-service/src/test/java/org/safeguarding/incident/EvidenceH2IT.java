package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Evidence files on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:evidence;DB_CLOSE_DELAY=-1")
class EvidenceH2IT extends EvidenceContract {

}
