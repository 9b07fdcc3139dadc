package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Operations on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:operations;DB_CLOSE_DELAY=-1")
class OperationsH2IT extends OperationsContract {

}
