package org.safeguarding.post;

import org.springframework.test.context.TestPropertySource;

/** The device register over HTTP on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:device-approval;DB_CLOSE_DELAY=-1")
class DeviceApprovalH2IT extends DeviceApprovalContract {

}
