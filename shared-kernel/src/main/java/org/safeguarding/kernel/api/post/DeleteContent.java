package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;
import org.safeguarding.kernel.api.incident.ContentType;

/** Remove a post or comment from the school's account, for a reason and perhaps because of an incident. */
public record DeleteContent(@TargetAggregateIdentifier String contentId,
                            ContentType type,
                            String reason,
                            String incidentId) implements Reasoned {
}
