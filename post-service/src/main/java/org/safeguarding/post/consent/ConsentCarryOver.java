package org.safeguarding.post.consent;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.post.RecordPupilConsent;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, records as events the lines of a consent register kept before it was event-sourced, so that every
 * line has a history and the register can be rebuilt from the event store. The system records them, naming in the
 * reason who last changed the line and when.
 */
@Component
class ConsentCarryOver implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConsentCarryOver.class);

    private final ConsentRegister register;
    private final CommandGateway commands;

    ConsentCarryOver(ConsentRegister register, CommandGateway commands) {
        this.register = register;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (PupilRecord line : register.withoutHistory()) {
            String reason = "Carried over from the consent register kept before it was event-sourced; last changed by "
                    + line.updatedBy() + " at " + line.updatedAt();
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordPupilConsent(line.ref(), line.name(),
                        line.photoConsent(), line.noPhotoList(), reason)).andMetaData(AuditMetaData.of(Actor.SYSTEM, reason)));
            } catch (RuntimeException e) {
                // Another instance starting at the same moment may have carried it first; the next start tries again.
                log.warn("Consent line {} not carried over yet: {}", line.ref(), e.getMessage());
            }
        }
    }
}
