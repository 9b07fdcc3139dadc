package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Audit reads through Axon's upcasters on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:audit-upcasting;DB_CLOSE_DELAY=-1")
class AuditUpcastingH2IT extends AuditUpcastingContract {

}
