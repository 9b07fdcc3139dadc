package org.safeguarding.kernel.projection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.PagedResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A table of views: one JSON document per id, with its version and the columns that
 * queries filter and sort on beside it. A feature's repository extends it, naming its
 * table and columns, and adds its own queries.
 *
 * @param <V> the view
 */
public abstract class ViewStore<V> {

    /**
     * A column kept beside the document, read from the view on every save; an instant is
     * stored as a timestamp, an enum by its name.
     */
    public record Column<V>(String name, Function<V, ?> value) {
    }

    private final JdbcTemplate jdbc;

    private final ObjectMapper json;

    private final String table;

    private final Class<V> type;

    private final Function<V, String> id;

    private final ToLongFunction<V> version;

    private final List<Column<V>> columns;

    private final String update;

    private final String insert;

    protected ViewStore(JdbcTemplate jdbc, ObjectMapper json, String table, Class<V> type, Function<V, String> id,
            ToLongFunction<V> version, List<Column<V>> columns) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.type = type;
        this.id = id;
        this.version = version;
        this.columns = List.copyOf(columns);
        List<String> names = Stream.concat(this.columns.stream().map(Column::name), Stream.of("version", "document"))
            .toList();
        this.update = "update " + table + " set "
                + names.stream().map(name -> name + " = ?").collect(Collectors.joining(", ")) + " where id = ?";
        this.insert = "insert into " + table + " (" + String.join(", ", names) + ", id) values ("
                + names.stream().map(name -> "?").collect(Collectors.joining(", ")) + ", ?)";
    }

    protected static <V> Column<V> column(String name, Function<V, ?> value) {
        return new Column<>(name, value);
    }

    public Optional<V> find(String id) {
        return documents("where id = ?", id).stream().findFirst();
    }

    /**
     * Stores the view, its columns and version with it, in place of the one with its id.
     */
    public void save(V view) {
        Object[] values = values(view, write(view));
        if (jdbc.update(update, values) == 0) {
            jdbc.update(insert, values);
        }
    }

    /**
     * Makes the table hold exactly these views, by id: writes those whose version or
     * document differ from what is stored, and deletes the views not among them.
     */
    public void replaceAll(Map<String, V> views) {
        Map<String, String> documents = new HashMap<>();
        views.forEach((viewId, view) -> documents.put(viewId, write(view)));
        Set<String> unchanged = new HashSet<>();
        List<Object[]> unknown = new ArrayList<>();
        jdbc.query("select id, version, document from " + table, (RowCallbackHandler) row -> {
            V view = views.get(row.getString(1));
            if (view == null) {
                unknown.add(new Object[] { row.getString(1) });
            }
            else if (version.applyAsLong(view) == row.getLong(2)
                    && documents.get(row.getString(1)).equals(row.getString(3))) {
                unchanged.add(row.getString(1));
            }
        });
        List<Object[]> changed = views.entrySet()
            .stream()
            .filter(entry -> !unchanged.contains(entry.getKey()))
            .map(entry -> values(entry.getValue(), documents.get(entry.getKey())))
            .toList();
        int[] updated = jdbc.batchUpdate(update, changed);
        List<Object[]> added = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                added.add(changed.get(i));
            }
        }
        jdbc.batchUpdate(insert, added);
        jdbc.batchUpdate("delete from " + table + " where id = ?", unknown);
    }

    /**
     * The values of {@link #update} and {@link #insert}: the columns, version, document,
     * then id.
     */
    private Object[] values(V view, String document) {
        return Stream
            .concat(columns.stream().map(column -> stored(column.value().apply(view))),
                    Stream.of(version.applyAsLong(view), document, id.apply(view)))
            .toArray();
    }

    public void deleteAll() {
        jdbc.update("delete from " + table);
    }

    /** The views with these ids, in the order given; an id without a view is left out. */
    public List<V> findAll(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, V> found = new HashMap<>();
        new NamedParameterJdbcTemplate(jdbc).query("select id, document from " + table + " where id in (:ids)",
                Map.of("ids", ids), rs -> {
                    found.put(rs.getString(1), read(rs.getString(2)));
                });
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The views a clause such as {@code where status = ? order by id} selects. */
    protected List<V> documents(String clause, Object... arguments) {
        return jdbc.query("select document from " + table + " " + clause, (rs, row) -> read(rs.getString(1)),
                arguments);
    }

    /**
     * One page of the views a where clause (empty for all) selects, in the order given,
     * with how many it selects in all.
     */
    protected PagedResult<V> page(String where, String order, int page, int size, Object... arguments) {
        Long total = jdbc.queryForObject("select count(*) from " + table + " " + where, Long.class, arguments);
        Object[] paged = Stream.concat(Stream.of(arguments), Stream.of(size, (long) page * size)).toArray();
        List<V> content = documents(where + " " + order + " limit ? offset ?", paged);
        return new PagedResult<>(content, page, size, total == null ? 0 : total);
    }

    /** For the queries that read columns rather than documents. */
    protected JdbcTemplate jdbc() {
        return jdbc;
    }

    private static Object stored(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }

    private V read(String document) {
        try {
            return json.readValue(document, type);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable view in " + table, e);
        }
    }

    private String write(V view) {
        try {
            return json.writeValueAsString(view);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store view " + id.apply(view) + " in " + table, e);
        }
    }

}
