package org.safeguarding.incident.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.safeguarding.kernel.api.staff.CountAvailableStaff;
import org.safeguarding.kernel.api.staff.StaffAvailabilitySet;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is available now. Someone never marked unavailable, or whose stated period has
 * ended, is available.
 */
@Component
@ProcessingGroup(StaffAvailabilityProjection.NAME)
class StaffAvailabilityProjection implements RebuildableProjection {

    static final String NAME = "staff-availability";

    private final JdbcTemplate jdbc;

    private final SchoolDirectory directory;

    private final Clock clock;

    StaffAvailabilityProjection(JdbcTemplate jdbc, SchoolDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @EventHandler
    void on(StaffAvailabilitySet event) {
        Timestamp until = event.until() == null ? null : Timestamp.from(event.until());
        int updated = jdbc.update("update staff_availability set available = ?, until_at = ? where username = ?",
                event.available(), until, event.username());
        if (updated == 0) {
            jdbc.update("insert into staff_availability (username, available, until_at) values (?, ?, ?)",
                    event.username(), event.available(), until);
        }
    }

    @QueryHandler
    Long handle(CountAvailableStaff query) {
        Instant now = clock.instant();
        return directory.usernamesWith(query.role()).stream().filter(username -> isAvailable(username, now)).count();
    }

    Optional<Availability> find(String username) {
        List<Availability> found = jdbc.query("select available, until_at from staff_availability where username = ?",
                (rs, row) -> new Availability(username, rs.getBoolean(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()),
                username);
        return found.stream().findFirst();
    }

    boolean isAvailable(String username, Instant at) {
        return find(username).map(availability -> availability.availableAt(at)).orElse(true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        jdbc.update("delete from staff_availability");
    }

    /**
     * As stated; after {@code until} the stated availability lapses and the person counts
     * as available.
     */
    record Availability(String username, boolean available, Instant until) {

        boolean availableAt(Instant at) {
            return available || until != null && !at.isBefore(until);
        }
    }

}
