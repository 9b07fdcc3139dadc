package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Subject access requests on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:subject-access;DB_CLOSE_DELAY=-1")
class SubjectAccessH2IT extends SubjectAccessContract {

}
