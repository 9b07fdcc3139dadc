package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Personal data encrypted and erased on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:personal-data;DB_CLOSE_DELAY=-1")
class PersonalDataH2IT extends PersonalDataContract {

}
