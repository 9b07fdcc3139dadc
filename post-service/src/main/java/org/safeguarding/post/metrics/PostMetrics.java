package org.safeguarding.post.metrics;

import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.ApprovePost;
import org.safeguarding.kernel.api.post.CommentModerated;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.DraftPost;
import org.safeguarding.kernel.api.post.PostApproved;
import org.safeguarding.kernel.api.post.PostDrafted;
import org.safeguarding.kernel.api.post.PostPublished;
import org.safeguarding.kernel.api.post.PostRejected;
import org.safeguarding.kernel.api.post.PostSubmitted;
import org.safeguarding.kernel.api.post.PublishPost;
import org.safeguarding.kernel.api.post.ResponseDeadlineMissed;
import org.safeguarding.kernel.api.post.SubmitPost;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counters for the posting and moderation workflow: posts by outcome, posting-policy
 * violations by code (counted when they stop a post, which records no event), comments
 * received, acted on and overdue, and deletions. No pupil, staff or commenter identity
 * goes into a tag.
 */
@Component
@ProcessingGroup(PostMetrics.NAME)
class PostMetrics {

    static final String NAME = "metrics";

    private static final Set<Class<?>> POLICY_CHECKED = Set.of(DraftPost.class, SubmitPost.class, ApprovePost.class,
            PublishPost.class);

    private final MeterRegistry registry;

    PostMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Autowired
    void countRefusals(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new RefusalCounter());
    }

    @EventHandler
    void on(PostDrafted event) {
        post("drafted");
    }

    @EventHandler
    void on(PostSubmitted event) {
        post("submitted");
    }

    @EventHandler
    void on(PostApproved event) {
        post("approved");
    }

    @EventHandler
    void on(PostRejected event) {
        post("rejected");
    }

    @EventHandler
    void on(PostPublished event) {
        post("published");
    }

    @EventHandler
    void on(CommentReceived event) {
        registry.counter("safeguarding.comments.received").increment();
    }

    @EventHandler
    void on(CommentModerated event) {
        registry.counter("safeguarding.comments.moderated", "action", event.action().name()).increment();
    }

    @EventHandler
    void on(ResponseDeadlineMissed event) {
        registry.counter("safeguarding.comments.overdue").increment();
    }

    @EventHandler
    void on(ContentDeleted event) {
        // The meter keeps its published name: dashboards and alerts query it.
        registry
            .counter("safeguarding.content.removals", "type", event.type().name(), "trigger",
                    event.incidentId() == null ? "moderation" : "incident")
            .increment();
    }

    private void post(String outcome) {
        registry.counter("safeguarding.posts", "outcome", outcome).increment();
    }

    /**
     * A post stopped by the posting policy leaves no event behind, so it is counted as
     * the command fails.
     */
    private final class RefusalCounter implements MessageHandlerInterceptor<CommandMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
                throws Exception {
            try {
                return interceptorChain.proceed();
            }
            catch (RuleViolation refusal) {
                if (POLICY_CHECKED.contains(unitOfWork.getMessage().getPayloadType())
                        && refusal.kind() == RuleViolation.Kind.UNPROCESSABLE) {
                    post("refused");
                    for (Violation violation : refusal.violations()) {
                        registry.counter("safeguarding.posting.violations", "code", violation.code()).increment();
                    }
                }
                throw refusal;
            }
        }

    }

}
