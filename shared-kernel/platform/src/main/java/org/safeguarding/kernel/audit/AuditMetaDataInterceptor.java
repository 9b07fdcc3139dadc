package org.safeguarding.kernel.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.safeguarding.kernel.api.Reasoned;
import org.safeguarding.kernel.security.CurrentActor;
import org.slf4j.MDC;

/**
 * Adds the audit metadata to every command at dispatch: the signed-in actor (and the
 * service it acted through), the request it came from and the reason in its payload.
 * Metadata already present (the saga acting as the system) is kept.
 */
public class AuditMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> additions = new HashMap<>();
            if (!command.getMetaData().containsKey(AuditMetaData.ACTOR_USERNAME)) {
                CurrentActor.get().ifPresent(actor -> additions.putAll(AuditMetaData.actorEntries(actor)));
                CurrentActor.via().ifPresent(service -> additions.put(AuditMetaData.VIA, service));
            }
            if (command.getPayload() instanceof Reasoned reasoned && reasoned.reason() != null
                    && !command.getMetaData().containsKey(AuditMetaData.REASON)) {
                additions.put(AuditMetaData.REASON, reasoned.reason());
            }
            putFromMdc(additions, command, AuditMetaData.REQUEST_ID);
            putFromMdc(additions, command, AuditMetaData.REMOTE_ADDRESS);
            return additions.isEmpty() ? command : command.andMetaData(additions);
        };
    }

    private static void putFromMdc(Map<String, Object> additions, CommandMessage<?> command, String key) {
        String value = MDC.get(key);
        if (value != null && !command.getMetaData().containsKey(key)) {
            additions.put(key, value);
        }
    }

}
