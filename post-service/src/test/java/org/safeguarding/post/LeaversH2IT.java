package org.safeguarding.post;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

/** Leavers on an H2 file database, the embedded default. */
class LeaversH2IT extends LeaversContract {

    @TempDir
    Path dataDirectory;

    @Override
    List<String> databaseProperties() {
        return List.of("spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("post-service")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

}
