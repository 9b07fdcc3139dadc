package org.safeguarding.post;

import org.springframework.test.context.TestPropertySource;

/** The posting rules over HTTP on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:posting-rules;DB_CLOSE_DELAY=-1")
class PostingRulesH2IT extends PostingRulesContract {

}
