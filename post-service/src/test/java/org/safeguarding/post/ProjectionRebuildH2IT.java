package org.safeguarding.post;

import org.springframework.test.context.TestPropertySource;

/** Rebuilding every projection on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:post-rebuild;DB_CLOSE_DELAY=-1")
class ProjectionRebuildH2IT extends ProjectionRebuildContract {

}
