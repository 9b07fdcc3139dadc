package org.safeguarding.incident.replay;

import java.util.List;

import org.safeguarding.kernel.projection.ProjectionReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds each projection a migration has listed in {@code projection_rebuild_due} (one
 * it added, or whose table it changed) from the event store at start-up, before the
 * service takes a request or handles an event. The listing is removed in the rebuild's
 * own transaction, so of several instances starting together one rebuilds and the others
 * wait for it, then find nothing left to do.
 */
@Component
class RebuildsDue implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RebuildsDue.class);

    private final ProjectionReplay replay;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transaction;

    RebuildsDue(ProjectionReplay replay, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.replay = replay;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String name : listed()) {
            transaction.executeWithoutResult(status -> {
                if (jdbc.update("delete from projection_rebuild_due where name = ?", name) == 1) {
                    log.info("Projection {} rebuilt from {} events, as a migration asked", name, replay.rebuild(name));
                }
            });
        }
    }

    /**
     * None where the schema was migrated only part of the way
     * ({@code spring.flyway.target}), before the list.
     */
    private List<String> listed() {
        try {
            return jdbc.queryForList("select name from projection_rebuild_due order by name", String.class);
        }
        catch (BadSqlGrammarException beforeTheList) {
            return List.of();
        }
    }

}
