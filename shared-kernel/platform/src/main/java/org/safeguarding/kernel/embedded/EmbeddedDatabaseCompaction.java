package org.safeguarding.kernel.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps an H2 data file from growing for ever. With {@code WRITE_DELAY=0} every commit is
 * written before the command is answered, so nothing acknowledged is lost on a crash, but
 * H2 then runs none of its background upkeep, and the file grows by tens of kilobytes a
 * commit, for ever (7 GB for 170,000 events in the benchmark). This does that upkeep at a
 * fixed interval, as H2 does it in its default mode: space freed once older versions have
 * been kept for H2's retention time is reused. At 100 commits a second the file levels
 * off; under heavier sustained writing it still grows (see the README).
 */
class EmbeddedDatabaseCompaction implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCompaction.class);

    private static final int REWRITE_BELOW_FILL_RATE = 90;

    private static final int BYTES_PER_STEP = 16 * 1024 * 1024;

    private final DataSource dataSource;

    private final EmbeddedDatabaseProperties properties;

    private ScheduledExecutorService timer;

    EmbeddedDatabaseCompaction(DataSource dataSource, EmbeddedDatabaseProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /**
     * Compacts the file once; answers its size in bytes afterwards, or -1 when the
     * database is not an H2 file.
     */
    long compact() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                    || !session.getDatabase().isPersistent()) {
                return -1;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            // H2's own live upkeep: copy the live pages of sparse chunks, so that whole
            // chunks fall free to be reused.
            store.compact(REWRITE_BELOW_FILL_RATE, BYTES_PER_STEP);
            return store.getFileStore().size();
        }
    }

    @Override
    public void start() {
        Duration every = properties.compactEvery();
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-database-compaction");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::compactQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void compactQuietly() {
        try {
            compact();
        }
        catch (SQLException | RuntimeException e) {
            log.warn("Could not compact the embedded database file; trying again in {}", properties.compactEvery(), e);
        }
    }

    @Override
    public void stop() {
        // Never interrupt: an interrupted file operation closes H2's file channel, and
        // the database with it.
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

}
