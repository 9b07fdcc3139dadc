package org.safeguarding.post.account;

import static org.safeguarding.kernel.audit.SystemCommands.asSystem;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.api.post.RemovePoster;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Someone gone from the school directory has left (002:90-92): the posting check already
 * ignores them, and at start-up, when the directory is read, their place as a poster is
 * ended in the record too, which makes the password change due at once.
 */
@Component
class Leavers {

    static final String REASON = "Left the school directory";

    private static final Logger log = LoggerFactory.getLogger(Leavers.class);

    private final AccountViewRepository views;

    private final SchoolDirectory directory;

    private final CommandGateway commands;

    Leavers(AccountViewRepository views, SchoolDirectory directory, CommandGateway commands) {
        this.views = views;
        this.directory = directory;
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeLeavers() {
        for (AccountView account : views.active()) {
            account.posters()
                .stream()
                .filter(poster -> directory.actor(poster).isEmpty())
                .forEach(poster -> remove(account, poster));
        }
    }

    /** Another instance starting at the same moment may have removed them first. */
    private void remove(AccountView account, String poster) {
        try {
            commands.sendAndWait(asSystem(new RemovePoster(account.id(), poster, null), REASON));
            log.warn("{} is no longer in the school directory: removed as a poster of {} {}", poster,
                    account.platform(), account.handle());
        }
        catch (RuntimeException refused) {
            log.info("{} not removed as a poster of {}: {}", poster, account.id(), refused.getMessage());
        }
    }

}
