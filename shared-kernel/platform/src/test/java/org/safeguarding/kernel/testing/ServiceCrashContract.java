package org.safeguarding.kernel.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the services' crash-safety contracts share: the service runs as a real process
 * from its jar in a fresh working directory, on the database a subclass names, and is
 * stopped after each test; the test kills it with {@link RunningService#crash()} and
 * starts it again on the same database.
 */
public abstract class ServiceCrashContract {

    @TempDir
    protected Path work;

    protected RunningService service;

    /**
     * Where the service keeps its data; none means the embedded default, H2 files under
     * its working directory.
     */
    protected abstract List<String> databaseProperties();

    @AfterEach
    void stopTheService() {
        service.stop();
    }

    /**
     * Starts the service with the deadline named by {@code deadlineProperty} five seconds
     * and every day a working day, so that the deadline fires while the test waits.
     */
    protected RunningService startWithAFiveSecondDeadline(String name, String deadlineProperty) {
        List<String> properties = new ArrayList<>(databaseProperties());
        properties.addAll(List.of(deadlineProperty + "=PT5S",
                "safeguarding.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "safeguarding.calendar.bank-holidays=", "db-scheduler.polling-interval=500ms"));
        service = new RunningService(name, work, properties);
        return service.start();
    }

}
