package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/** Staff availability on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:staff-availability;DB_CLOSE_DELAY=-1")
class StaffAvailabilityH2IT extends StaffAvailabilityContract {

}
