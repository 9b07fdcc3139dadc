package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Need to know on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:need-to-know;DB_CLOSE_DELAY=-1")
class NeedToKnowH2IT extends NeedToKnowContract {

}
