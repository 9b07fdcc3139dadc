package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Idempotency records on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:idempotency;DB_CLOSE_DELAY=-1")
class IdempotencyH2IT extends IdempotencyContract {

}
