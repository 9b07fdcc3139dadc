package org.safeguarding.incident.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.page.SchoolTimes;
import org.springframework.validation.BeanPropertyBindingResult;

class ConcernFormTest {

    @Test
    void emptyRowsAreNobodyAndEachPersonsRuleIsShownOnTheirOwnRow() {
        ConcernForm concern = ConcernForm.blank(Form.E_SAFETY, "2026-11-23T14:05");
        concern.setSummary("  Swearing under a post  ");
        concern.setChannel("SCHOOL_ACCOUNT");
        concern.setContentType("COMMENT");
        concern.setSubjects(List.of(new ConcernForm.Person(), person("PUPIL", "Amy"), person("", "Bob")));
        var errors = new BeanPropertyBindingResult(concern, "concern");

        IncidentRequests.Report request = concern.toRequest(new SchoolTimes(), errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(request.form()).isEqualTo(Form.E_SAFETY);
        assertThat(request.summary()).isEqualTo("Swearing under a post");
        assertThat(request.occurredAt()).isEqualTo(Instant.parse("2026-11-23T14:05:00Z"));
        assertThat(request.channel()).isEqualTo(Channel.SCHOOL_ACCOUNT);
        assertThat(request.contentRef()).isEqualTo(new IncidentRequests.ContentRefBody(ContentType.COMMENT, null));
        assertThat(request.subjects()).containsExactly(new IncidentRequests.SubjectBody(SubjectKind.PUPIL, "Amy", null),
                new IncidentRequests.SubjectBody(null, "Bob", null));
        assertThat(concern.fieldOnForm("subjects[1].kind")).isEqualTo("subjects[2].kind");
        assertThat(concern.fieldOnForm("contentRef.id")).isEqualTo("contentId");
        assertThat(concern.fieldOnForm("summary")).isEqualTo("summary");
    }

    @Test
    void whatCannotBeReadIsShownBesideItsField() {
        ConcernForm concern = ConcernForm.blank(Form.SAFEGUARDING, "last Tuesday");
        concern.setCategory("NOT_A_CATEGORY");
        var errors = new BeanPropertyBindingResult(concern, "concern");

        IncidentRequests.Report request = concern.toRequest(new SchoolTimes(), errors);

        assertThat(request.occurredAt()).isNull();
        assertThat(request.category()).isNull();
        assertThat(errors.getFieldError("occurredAt").getDefaultMessage()).isEqualTo("is not a date and time");
        assertThat(errors.getFieldError("category").getDefaultMessage()).isEqualTo("is not one of the choices");
        assertThat(errors.getFieldValue("occurredAt")).as("kept as typed").isEqualTo("last Tuesday");
    }

    private static ConcernForm.Person person(String kind, String name) {
        ConcernForm.Person person = new ConcernForm.Person();
        person.setKind(kind);
        person.setName(name);
        return person;
    }

}
