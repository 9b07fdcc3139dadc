package org.safeguarding.incident;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

/** The pseudonym key on the embedded default, an H2 file. */
class PseudonymKeyH2IT extends PseudonymKeyContract {

    @TempDir
    Path dataDirectory;

    @Override
    List<String> databaseProperties() {
        return List.of("spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("incident-service")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

}
