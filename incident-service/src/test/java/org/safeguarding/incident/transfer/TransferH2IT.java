package org.safeguarding.incident.transfer;

import org.springframework.test.context.TestPropertySource;

/** Transfers on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:transfers;DB_CLOSE_DELAY=-1")
class TransferH2IT extends TransferContract {

}
