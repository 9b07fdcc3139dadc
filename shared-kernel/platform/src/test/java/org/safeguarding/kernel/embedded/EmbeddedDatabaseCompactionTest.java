package org.safeguarding.kernel.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseCompactionTest {

    private static final EmbeddedDatabaseProperties EVERY_MINUTE = new EmbeddedDatabaseProperties(
            Duration.ofMinutes(1));

    @TempDir
    Path directory;

    @Test
    void givenManySmallCommits_whenCompactedMeanwhile_thenTheFileGrowsFarLessAndKeepsEveryRow()
            throws SQLException, IOException {
        long leftAlone = sizeAfterCommits(directory.resolve("left-alone"), false);

        long compacted = sizeAfterCommits(directory.resolve("compacted"), true);

        assertThat(compacted).isLessThan(leftAlone / 2);
    }

    @Test
    void givenADatabaseInMemory_whenCompacted_thenNothingIsDone() throws SQLException {
        JdbcDataSource dataSource = dataSource("jdbc:h2:mem:compaction;DB_CLOSE_DELAY=-1");

        assertThat(new EmbeddedDatabaseCompaction(dataSource, EVERY_MINUTE).compact()).isEqualTo(-1);
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    /**
     * Commits 4,000 rows one at a time, as the services write, compacting after every 200
     * if asked; answers the file's size, having checked that every row is there.
     */
    private static long sizeAfterCommits(Path store, boolean compactMeanwhile) throws SQLException, IOException {
        // H2 keeps freed space for its retention time (45 s) before reusing it: the test
        // does not wait.
        JdbcDataSource dataSource = dataSource(
                "jdbc:h2:file:" + store + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;RETENTION_TIME=0");
        var compaction = new EmbeddedDatabaseCompaction(dataSource, EVERY_MINUTE);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table event (id bigint primary key, payload varbinary(2000))");
                ddl.execute("create table latest (id int primary key, position bigint)");
                ddl.execute("insert into latest values (1, 0)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into event values (?, ?)");
                    PreparedStatement update = connection.prepareStatement("update latest set position = ?")) {
                for (long id = 1; id <= 4_000; id++) {
                    insert.setLong(1, id);
                    insert.setBytes(2, new byte[1_000]);
                    insert.executeUpdate();
                    update.setLong(1, id);
                    update.executeUpdate();
                    connection.commit();
                    if (compactMeanwhile && id % 200 == 0) {
                        compaction.compact();
                    }
                }
            }
            try (Statement count = connection.createStatement();
                    ResultSet rows = count.executeQuery("select count(*), max(id) from event")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(4_000);
                assertThat(rows.getLong(2)).isEqualTo(4_000);
            }
        }
        return Files.size(Path.of(store + ".mv.db"));
    }

}
