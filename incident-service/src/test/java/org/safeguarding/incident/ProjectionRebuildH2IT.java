package org.safeguarding.incident;

import org.springframework.test.context.TestPropertySource;

/**
 * Rebuilding every projection on the embedded default, H2; a rebuild waits for a row a
 * test holds as long as PostgreSQL would, not H2's two seconds.
 */
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:incident-rebuild;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000")
class ProjectionRebuildH2IT extends ProjectionRebuildContract {

}
