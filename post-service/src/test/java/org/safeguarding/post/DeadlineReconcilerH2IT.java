package org.safeguarding.post;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

/** The deadline reconciler on an H2 file database, the embedded default. */
class DeadlineReconcilerH2IT extends DeadlineReconcilerContract {

    @TempDir
    Path dataDirectory;

    @Override
    List<String> databaseProperties() {
        return List.of("spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("post-service")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

}
