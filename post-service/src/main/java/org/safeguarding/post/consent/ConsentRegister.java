package org.safeguarding.post.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
import org.safeguarding.kernel.api.post.WrittenConsent;
import org.safeguarding.kernel.api.post.WrittenConsentRecorded;
import org.safeguarding.kernel.calendar.WorkingCalendar;
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

    private static final String EVIDENCE_COLUMNS = "consent_given_on, consent_given_by, consent_relationship,"
            + " consent_form_reference, consent_academic_year";

    private static final String SELECT = "select " + COLUMNS + ", " + EVIDENCE_COLUMNS + " from pupil_consent";

    private final JdbcTemplate jdbc;

    private final Clock clock;

    ConsentRegister(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<PupilRecord> find(String ref) {
        return jdbc.query(SELECT + " where ref = ?", this::read, ref).stream().findFirst();
    }

    /**
     * Every pupil whose parents consented to photos, by ref: what the consent report
     * reads.
     */
    List<PupilRecord> consented() {
        return jdbc.query(SELECT + " where photo_consent = true order by ref", this::read);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.SCHOOL_ZONE));
    }

    PagedResult<PupilRecord> list(int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from pupil_consent", Long.class);
        List<PupilRecord> content = jdbc.query(SELECT + " order by ref limit ? offset ?", this::read, size,
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
        // As in the aggregate: written consent was for the consent as it stood.
        jdbc.update("update pupil_consent set consent_given_on = null, consent_given_by = null,"
                + " consent_relationship = null, consent_form_reference = null, consent_academic_year = null"
                + " where ref = ? and photo_consent <> ?", event.ref(), event.photoConsent());
        int updated = jdbc.update(
                "update pupil_consent set name = ?, photo_consent = ?, no_photo_list = ?,"
                        + " updated_by = ?, updated_at = ?, version = ? where ref = ?",
                event.name(), event.photoConsent(), event.noPhotoList(), actor.username(), at, version, event.ref());
        if (updated == 0) {
            jdbc.update("insert into pupil_consent (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)", event.ref(),
                    event.name(), event.photoConsent(), event.noPhotoList(), actor.username(), at, version);
        }
    }

    @EventHandler
    void on(WrittenConsentRecorded event, Actor actor, EventMessage<?> message, @SequenceNumber long version) {
        WrittenConsent written = event.writtenConsent();
        jdbc.update(
                "update pupil_consent set consent_given_on = ?, consent_given_by = ?, consent_relationship = ?,"
                        + " consent_form_reference = ?, consent_academic_year = ?, updated_by = ?, updated_at = ?,"
                        + " version = ? where ref = ?",
                written.givenOn(), written.givenBy(), written.relationship(), written.formReference(),
                written.academicYear(), actor.username(), Timestamp.from(message.getTimestamp()), version, event.ref());
    }

    @QueryHandler
    List<PupilConsent> handle(FindPupilConsents query) {
        return jdbc.query(SELECT, this::read).stream().map(PupilRecord::consent).toList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        jdbc.update("delete from pupil_consent");
    }

    private PupilRecord read(ResultSet rs, int row) throws SQLException {
        LocalDate givenOn = rs.getObject(8, LocalDate.class);
        PupilRecord.Evidence evidence = givenOn == null ? null : PupilRecord.Evidence.of(
                new WrittenConsent(givenOn, rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)),
                today());
        return new PupilRecord(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getLong(7), evidence);
    }

}
