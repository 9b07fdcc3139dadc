package org.safeguarding.post.comment;

import static org.safeguarding.kernel.audit.SystemCommands.asSystem;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.safeguarding.kernel.api.post.EscalateMissedResponse;
import org.safeguarding.kernel.api.post.ResponseDeadlineMissed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A missed response has consequences (002:142-144): once the comment records it, the
 * comment is escalated to the DSL, and {@link CommentEscalationSaga} reports the incident
 * with its retries. Kept apart from the deadline saga, which ends when the clock runs
 * out, whether or not the comment then agrees it was missed.
 */
// Public only because Axon 4's default saga factory calls the constructor without making
// it accessible.
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MissedResponseSaga {

    private static final Logger log = LoggerFactory.getLogger(MissedResponseSaga.class);

    @StartSaga
    @EndSaga
    @SagaEventHandler(associationProperty = CommentDeadlineSaga.COMMENT_ID)
    void on(ResponseDeadlineMissed event, CommandGateway commands, MissedResponseReporter reporter) {
        commands
            .send(asSystem(new EscalateMissedResponse(event.commentId(), reporter.username(),
                    "Nobody responded to the comment within its time; it goes to the DSL")))
            .exceptionally(refused -> {
                log.warn("Comment {}: missed response not escalated: {}", event.commentId(), refused.getMessage());
                return null;
            });
    }

}
