package org.safeguarding.post.comment;

import static org.safeguarding.kernel.audit.SystemCommands.asSystem;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.safeguarding.kernel.api.post.CommentEscalated;
import org.safeguarding.kernel.api.post.CommentEscalationFailed;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.safeguarding.kernel.api.post.RecordCommentEscalation;
import org.safeguarding.kernel.api.post.RecordCommentEscalationFailure;
import org.safeguarding.kernel.servicecall.ServiceClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports the incident a moderator asked for in incident-service, retrying with back-off
 * on a persistent deadline while it is unreachable, so that the report is never lost; the
 * moderation itself was recorded at once. Ends when the incident id, or
 * incident-service's refusal, is on the comment.
 */
// Public only because Axon 4's default saga factory calls the constructor without making
// it accessible.
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CommentEscalationSaga {

    static final String MODERATION_ID = "moderationId";
    static final String RETRY_DEADLINE = "incident-report-retry";

    private static final Logger log = LoggerFactory.getLogger(CommentEscalationSaga.class);

    private IncidentReport report;

    private int attempts;

    private String retryDeadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = MODERATION_ID)
    void on(CommentEscalationRequested event, ServiceClient incidentService, CommandGateway commands,
            DeadlineManager deadlines) {
        report = IncidentReport.of(event);
        attempt(incidentService, commands, deadlines);
    }

    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    void retry(EscalationRetryDue due, ServiceClient incidentService, CommandGateway commands,
            DeadlineManager deadlines) {
        retryDeadlineId = null;
        attempt(incidentService, commands, deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = MODERATION_ID)
    void on(CommentEscalated event, DeadlineManager deadlines) {
        cancelRetry(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = MODERATION_ID)
    void on(CommentEscalationFailed event, DeadlineManager deadlines) {
        cancelRetry(deadlines);
    }

    private void attempt(ServiceClient incidentService, CommandGateway commands, DeadlineManager deadlines) {
        attempts++;
        try {
            JsonNode created = incidentService.send(report.call(), JsonNode.class);
            if (created == null || !created.hasNonNull("id")) {
                retryLater(incidentService, deadlines, "incident-service did not say which incident it reported");
                return;
            }
            String incidentId = created.get("id").asText();
            sendAsSystem(commands, new RecordCommentEscalation(report.commentId(), report.moderationId(), incidentId),
                    "incident-service reported incident " + incidentId);
        }
        catch (ServiceClient.Unavailable unavailable) {
            retryLater(incidentService, deadlines, unavailable.getMessage());
        }
        catch (ServiceClient.Refused refused) {
            log.warn("Comment {}: incident report refused: {}", report.commentId(), refused.getMessage());
            sendAsSystem(commands,
                    new RecordCommentEscalationFailure(report.commentId(), report.moderationId(), refused.getMessage()),
                    refused.getMessage());
        }
    }

    private void retryLater(ServiceClient incidentService, DeadlineManager deadlines, String why) {
        var delay = incidentService.retryDelay(attempts);
        log.warn("Comment {}: incident report attempt {} failed ({}); retrying in {}", report.commentId(), attempts,
                why, delay);
        retryDeadlineId = deadlines.schedule(delay, RETRY_DEADLINE, new EscalationRetryDue());
    }

    private void cancelRetry(DeadlineManager deadlines) {
        if (retryDeadlineId != null) {
            deadlines.cancelSchedule(RETRY_DEADLINE, retryDeadlineId);
            retryDeadlineId = null;
        }
    }

    private void sendAsSystem(CommandGateway commands, Object command, String reason) {
        commands.send(asSystem(command, reason)).exceptionally(refused -> {
            log.warn("Comment {}: {} not recorded: {}", report.commentId(), command.getClass().getSimpleName(),
                    refused.getMessage());
            return null;
        });
    }

}
