package org.safeguarding.incident.retention;

import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.ApproveDisposal;
import org.safeguarding.kernel.api.incident.DisposeIncident;
import org.safeguarding.kernel.api.incident.ProposeDisposal;
import org.safeguarding.kernel.api.incident.RecordDisposal;
import org.safeguarding.kernel.api.incident.RejectDisposal;
import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.audit.SystemCommands;
import org.safeguarding.kernel.retention.DisposalProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of a disposal, from the API or a page. An approval disposes of every record
 * it names and records the disposal in one transaction: either all of it is on disk or
 * none of it, and a record held since the proposal refuses the whole approval.
 */
@Component
class Disposals {

    private final CommandGateway commands;

    private final TransactionTemplate transaction;

    private final RetentionProjection disposals;

    Disposals(CommandGateway commands, TransactionTemplate transaction, RetentionProjection disposals) {
        this.commands = commands;
        this.transaction = transaction;
        this.disposals = disposals;
    }

    DisposalView propose(List<String> incidentIds, RetentionRule rule) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new ProposeDisposal(id, incidentIds, rule));
        return require(id);
    }

    DisposalView approve(String id) {
        DisposalView proposed = require(id);
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new ApproveDisposal(id));
            String why = "Disposal " + id + " under the " + proposed.rule() + " rule, approved";
            for (String incidentId : proposed.incidentIds()) {
                commands
                    .sendAndWait(SystemCommands.asSystem(new DisposeIncident(incidentId, id, proposed.rule()), why));
            }
            commands.sendAndWait(SystemCommands.asSystem(new RecordDisposal(id), why));
        });
        return require(id);
    }

    DisposalView reject(String id, String reason) {
        require(id);
        commands.sendAndWait(new RejectDisposal(id, reason));
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
