package org.safeguarding.kernel.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseCompactionTest {

    private static final EmbeddedDatabaseProperties EVERY_MINUTE = new EmbeddedDatabaseProperties(Duration.ofMinutes(1),
            Duration.ofSeconds(2));

    @TempDir
    Path directory;

    @Test
    void givenAFileGrownByManySmallCommits_whenCompacted_thenItShrinksAndKeepsEveryRow()
            throws SQLException, IOException {
        JdbcDataSource dataSource = dataSource(
                "jdbc:h2:file:" + directory.resolve("store") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        try (Connection connection = dataSource.getConnection()) {
            commitOneRowAtATime(connection, 2_000);
            long grown = Files.size(directory.resolve("store.mv.db"));

            long compacted = new EmbeddedDatabaseCompaction(dataSource, EVERY_MINUTE).compact();

            assertThat(compacted).isEqualTo(Files.size(directory.resolve("store.mv.db"))).isLessThan(grown / 4);
            try (Statement count = connection.createStatement();
                    var rows = count.executeQuery("select count(*), count(distinct id) from event")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(2_000);
                assertThat(rows.getLong(2)).isEqualTo(2_000);
            }
        }
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
     * As the services write: one small transaction per command, each committed on its
     * own.
     */
    private static void commitOneRowAtATime(Connection connection, int rows) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table event (id bigint primary key, payload varbinary(2000))");
            ddl.execute("create table latest (id int primary key, position bigint)");
            ddl.execute("insert into latest values (1, 0)");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into event values (?, ?)");
                PreparedStatement update = connection.prepareStatement("update latest set position = ?")) {
            for (long id = 1; id <= rows; id++) {
                insert.setLong(1, id);
                insert.setBytes(2, new byte[1_000]);
                insert.executeUpdate();
                update.setLong(1, id);
                update.executeUpdate();
                connection.commit();
            }
        }
        connection.setAutoCommit(true);
    }

}
