package org.safeguarding.kernel.api.post;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member of staff puts the business case for a new official account to SLT. */
public record ProposeAccount(@TargetAggregateIdentifier String accountId, String platform, String handle, String aim,
        String audience, String promotion, Visibility visibility, List<String> runBy, List<String> allowedMentions) {
}
