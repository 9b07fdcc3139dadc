package org.safeguarding.incident.retention;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.DisposalApproved;
import org.safeguarding.kernel.api.incident.DisposalProposed;
import org.safeguarding.kernel.api.incident.DisposalRejected;
import org.safeguarding.kernel.api.incident.RecordDisposed;
import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.api.incident.IncidentReceived;
import org.safeguarding.kernel.api.incident.IncidentReopened;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.LegalHoldLifted;
import org.safeguarding.kernel.api.incident.LegalHoldPlaced;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.incident.SubjectsCorrected;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.safeguarding.kernel.retention.DisposalStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The facts of each incident that decide how long it is kept, as its events give them:
 * its form, category, the people it names and their dates of birth, closure, legal hold
 * and disposal; and every disposal and where it stands. Written in the transaction that
 * stores the events, rebuilt as one.
 */
@Component
@ProcessingGroup(RetentionProjection.NAME)
class RetentionProjection implements RebuildableProjection {

    static final String NAME = "retention";

    private static final String COLUMNS = "incident_id, form, category, allegation, reported_at, pupils, "
            + "latest_pupil_birth, pupil_birth_missing, adults, latest_adult_birth, adult_birth_missing, closed_at, "
            + "outcome, legal_hold, legal_hold_reason, disposed_at";

    private static final String DISPOSAL_COLUMNS = "disposal_id, rule, incident_ids, proposed_by, proposed_at, status, "
            + "decided_by, decided_at, reason, disposed_at, disposed";

    /** Who an incident names, as far as its retention is concerned. */
    private record People(int pupils, LocalDate latestPupilBirth, boolean pupilBirthMissing, int adults,
            LocalDate latestAdultBirth, boolean adultBirthMissing) {

        static People of(List<Subject> subjects) {
            List<Subject> pupils = subjects.stream().filter(subject -> subject.kind() == SubjectKind.PUPIL).toList();
            List<Subject> adults = subjects.stream().filter(Subject::worksWithChildren).toList();
            return new People(pupils.size(), latestBirth(pupils), missingBirth(pupils), adults.size(),
                    latestBirth(adults), missingBirth(adults));
        }

        private static LocalDate latestBirth(List<Subject> people) {
            return people.stream()
                .map(Subject::dateOfBirth)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        }

        private static boolean missingBirth(List<Subject> people) {
            return people.stream().map(Subject::dateOfBirth).anyMatch(Predicate.isEqual(null));
        }

    }

    private final JdbcTemplate jdbc;

    RetentionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IncidentReported reported) {
        insert(reported.incidentId(), reported.form(), reported.category(), reported.allegationAgainstAdult(),
                reported.reportedAt(), reported.subjects());
    }

    /**
     * A record received from another school is kept by the same rules, counted from when
     * it arrived here: never disposed of earlier than the sending school's copy could be.
     */
    @EventHandler
    void on(IncidentReceived received) {
        insert(received.incidentId(), received.form(), received.category(), received.allegationAgainstAdult(),
                received.receivedAt(), received.subjects());
    }

    private void insert(String incidentId, Form form, Category category, boolean allegation, Instant reportedAt,
            List<Subject> subjects) {
        People people = People.of(subjects);
        jdbc.update(
                "insert into retention (incident_id, form, category, allegation, reported_at, pupils, "
                        + "latest_pupil_birth, pupil_birth_missing, adults, latest_adult_birth, adult_birth_missing, "
                        + "legal_hold) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)",
                incidentId, form.name(), category.name(), allegation, Timestamp.from(reportedAt), people.pupils(),
                date(people.latestPupilBirth()), people.pupilBirthMissing(), people.adults(),
                date(people.latestAdultBirth()), people.adultBirthMissing());
    }

    @EventHandler
    void on(SubjectsCorrected corrected) {
        People people = People.of(corrected.after());
        jdbc.update(
                "update retention set pupils = ?, latest_pupil_birth = ?, pupil_birth_missing = ?, adults = ?, "
                        + "latest_adult_birth = ?, adult_birth_missing = ? where incident_id = ?",
                people.pupils(), date(people.latestPupilBirth()), people.pupilBirthMissing(), people.adults(),
                date(people.latestAdultBirth()), people.adultBirthMissing(), corrected.incidentId());
    }

    @EventHandler
    void on(IncidentClosed closed, EventMessage<?> message) {
        jdbc.update("update retention set closed_at = ?, outcome = ? where incident_id = ?",
                Timestamp.from(message.getTimestamp()), closed.outcome().name(), closed.incidentId());
    }

    @EventHandler
    void on(IncidentReopened reopened) {
        jdbc.update("update retention set closed_at = null, outcome = null where incident_id = ?",
                reopened.incidentId());
    }

    @EventHandler
    void on(LegalHoldPlaced placed) {
        jdbc.update("update retention set legal_hold = true, legal_hold_reason = ? where incident_id = ?",
                placed.reason(), placed.incidentId());
    }

    @EventHandler
    void on(LegalHoldLifted lifted) {
        jdbc.update("update retention set legal_hold = false, legal_hold_reason = null where incident_id = ?",
                lifted.incidentId());
    }

    @EventHandler
    void on(IncidentDisposed disposed, EventMessage<?> message) {
        jdbc.update("update retention set disposed_at = ? where incident_id = ?",
                Timestamp.from(message.getTimestamp()), disposed.incidentId());
    }

    List<RetentionFacts> all() {
        return jdbc.query("select " + COLUMNS + " from retention order by reported_at, incident_id",
                (rs, row) -> facts(rs));
    }

    Optional<RetentionFacts> find(String incidentId) {
        return jdbc
            .query("select " + COLUMNS + " from retention where incident_id = ?", (rs, row) -> facts(rs), incidentId)
            .stream()
            .findFirst();
    }

    private static RetentionFacts facts(ResultSet rs) throws SQLException {
        return new RetentionFacts(rs.getString(1), Form.valueOf(rs.getString(2)), Category.valueOf(rs.getString(3)),
                rs.getBoolean(4), rs.getTimestamp(5).toInstant(), rs.getInt(6), localDate(rs.getDate(7)),
                rs.getBoolean(8), rs.getInt(9), localDate(rs.getDate(10)), rs.getBoolean(11),
                instant(rs.getTimestamp(12)), rs.getString(13) == null ? null : Outcome.valueOf(rs.getString(13)),
                rs.getBoolean(14), rs.getString(15), instant(rs.getTimestamp(16)));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @EventHandler
    void on(DisposalProposed proposed) {
        jdbc.update(
                "insert into disposal (disposal_id, rule, incident_ids, proposed_by, proposed_at, status) "
                        + "values (?, ?, ?, ?, ?, ?)",
                proposed.disposalId(), proposed.rule().name(), String.join(",", proposed.incidentIds()),
                proposed.proposedBy(), Timestamp.from(proposed.proposedAt()), DisposalStatus.PROPOSED.name());
    }

    @EventHandler
    void on(DisposalApproved approved) {
        decided(approved.disposalId(), DisposalStatus.APPROVED, approved.approvedBy(), approved.approvedAt(), null);
    }

    @EventHandler
    void on(DisposalRejected rejected) {
        decided(rejected.disposalId(), DisposalStatus.REJECTED, rejected.rejectedBy(), rejected.rejectedAt(),
                rejected.reason());
    }

    @EventHandler
    void on(RecordDisposed disposed) {
        jdbc.update("update disposal set status = ?, disposed_at = ?, disposed = ? where disposal_id = ?",
                DisposalStatus.DISPOSED.name(), Timestamp.from(disposed.disposedAt()), disposed.count(),
                disposed.disposalId());
    }

    private void decided(String id, DisposalStatus status, String by, Instant at, String reason) {
        jdbc.update("update disposal set status = ?, decided_by = ?, decided_at = ?, reason = ? where disposal_id = ?",
                status.name(), by, Timestamp.from(at), reason, id);
    }

    List<DisposalView> disposals() {
        return jdbc.query("select " + DISPOSAL_COLUMNS + " from disposal order by proposed_at desc, disposal_id",
                (rs, row) -> disposalView(rs));
    }

    Optional<DisposalView> disposal(String id) {
        return jdbc
            .query("select " + DISPOSAL_COLUMNS + " from disposal where disposal_id = ?", (rs, row) -> disposalView(rs),
                    id)
            .stream()
            .findFirst();
    }

    private static DisposalView disposalView(ResultSet rs) throws SQLException {
        return new DisposalView(rs.getString(1), RetentionRule.valueOf(rs.getString(2)),
                Arrays.asList(rs.getString(3).split(",")), rs.getString(4), rs.getTimestamp(5).toInstant(),
                DisposalStatus.valueOf(rs.getString(6)), rs.getString(7), instant(rs.getTimestamp(8)), rs.getString(9),
                instant(rs.getTimestamp(10)), (Integer) rs.getObject(11));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        jdbc.update("delete from retention");
        jdbc.update("delete from disposal");
    }

}
