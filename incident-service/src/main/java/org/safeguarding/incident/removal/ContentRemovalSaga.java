package org.safeguarding.incident.removal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.GenericCommandMessage;
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
import org.safeguarding.kernel.api.incident.ModerationStatus;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a pending DELETE_CONTENT: asks post-service to delete the content and records the outcome on the
 * incident. While post-service cannot be reached it asks again on a persistent deadline with back-off, so the
 * request survives restarts of either service; the idempotency key makes sure it is done once.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ContentRemovalSaga {

    static final String RETRY_DEADLINE = "content-removal-retry";
    private static final Logger log = LoggerFactory.getLogger(ContentRemovalSaga.class);

    private String incidentId;
    private String actionId;
    private ContentRef content;
    private String requestedBy;
    private int attempts;

    @StartSaga
    @SagaEventHandler(associationProperty = "actionId")
    void on(ModerationActionRecorded event, Actor actor, ContentRemoval removal, RemovalRetryPolicy retries,
            DeadlineManager deadlines, CommandGateway commands) {
        if (event.status() != ModerationStatus.PENDING) {
            SagaLifecycle.end();
            return;
        }
        incidentId = event.incidentId();
        actionId = event.actionId();
        content = event.contentRef();
        requestedBy = actor.username();
        attempt(removal, retries, deadlines, commands);
    }

    /** The payload of a retry deadline; the first parameter of a deadline handler is its payload. */
    record RetryRemoval(String incidentId, String actionId, int attempt) {
    }

    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    void retry(RetryRemoval retry, ContentRemoval removal, RemovalRetryPolicy retries, DeadlineManager deadlines, CommandGateway commands) {
        attempt(removal, retries, deadlines, commands);
    }

    private void attempt(ContentRemoval removal, RemovalRetryPolicy retries, DeadlineManager deadlines,
                         CommandGateway commands) {
        attempts++;
        ContentRemoval.Result result = removal.remove(content, incidentId, requestedBy);
        switch (result.outcome()) {
            case REMOVED -> finish(commands, new CompleteModerationAction(incidentId, actionId), null);
            case REFUSED -> finish(commands, new FailModerationAction(incidentId, actionId, result.detail()), result.detail());
            case UNAVAILABLE -> {
                log.warn("Incident {}: removing {} {} failed (attempt {}): {}; trying again", incidentId,
                        content.type(), content.id(), attempts, result.detail());
                deadlines.schedule(retries.delayBefore(attempts), RETRY_DEADLINE,
                        new RetryRemoval(incidentId, actionId, attempts + 1));
            }
        }
    }

    private void finish(CommandGateway commands, Object command, String reason) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(AuditMetaData.of(Actor.SYSTEM, reason)));
        } catch (RuntimeException alreadySettled) {
            log.info("Incident {}: moderation action {} already settled: {}", incidentId, actionId, alreadySettled.getMessage());
        }
        SagaLifecycle.end();
    }
}
