package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Safe exports on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:export-safety;DB_CLOSE_DELAY=-1")
class ExportSafetyH2IT extends ExportSafetyContract {

}
