package org.safeguarding.post.comment;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.safeguarding.post.testing.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.post.CommentAction;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.safeguarding.kernel.api.post.CommentModerated;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.Escalation;
import org.safeguarding.kernel.api.post.ModerateComment;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.post.testing.RecordingPlatform;

/**
 * A comment escalated as an allegation against an adult, as incident-service will route
 * it.
 */
class CommentAllegationTest {

    private static final String ID = "comment-1";

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-18T19:30:00Z");

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final CommentReceived RECEIVED = new CommentReceived(ID, "account-1", "X", "@DimpleWell54",
            "@a_parent", "1234", "Mr Green grabbed my son by the arm in the playground", RECEIVED_AT, "post-1",
            "tweet-9", RECEIVED_AT.plus(Duration.ofHours(24)));

    private static final Subject MR_GREEN = new Subject(SubjectKind.STAFF, "Mr Green", "mgreen");

    private final FixtureConfiguration<Comment> fixture = new AggregateTestFixture<>(Comment.class);

    @BeforeEach
    void setUp() {
        fixture.registerInjectableResource(new RecordingPlatform());
    }

    private static ModerateComment escalate(Escalation escalation) {
        return new ModerateComment(ID, "moderation-1", CommentAction.HIDE, "Names a teacher; passed to the head",
                "Hidden: we do not discuss members of staff here.", escalation, null);
    }

    @Test
    void givenComment_whenEscalatedAsAnAllegationNamingATeacher_thenTheRequestCarriesTheFormThePersonAndTheFlag() {
        fixture.given(RECEIVED)
            .when(escalate(new Escalation(Category.STAFF_CONDUCT, "Parent says a teacher grabbed her son",
                    Form.SAFEGUARDING, List.of(MR_GREEN), true)), AuditMetaData.of(DSL))
            .expectEventsMatching(exactSequenceOf(messageWithPayload(instanceOf(CommentModerated.class)),
                    messageWithPayload(equalTo(new CommentEscalationRequested(ID, "moderation-1", "dsl",
                            Category.STAFF_CONDUCT, "Parent says a teacher grabbed her son",
                            "Comment by @a_parent on X account @DimpleWell54, received " + RECEIVED_AT
                                    + ":\nMr Green grabbed my son by the arm in the playground\n\nModeration: "
                                    + "HIDE. Names a teacher; passed to the head",
                            "X", RECEIVED_AT, Form.SAFEGUARDING, List.of(MR_GREEN), true))),
                    andNoMore()));
    }

    @Test
    void givenComment_whenEscalatedAsAnAllegationNamingOnlyAPupil_thenAllegationNamesNoAdult() {
        fixture.given(RECEIVED)
            .when(escalate(new Escalation(Category.STAFF_CONDUCT, "Parent's allegation", Form.SAFEGUARDING,
                    List.of(new Subject(SubjectKind.PUPIL, "Sam Hill", "P-3")), true)), AuditMetaData.of(DSL))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "allegation-names-no-adult"));
    }

}
