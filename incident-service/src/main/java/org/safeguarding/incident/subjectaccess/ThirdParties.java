package org.safeguarding.incident.subjectaccess;

import java.util.List;
import java.util.regex.Pattern;

import org.safeguarding.incident.audit.KnownPupils;
import org.safeguarding.incident.audit.Pseudonyms;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.names.KnownNames;
import org.safeguarding.kernel.security.SchoolDirectory;

/**
 * Everyone in a subject access bundle but its subject, as pseudonyms: the same keyed
 * pseudonyms governors see ({@code Pupil-…} for pupils, {@code Person-…} for adults), so
 * that the DSL can tell people apart without the person who asked learning who they are.
 * A person is known by every name and identifier the record and the registers give them
 * (pupils on record and in post-service's register, the school directory, the subjects of
 * the incidents, the authors of comments); a name known to none of them is not recognised
 * in free text, which the DSL reads before releasing.
 */
final class ThirdParties {

    /** What a person or a name stands for in the bundle. */
    private record Shown(boolean isTheSubject, String pseudonym) {
    }

    private static final String SYSTEM = "system";

    private static final Pattern TITLE = Pattern.compile("^(?i)(mr|mrs|ms|miss|mx|dr|prof)\\.?\\s+");

    private final DataSubject subject;

    private final KnownNames<Shown> known;

    private final Pseudonyms pseudonyms;

    private ThirdParties(DataSubject subject, KnownNames<Shown> known, Pseudonyms pseudonyms) {
        this.subject = subject;
        this.known = known;
        this.pseudonyms = pseudonyms;
    }

    /** Collects the people; the subject's own names and identifiers are added first. */
    static Builder around(DataSubject subject, Pseudonyms pseudonyms) {
        return new Builder(subject, pseudonyms);
    }

    /**
     * A person a record names in a field of its own (a reporter, an actor, an author):
     * the subject as given, anyone else as their pseudonym.
     */
    String person(String usernameOrName) {
        if (usernameOrName == null || usernameOrName.isBlank() || SYSTEM.equals(usernameOrName)
                || subject.is(usernameOrName)) {
            return usernameOrName;
        }
        Shown shown = whole(usernameOrName);
        return shown != null ? shown.pseudonym() : pseudonyms.ofAdultName(usernameOrName);
    }

    /**
     * A subject of an incident: the person asking as they are, anyone else by kind and
     * pseudonym.
     */
    Subject subject(Subject named) {
        if (isTheSubject(named)) {
            return named;
        }
        return new Subject(named.kind(), pseudonymOf(named), null);
    }

    boolean isTheSubject(Subject named) {
        boolean byRef = named.ref() != null && subject.ref() != null && named.ref().equals(subject.ref());
        return byRef || subject.is(named.name()) || (named.kind() != SubjectKind.PUPIL && subject.is(named.ref()));
    }

    /** Free text with every other known person replaced by their pseudonym. */
    String text(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder();
        int copied = 0;
        for (KnownNames.Mention<Shown> mention : known.find(text)) {
            if (!mention.value().isTheSubject()) {
                shown.append(text, copied, mention.start()).append(mention.value().pseudonym());
                copied = mention.end();
            }
        }
        return shown.append(text, copied, text.length()).toString();
    }

    private String pseudonymOf(Subject named) {
        Shown byName = named.name() == null ? null : whole(named.name());
        if (byName != null) {
            return byName.pseudonym();
        }
        if (named.kind() == SubjectKind.PUPIL) {
            return named.ref() != null ? pseudonyms.ofPupilRef(named.ref()) : pseudonyms.ofPupilName(named.name());
        }
        return named.ref() != null ? pseudonyms.ofAdultUsername(named.ref())
                : named.name() == null ? null : pseudonyms.ofAdultName(named.name());
    }

    /** What the whole of this name or identifier stands for, if it is known. */
    private Shown whole(String nameOrIdentifier) {
        List<KnownNames.Mention<Shown>> mentions = known.find(nameOrIdentifier);
        if (mentions.size() == 1 && nameOrIdentifier.substring(0, mentions.get(0).start()).isBlank()
                && nameOrIdentifier.substring(mentions.get(0).end()).isBlank()) {
            return mentions.get(0).value();
        }
        return null;
    }

    /** Everyone the bundle might name, each with their pseudonym. */
    static final class Builder {

        private final DataSubject subject;

        private final Pseudonyms pseudonyms;

        private final KnownNames.Builder<Shown> known = KnownNames.builder();

        private Builder(DataSubject subject, Pseudonyms pseudonyms) {
            this.subject = subject;
            this.pseudonyms = pseudonyms;
            Shown itself = new Shown(true, null);
            known.name(subject.name(), itself).identifier(subject.ref(), itself).identifier(subject.username(), itself);
        }

        Builder pupils(List<KnownPupils.KnownPupil> pupils) {
            pupils.forEach(pupil -> {
                String pseudonym = pupil.ref() != null ? pseudonyms.ofPupilRef(pupil.ref())
                        : pseudonyms.ofPupilName(pupil.name());
                known.name(pupil.name(), new Shown(false, pseudonym))
                    .identifier(pupil.ref(), new Shown(false, pseudonym));
            });
            return this;
        }

        /**
         * The school directory: each person by username, by name, and by name without the
         * title the directory gives it ("Ms Tessa Teacher" is also "Tessa Teacher").
         */
        Builder staff(List<SchoolDirectory.Listed> people) {
            people.forEach(person -> {
                Shown shown = new Shown(false, pseudonyms.ofAdultUsername(person.username()));
                known.name(person.name(), shown).identifier(person.username(), shown);
                if (person.name() != null) {
                    known.name(TITLE.matcher(person.name()).replaceFirst(""), shown);
                }
            });
            return this;
        }

        /** Adults an incident names (parents, staff, others), by name. */
        Builder adults(List<Subject> subjects) {
            subjects.stream()
                .filter(named -> named.kind() != SubjectKind.PUPIL && named.name() != null)
                .forEach(adult -> known.name(adult.name(), new Shown(false, pseudonyms.ofAdultName(adult.name()))));
            return this;
        }

        /** The authors of comments, by handle or name as the platform gave them. */
        Builder authors(List<String> authors) {
            authors.stream().filter(author -> author != null && !author.isBlank()).forEach(author -> {
                Shown shown = new Shown(false, pseudonyms.ofAdultName(author));
                known.name(author, shown).identifier(author, shown);
            });
            return this;
        }

        ThirdParties build() {
            return new ThirdParties(subject, known.build(), pseudonyms);
        }

    }

}
