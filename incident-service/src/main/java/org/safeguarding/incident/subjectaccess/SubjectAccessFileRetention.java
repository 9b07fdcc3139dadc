package org.safeguarding.incident.subjectaccess;

import java.time.Instant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.api.incident.DeleteSubjectAccessFile;
import org.safeguarding.kernel.audit.SystemCommands;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the subject access files kept longer than the school's period: a bundle holds
 * copies of records that are themselves disposed of in time, so it must not outlive them
 * for ever. Each deletion is recorded on its request, in the same transaction.
 */
@Component
public class SubjectAccessFileRetention {

    private final SubjectAccessFiles files;

    private final CommandGateway commands;

    private final TransactionTemplate transaction;

    SubjectAccessFileRetention(SubjectAccessFiles files, CommandGateway commands, TransactionTemplate transaction) {
        this.files = files;
        this.commands = commands;
        this.transaction = transaction;
    }

    /**
     * @return how many files were deleted
     */
    public int deleteKeptBefore(Instant before) {
        int deleted = 0;
        for (String requestId : files.keptBefore(before)) {
            transaction.executeWithoutResult(status -> {
                commands.sendAndWait(SystemCommands.asSystem(new DeleteSubjectAccessFile(requestId),
                        "Subject access file past its retention period"));
                files.delete(requestId);
            });
            deleted++;
        }
        return deleted;
    }

}
