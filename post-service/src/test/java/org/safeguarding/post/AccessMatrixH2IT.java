package org.safeguarding.post;

import org.springframework.test.context.TestPropertySource;

/** The access matrix on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:post-access-matrix;DB_CLOSE_DELAY=-1")
class AccessMatrixH2IT extends AccessMatrixContract {

}
