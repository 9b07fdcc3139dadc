package org.safeguarding.post.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.api.post.FindPupilConsents;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.api.post.PupilConsentRecorded;
import org.safeguarding.kernel.api.post.PupilName;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The consent register as it stands today, folded from the pupils' events, and the answer
 * to the posting policy's question about it.
 */
@Component
@ProcessingGroup(ConsentRegister.NAME)
class ConsentRegister implements RebuildableProjection {

    static final String NAME = "consent-register";

    private static final String COLUMNS = "ref, name, photo_consent, no_photo_list, updated_by, updated_at, version";

    private final JdbcTemplate jdbc;

    ConsentRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PupilRecord> find(String ref) {
        return jdbc.query("select " + COLUMNS + " from pupil_consent where ref = ?", ConsentRegister::read, ref)
            .stream()
            .findFirst();
    }

    PagedResult<PupilRecord> list(int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from pupil_consent", Long.class);
        List<PupilRecord> content = jdbc.query(
                "select " + COLUMNS + " from pupil_consent order by ref limit ? offset ?", ConsentRegister::read, size,
                (long) page * size);
        return new PagedResult<>(content, page, size, total == null ? 0 : total);
    }

    List<PupilName> names() {
        return jdbc.query("select ref, name from pupil_consent order by ref",
                (rs, row) -> new PupilName(rs.getString(1), rs.getString(2)));
    }

    @EventHandler
    void on(PupilConsentRecorded event, Actor actor, EventMessage<?> message, @SequenceNumber long version) {
        Timestamp at = Timestamp.from(message.getTimestamp());
        int updated = jdbc.update(
                "update pupil_consent set name = ?, photo_consent = ?, no_photo_list = ?,"
                        + " updated_by = ?, updated_at = ?, version = ? where ref = ?",
                event.name(), event.photoConsent(), event.noPhotoList(), actor.username(), at, version, event.ref());
        if (updated == 0) {
            jdbc.update("insert into pupil_consent (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)", event.ref(),
                    event.name(), event.photoConsent(), event.noPhotoList(), actor.username(), at, version);
        }
    }

    @QueryHandler
    List<PupilConsent> handle(FindPupilConsents query) {
        return jdbc.query("select " + COLUMNS + " from pupil_consent", ConsentRegister::read)
            .stream()
            .map(PupilRecord::consent)
            .toList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        jdbc.update("delete from pupil_consent");
    }

    private static PupilRecord read(ResultSet rs, int row) throws SQLException {
        return new PupilRecord(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getLong(7));
    }

}
