package org.safeguarding.kernel.audit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Commands the workflow sends itself (timers, sagas, the deadline reconciler): no person
 * is behind them, so they carry {@link Actor#SYSTEM} and the reason the record shows, and
 * the aggregates let only the system send them.
 */
public final class SystemCommands {

    private SystemCommands() {
    }

    /**
     * The command as the system sends it; {@code reason} may be null when the command
     * speaks for itself.
     */
    public static CommandMessage<?> asSystem(Object command, String reason) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(AuditMetaData.of(Actor.SYSTEM, reason));
    }

    /** The command as the system sends it, recorded with the reason it gives. */
    public static CommandMessage<?> asSystem(Reasoned command) {
        return asSystem(command, command.reason());
    }

}
