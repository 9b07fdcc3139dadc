package org.safeguarding.incident.audit;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.safeguarding.kernel.api.PersonalData;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.api.incident.IncidentReceived;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.incident.SubjectsCorrected;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pupils the event store names: each PUPIL subject of a report and each child in a
 * LADO referral, read from the events as Axon gives them (upcast to the current
 * revision), in the order they were named, each under the incident that named them: a
 * disposed incident takes its pupils' names with it, and an erased name is no name.
 */
@Component
@ProcessingGroup(PupilsOnRecordProjection.NAME)
class PupilsOnRecordProjection implements RebuildableProjection {

    static final String NAME = "pupils-on-record";

    /** A pupil as an event named them: by name, by ref, or both. */
    record PupilOnRecord(String name, String ref) {
    }

    private final JdbcTemplate jdbc;

    PupilsOnRecordProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IncidentReported reported, @SourceId String incidentId) {
        reported.subjects()
            .stream()
            .filter(subject -> subject.kind() == SubjectKind.PUPIL)
            .forEach(pupil -> add(incidentId, pupil.name(), pupil.ref()));
    }

    @EventHandler
    void on(IncidentReceived received, @SourceId String incidentId) {
        received.subjects()
            .stream()
            .filter(subject -> subject.kind() == SubjectKind.PUPIL)
            .forEach(pupil -> add(incidentId, pupil.name(), pupil.ref()));
    }

    @EventHandler
    void on(SubjectsCorrected corrected, @SourceId String incidentId) {
        corrected.after()
            .stream()
            .filter(subject -> subject.kind() == SubjectKind.PUPIL)
            .forEach(pupil -> add(incidentId, pupil.name(), pupil.ref()));
    }

    @EventHandler
    void on(ReferredToLADO referred, @SourceId String incidentId) {
        List<String> children = referred.details() == null ? null : referred.details().childrenInvolved();
        if (children != null) {
            children.forEach(child -> add(incidentId, child, null));
        }
    }

    @EventHandler
    void on(IncidentDisposed disposed) {
        jdbc.update("delete from pupil_on_record where incident_id = ?", disposed.incidentId());
    }

    private void add(String incidentId, String name, String ref) {
        if (present(name) || present(ref)) {
            jdbc.update("insert into pupil_on_record (incident_id, name, ref) values (?, ?, ?)", incidentId,
                    present(name) ? name : null, present(ref) ? ref : null);
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank() && !PersonalData.ERASED.equals(text);
    }

    /** Every pupil named so far, first named first. */
    List<PupilOnRecord> pupils() {
        return jdbc.query("select name, ref from pupil_on_record order by id",
                (rs, row) -> new PupilOnRecord(rs.getString(1), rs.getString(2)));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        jdbc.update("delete from pupil_on_record");
    }

}
