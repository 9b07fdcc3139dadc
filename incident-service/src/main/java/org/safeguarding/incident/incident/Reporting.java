package org.safeguarding.incident.incident;

import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.ContentRef;
import org.safeguarding.kernel.api.incident.ReportIncident;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.staff.CountAvailableStaff;
import org.springframework.stereotype.Component;

/**
 * A report, from the API or from the report-a-concern page, turned into
 * {@link ReportIncident} in this one place and sent.
 */
@Component
class Reporting {

    private final CommandGateway commands;

    private final QueryGateway queries;

    Reporting(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * @return the new incident's id
     */
    String report(IncidentRequests.Report body) {
        String id = UUID.randomUUID().toString();
        long computingLeadsAvailable = queries
            .query(new CountAvailableStaff(Role.COMPUTING_LEAD), ResponseTypes.instanceOf(Long.class))
            .join();
        List<Subject> subjects = body.subjects() == null ? List.of()
                : body.subjects().stream().map(IncidentRequests.SubjectBody::toSubject).toList();
        ContentRef contentRef = body.contentRef() == null ? null
                : new ContentRef(body.contentRef().type(), body.contentRef().id());
        commands.sendAndWait(new ReportIncident(id, body.form(), body.category(), body.summary(), body.details(),
                body.occurredAt(), body.channel(), body.platform(), contentRef, subjects,
                Boolean.TRUE.equals(body.allegationAgainstAdult()), computingLeadsAvailable > 0));
        return id;
    }

}
