package org.safeguarding.incident;

import java.util.List;

/**
 * Crash safety on the embedded default: the H2 files and URL of application.yml, under
 * the process's ./data/.
 */
class CrashSafetyH2IT extends CrashSafetyContract {

    @Override
    protected List<String> databaseProperties() {
        return List.of();
    }

}
