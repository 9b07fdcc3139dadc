package org.safeguarding.post.staff;

import java.util.List;
import java.util.stream.Stream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AcknowledgePolicy;
import org.safeguarding.kernel.api.post.FindPostingReadiness;
import org.safeguarding.kernel.api.post.PostingReadiness;
import org.safeguarding.kernel.api.post.RecordTraining;
import org.safeguarding.kernel.api.post.StaffMemberId;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.safeguarding.post.policy.SchoolPolicy;
import org.springframework.stereotype.Component;

/**
 * Staff training and policy acknowledgements as the API uses them: the same checks and
 * commands, and the report of who has not yet acknowledged the current version.
 */
@Component
class StaffRecords {

    private final CommandGateway commands;

    private final EventStore events;

    private final SchoolDirectory directory;

    private final SchoolPolicy policy;

    StaffRecords(CommandGateway commands, EventStore events, SchoolDirectory directory, SchoolPolicy policy) {
        this.commands = commands;
        this.events = events;
        this.directory = directory;
        this.policy = policy;
    }

    StaffRecordView recordTraining(String username, StaffRequests.Training body) {
        if (directory.actor(username).isEmpty()) {
            throw new RuleViolation(StaffProblem.UNKNOWN_PERSON, "Not in the school directory: " + username);
        }
        commands.sendAndWait(new RecordTraining(username, body.kind(), body.completedOn(), body.note()));
        return current(username);
    }

    StaffRecordView acknowledge(StaffRequests.Acknowledgement body) {
        String username = CurrentActor.require().username();
        commands.sendAndWait(new AcknowledgePolicy(username, body.version()));
        return current(username);
    }

    /**
     * A person's own record, or anyone's for those who record training; to anyone else it
     * does not exist.
     */
    StaffRecordView visible(String username) {
        Actor reader = CurrentActor.require();
        if (!reader.username().equals(username) && !isTrainingRecorder(reader)) {
            throw new RuleViolation(StaffProblem.STAFF_RECORD_NOT_FOUND, "No such staff record");
        }
        return current(username);
    }

    /**
     * The members of staff in the directory who have not acknowledged the current
     * version, by name.
     */
    StaffRequests.AcknowledgementReport unacknowledged() {
        List<StaffRequests.Outstanding> outstanding = directory.people()
            .stream()
            .filter(person -> person.roles().contains(Role.STAFF))
            .flatMap(person -> {
                StaffRecordView record = current(person.username());
                return record.readiness().hasAcknowledged(policy.version()) ? Stream.empty()
                        : Stream.of(new StaffRequests.Outstanding(person.username(), person.name(),
                                record.lastAcknowledgedVersion()));
            })
            .toList();
        return new StaffRequests.AcknowledgementReport(policy.version(), outstanding);
    }

    @QueryHandler
    PostingReadiness handle(FindPostingReadiness query) {
        return current(query.username()).readiness();
    }

    private StaffRecordView current(String username) {
        StaffRecordView record = StaffRecordView.empty(username);
        events.readEvents(StaffMemberId.of(username))
            .asStream()
            .filter(message -> StaffMember.class.getSimpleName().equals(message.getType()))
            .forEach(record::apply);
        return record;
    }

    private static boolean isTrainingRecorder(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SLT, Role.HEADTEACHER, Role.COMPUTING_LEAD);
    }

}
