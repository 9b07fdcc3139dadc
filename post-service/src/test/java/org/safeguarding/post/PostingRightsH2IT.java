package org.safeguarding.post;

import org.springframework.test.context.TestPropertySource;

/** Who may post, under a school's chosen policy, over HTTP on H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:posting-rights;DB_CLOSE_DELAY=-1")
class PostingRightsH2IT extends PostingRightsContract {

}
