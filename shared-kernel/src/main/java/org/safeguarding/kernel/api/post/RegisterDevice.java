package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A poster registers a school device (a browser or app, known by the token it holds, of
 * which only the hash is kept) to reach the account; the headteacher approves it.
 */
public record RegisterDevice(@TargetAggregateIdentifier String deviceId, String accountId, String name,
        boolean schoolOwned, String tokenHash) {
}
