package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** The audit chain on H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:audit-chain;DB_CLOSE_DELAY=-1")
class AuditChainH2IT extends AuditChainContract {

}
