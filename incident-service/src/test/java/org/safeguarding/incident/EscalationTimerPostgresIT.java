package org.safeguarding.incident;

import java.util.List;

import org.safeguarding.kernel.testing.PostgresDatabases;

/** The escalation clocks on a real PostgreSQL server. */
class EscalationTimerPostgresIT extends EscalationTimerContract {

    @Override
    List<String> databaseProperties() {
        return PostgresDatabases.freshDatabaseProperties();
    }

}
