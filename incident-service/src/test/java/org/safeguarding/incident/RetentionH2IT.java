package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Retention, legal hold and disposal on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1")
class RetentionH2IT extends RetentionContract {

}
