package org.safeguarding.post.retention;

import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.ApproveContentDisposal;
import org.safeguarding.kernel.api.post.ContentRetentionRule;
import org.safeguarding.kernel.api.post.DisposeComment;
import org.safeguarding.kernel.api.post.DisposePost;
import org.safeguarding.kernel.api.post.ProposeContentDisposal;
import org.safeguarding.kernel.api.post.RecordContentDisposal;
import org.safeguarding.kernel.api.post.RejectContentDisposal;
import org.safeguarding.kernel.audit.SystemCommands;
import org.safeguarding.kernel.retention.DisposalProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of a disposal, from the API or the page. An approval disposes of every post
 * or comment it names and records the disposal in one transaction: either all of it is on
 * disk or none of it.
 */
@Component
class Disposals {

    private final CommandGateway commands;

    private final TransactionTemplate transaction;

    private final DisposalProjection disposals;

    Disposals(CommandGateway commands, TransactionTemplate transaction, DisposalProjection disposals) {
        this.commands = commands;
        this.transaction = transaction;
        this.disposals = disposals;
    }

    DisposalView propose(List<String> contentIds, ContentRetentionRule rule) {
        String id = UUID.randomUUID().toString();
        // An id ticked twice is one item: the count on the certificate is of items.
        commands.sendAndWait(new ProposeContentDisposal(id, contentIds.stream().distinct().toList(), rule));
        return require(id);
    }

    DisposalView approve(String id) {
        DisposalView proposed = require(id);
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new ApproveContentDisposal(id));
            String why = "Disposal " + id + " under the " + proposed.rule() + " rule, approved";
            for (String contentId : proposed.contentIds()) {
                Object dispose = switch (proposed.rule()) {
                    case POSTS -> new DisposePost(contentId, id);
                    case COMMENTS -> new DisposeComment(contentId, id);
                };
                commands.sendAndWait(SystemCommands.asSystem(dispose, why));
            }
            commands.sendAndWait(SystemCommands.asSystem(new RecordContentDisposal(id), why));
        });
        return require(id);
    }

    DisposalView reject(String id, String reason) {
        require(id);
        commands.sendAndWait(new RejectContentDisposal(id, reason));
        return require(id);
    }

    List<DisposalView> all() {
        return disposals.disposals();
    }

    DisposalView require(String id) {
        return disposals.disposal(id)
            .orElseThrow(() -> new RuleViolation(DisposalProblem.DISPOSAL_NOT_FOUND, "No disposal " + id));
    }

}
