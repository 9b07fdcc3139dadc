package org.safeguarding.incident.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.page.FormValues;
import org.safeguarding.kernel.page.SchoolTimes;
import org.springframework.validation.Errors;

/**
 * What the report-a-concern page sends, kept as typed, so that a form a rule refused
 * comes back exactly as it was. It becomes the API's {@link IncidentRequests.Report}, and
 * the same rules check both.
 */
public class ConcernForm {

    /** One person the concern is about: a row of the form; a row left empty is nobody. */
    public static class Person {

        private String kind;

        private String name;

        private String ref;

        private String dateOfBirth;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRef() {
            return ref;
        }

        public void setRef(String ref) {
            this.ref = ref;
        }

        public String getDateOfBirth() {
            return dateOfBirth;
        }

        public void setDateOfBirth(String dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
        }

        boolean isEmpty() {
            return FormValues.blank(kind) && FormValues.blank(name) && FormValues.blank(ref)
                    && FormValues.blank(dateOfBirth);
        }

        /**
         * The people of these rows, empty rows left out; a kind not offered is put beside
         * its row's field.
         */
        public static List<IncidentRequests.SubjectBody> subjects(List<Person> rows, Errors errors) {
            List<IncidentRequests.SubjectBody> people = new ArrayList<>();
            for (int row = 0; row < rows.size(); row++) {
                Person person = rows.get(row);
                if (!person.isEmpty()) {
                    people
                        .add(new IncidentRequests.SubjectBody(
                                FormValues.choice(person.kind, SubjectKind::valueOf, "subjects[" + row + "].kind",
                                        errors),
                                FormValues.text(person.name), FormValues.text(person.ref),
                                FormValues.date(person.dateOfBirth, "subjects[" + row + "].dateOfBirth", errors)));
                }
            }
            return people;
        }

        /** A row showing a person already on record. */
        public static Person of(Subject subject) {
            Person person = new Person();
            person.kind = subject.kind().name();
            person.name = subject.name();
            person.ref = subject.ref();
            person.dateOfBirth = subject.dateOfBirth() == null ? null : subject.dateOfBirth().toString();
            return person;
        }

    }

    private static final Pattern SUBJECT_FIELD = Pattern.compile("subjects\\[(\\d+)](.*)");

    private String form;

    private String category;

    private String summary;

    private String details;

    private String occurredAt;

    private String channel;

    private String platform;

    private String contentType;

    private String contentId;

    private boolean allegationAgainstAdult;

    private List<Person> subjects = new ArrayList<>();

    /** The form's row of each person in the request, in the request's order. */
    private final List<Integer> rowOfSubject = new ArrayList<>();

    static ConcernForm blank(Form form, String occurredAt) {
        ConcernForm concern = new ConcernForm();
        concern.form = form.name();
        concern.occurredAt = occurredAt;
        return concern;
    }

    /**
     * The request this form asks for. What cannot be read (a choice that is not offered,
     * a time that is not one) is left out of it and put beside its field instead.
     */
    IncidentRequests.Report toRequest(SchoolTimes times, Errors errors) {
        rowOfSubject.clear();
        for (int row = 0; row < subjects.size(); row++) {
            if (!subjects.get(row).isEmpty()) {
                rowOfSubject.add(row);
            }
        }
        List<IncidentRequests.SubjectBody> people = Person.subjects(subjects, errors);
        IncidentRequests.ContentRefBody contentRef = FormValues.blank(contentType) && FormValues.blank(contentId) ? null
                : new IncidentRequests.ContentRefBody(
                        FormValues.choice(contentType, ContentType::valueOf, "contentType", errors),
                        FormValues.text(contentId));
        return new IncidentRequests.Report(FormValues.choice(form, Form::valueOf, "form", errors),
                FormValues.choice(category, Category::valueOf, "category", errors),
                summary == null ? "" : summary.strip(), FormValues.text(details),
                FormValues.time(times, occurredAt, "occurredAt", errors),
                FormValues.choice(channel, Channel::valueOf, "channel", errors), FormValues.text(platform), contentRef,
                people, allegationAgainstAdult);
    }

    /**
     * The form field that shows a field of the request: a person's by their row, the
     * content reference's by its own two fields.
     */
    String fieldOnForm(String requestField) {
        Matcher subject = SUBJECT_FIELD.matcher(requestField);
        if (subject.matches()) {
            return "subjects[" + rowOfSubject.get(Integer.parseInt(subject.group(1))) + "]" + subject.group(2);
        }
        return switch (requestField) {
            case "contentRef", "contentRef.type" -> "contentType";
            case "contentRef.id" -> "contentId";
            default -> requestField;
        };
    }

    /** Rows for at least this many people: empty ones added at the end. */
    void keepPeopleRows(int atLeast) {
        while (subjects.size() < atLeast) {
            subjects.add(new Person());
        }
    }

    void addPerson() {
        subjects.add(new Person());
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public String getContentId() {
        return contentId;
    }

    public void setContentId(String contentId) {
        this.contentId = contentId;
    }

    public boolean isAllegationAgainstAdult() {
        return allegationAgainstAdult;
    }

    public void setAllegationAgainstAdult(boolean allegationAgainstAdult) {
        this.allegationAgainstAdult = allegationAgainstAdult;
    }

    public List<Person> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<Person> subjects) {
        this.subjects = subjects;
    }

}
