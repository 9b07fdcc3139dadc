package org.safeguarding.post.comment;

import static org.safeguarding.kernel.audit.SystemCommands.asSystem;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.safeguarding.kernel.api.post.CommentAuthorBlocked;
import org.safeguarding.kernel.api.post.CommentModerated;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.RecordMissedResponse;
import org.safeguarding.kernel.api.post.ResponseDeadlineReinstated;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response clock of an inbound comment: if nobody has acted on it by
 * {@code respondBy}, the system records it as overdue. Any moderation or deletion stops
 * the clock. The deadline lives in db-scheduler's table; one the reconciler found missing
 * from it is scheduled again when the comment records its reinstatement.
 */
// Public only because Axon 4's default saga factory calls the constructor without making
// it accessible.
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CommentDeadlineSaga {

    static final String COMMENT_ID = "commentId";
    static final String RESPONSE_DEADLINE = "comment-response-deadline";

    private static final Logger log = LoggerFactory.getLogger(CommentDeadlineSaga.class);

    private static final DateTimeFormatter SCHOOL_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm");

    private String commentId;

    private String responseDeadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = COMMENT_ID)
    void on(CommentReceived event, DeadlineManager deadlines) {
        commentId = event.commentId();
        scheduleResponse(event.respondBy(), deadlines);
    }

    /**
     * Starts the saga again should its state have gone too; a due time already passed
     * fires at once.
     */
    @StartSaga
    @SagaEventHandler(associationProperty = COMMENT_ID)
    void on(ResponseDeadlineReinstated event, DeadlineManager deadlines) {
        commentId = event.commentId();
        scheduleResponse(event.respondBy(), deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = COMMENT_ID)
    void on(CommentModerated event, DeadlineManager deadlines) {
        cancelResponseDeadline(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contentId", keyName = COMMENT_ID)
    void on(ContentDeleted event, DeadlineManager deadlines) {
        cancelResponseDeadline(deadlines);
    }

    /** Blocking the author for an incident acts on the comment too. */
    @EndSaga
    @SagaEventHandler(associationProperty = COMMENT_ID)
    void on(CommentAuthorBlocked event, DeadlineManager deadlines) {
        cancelResponseDeadline(deadlines);
    }

    @DeadlineHandler(deadlineName = RESPONSE_DEADLINE)
    void responseOverdue(ResponseDue due, CommandGateway commands) {
        responseDeadlineId = null;
        String reason = "Nobody acted on the comment by "
                + ZonedDateTime.ofInstant(due.respondBy(), WorkingCalendar.SCHOOL_ZONE).format(SCHOOL_TIME)
                + " (Europe/London)";
        commands.send(asSystem(new RecordMissedResponse(commentId, due.respondBy(), reason))).exceptionally(refused -> {
            log.info("Comment {}: not recorded as overdue: {}", commentId, refused.getMessage());
            return null;
        });
        SagaLifecycle.end();
    }

    private void scheduleResponse(Instant respondBy, DeadlineManager deadlines) {
        cancelResponseDeadline(deadlines);
        responseDeadlineId = deadlines.schedule(respondBy, RESPONSE_DEADLINE, new ResponseDue(commentId, respondBy));
    }

    private void cancelResponseDeadline(DeadlineManager deadlines) {
        if (responseDeadlineId != null) {
            deadlines.cancelSchedule(RESPONSE_DEADLINE, responseDeadlineId);
            responseDeadlineId = null;
        }
    }

}
