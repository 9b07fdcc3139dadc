package org.safeguarding.incident.removal;

import static org.safeguarding.kernel.audit.SystemCommands.asSystem;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.CompleteModerationAction;
import org.safeguarding.kernel.api.incident.ContentRef;
import org.safeguarding.kernel.api.incident.FailModerationAction;
import org.safeguarding.kernel.api.incident.ModerationActionRecorded;
import org.safeguarding.kernel.api.incident.ModerationActionType;
import org.safeguarding.kernel.api.incident.ModerationStatus;
import org.safeguarding.kernel.servicecall.ServiceCall;
import org.safeguarding.kernel.servicecall.ServiceClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a pending DELETE_CONTENT or BLOCK_USER: asks post-service to delete the
 * content, or to block the comment's author, on behalf of the person who asked, and
 * records the outcome on the incident. While post-service cannot be reached it asks again
 * on a persistent deadline with back-off, so the request survives restarts of either
 * service; the idempotency key makes sure it is done once.
 */
// Stored sagas (saga_entry) name this class: it keeps its released name and package.
// Public only because Axon 4's default saga factory calls the constructor without making
// it accessible.
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ContentRemovalSaga {

    /**
     * Scheduled retries carry this name in scheduled_tasks: it keeps its released
     * spelling.
     */
    static final String RETRY_DEADLINE = "content-removal-retry";

    private static final Logger log = LoggerFactory.getLogger(ContentRemovalSaga.class);

    private String incidentId;

    private String actionId;

    private ContentRef content;

    private String requestedBy;

    /** Absent in sagas stored before blocks were carried out: those delete. */
    private ModerationActionType action;

    private int attempts;

    @StartSaga
    @SagaEventHandler(associationProperty = "actionId")
    void on(ModerationActionRecorded event, Actor actor, ServiceClient postService, DeadlineManager deadlines,
            CommandGateway commands) {
        if (event.status() != ModerationStatus.PENDING) {
            SagaLifecycle.end();
            return;
        }
        incidentId = event.incidentId();
        actionId = event.actionId();
        content = event.contentRef();
        requestedBy = actor.username();
        action = event.action();
        attempt(postService, deadlines, commands);
    }

    /**
     * The payload of a retry deadline: the saga holds all a retry needs. scheduled_tasks
     * names this class, so it keeps its released name; retries stored with the fields it
     * used to have still read (unknown properties are ignored).
     */
    record RetryRemoval() {
    }

    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    void retry(RetryRemoval retry, ServiceClient postService, DeadlineManager deadlines, CommandGateway commands) {
        attempt(postService, deadlines, commands);
    }

    /** The body of post-service's {@code POST /api/content/{id}/deletion}. */
    record Deletion(String reason, String incidentId) {
    }

    /** post-service's {@code POST /api/content/{id}/deletion}. */
    static ServiceCall deletion(ContentRef content, String incidentId, String requestedBy) {
        return ServiceCall
            .post("/api/content/{id}/deletion",
                    new Deletion("Removed for safeguarding incident " + incidentId, incidentId), content.id())
            .onBehalfOf(requestedBy)
            .withIdempotencyKey(incidentId);
    }

    /** The body of post-service's {@code POST /api/content/{id}/author-block}. */
    record AuthorBlock(String reason, String incidentId) {
    }

    /**
     * post-service's {@code POST /api/content/{id}/author-block}; keyed by the action, as
     * the deletion's released key is the incident id alone.
     */
    static ServiceCall authorBlock(ContentRef content, String incidentId, String actionId, String requestedBy) {
        return ServiceCall
            .post("/api/content/{id}/author-block",
                    new AuthorBlock("Blocked for safeguarding incident " + incidentId, incidentId), content.id())
            .onBehalfOf(requestedBy)
            .withIdempotencyKey(incidentId + "-" + actionId);
    }

    private ServiceCall call() {
        return action == ModerationActionType.BLOCK_USER ? authorBlock(content, incidentId, actionId, requestedBy)
                : deletion(content, incidentId, requestedBy);
    }

    private void attempt(ServiceClient postService, DeadlineManager deadlines, CommandGateway commands) {
        attempts++;
        try {
            postService.send(call());
            finish(commands, new CompleteModerationAction(incidentId, actionId), null);
        }
        catch (ServiceClient.Refused refused) {
            finish(commands, new FailModerationAction(incidentId, actionId, refused.getMessage()),
                    refused.getMessage());
        }
        catch (ServiceClient.Unavailable unavailable) {
            log.warn("Incident {}: {} of {} {} failed (attempt {}): {}; trying again", incidentId,
                    action == null ? ModerationActionType.DELETE_CONTENT : action, content.type(), content.id(),
                    attempts, unavailable.getMessage());
            deadlines.schedule(postService.retryDelay(attempts), RETRY_DEADLINE, new RetryRemoval());
        }
    }

    private void finish(CommandGateway commands, Object command, String reason) {
        try {
            commands.sendAndWait(asSystem(command, reason));
        }
        catch (RuntimeException alreadySettled) {
            log.info("Incident {}: moderation action {} already settled: {}", incidentId, actionId,
                    alreadySettled.getMessage());
        }
        SagaLifecycle.end();
    }

}
