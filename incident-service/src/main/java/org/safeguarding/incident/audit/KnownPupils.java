package org.safeguarding.incident.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguarding.kernel.api.post.PupilName;
import org.springframework.stereotype.Component;

/**
 * Every pupil who might be named in the record: those the event store names first (they
 * keep their pseudonyms whether or not the register can be read), then everyone in
 * post-service's pupil register.
 */
@Component
public class KnownPupils {

    /** A pupil by name, ref or both. */
    public record KnownPupil(String name, String ref) {
    }

    /** The pupils, and whether the register could be read, so that none is missing. */
    public record Pupils(List<KnownPupil> pupils, boolean complete) {
    }

    private final PupilsOnRecordProjection pupilsOnRecord;

    private final PupilRegister register;

    KnownPupils(PupilsOnRecordProjection pupilsOnRecord, PupilRegister register) {
        this.pupilsOnRecord = pupilsOnRecord;
        this.register = register;
    }

    public Pupils all() {
        List<KnownPupil> pupils = new ArrayList<>();
        pupilsOnRecord.pupils().forEach(pupil -> pupils.add(new KnownPupil(pupil.name(), pupil.ref())));
        Optional<List<PupilName>> registered = register.names();
        registered.ifPresent(names -> names.forEach(pupil -> pupils.add(new KnownPupil(pupil.name(), pupil.ref()))));
        return new Pupils(pupils, registered.isPresent());
    }

}
