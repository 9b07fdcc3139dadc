package org.safeguarding.incident;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches every row of every table of the service's schema, on H2 or PostgreSQL, for a
 * text in plain: in text columns and in the bytes of binary ones, as anyone reading the
 * database, or its backup, would find it.
 */
final class DatabaseSearch {

    private DatabaseSearch() {
    }

    /** Where the text is found, as {@code table.column} in lower case. */
    static Set<String> placesHolding(JdbcTemplate jdbc, String text) {
        List<String> tables = jdbc
            .queryForList("select table_name from information_schema.tables where lower(table_schema) = 'public'"
                    + " and table_type in ('BASE TABLE', 'TABLE')", String.class);
        Set<String> places = new TreeSet<>();
        for (String table : tables) {
            jdbc.query("select * from \"" + table + "\"", (ResultSet rs) -> {
                ResultSetMetaData columns = rs.getMetaData();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    if (contains(rs.getObject(column), text)) {
                        places.add((table + "." + columns.getColumnName(column)).toLowerCase());
                    }
                }
            });
        }
        return places;
    }

    private static boolean contains(Object value, String text) throws SQLException {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8).contains(text);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8).contains(text);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length()).contains(text);
        }
        return value != null && value.toString().contains(text);
    }

}
