package org.safeguarding.post.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.FindMissedResponseCounts;
import org.safeguarding.kernel.api.post.FindPostingReadiness;
import org.safeguarding.kernel.api.post.MissedResponseCounts;
import org.safeguarding.kernel.api.post.PostingReadiness;
import org.safeguarding.kernel.api.post.ProposeAccount;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.safeguarding.kernel.web.IfMatch;
import org.safeguarding.post.policy.SchoolPolicy;
import org.springframework.stereotype.Component;

/**
 * The register of official accounts as the API and the pages both use it: the same
 * requests, the same checks, the same commands, in this one place.
 */
@Component
class OfficialAccounts {

    private final CommandGateway commands;

    private final AccountViewRepository views;

    private final SchoolDirectory directory;

    private final Clock clock;

    private final QueryGateway queries;

    private final SchoolPolicy policy;

    OfficialAccounts(CommandGateway commands, AccountViewRepository views, SchoolDirectory directory, Clock clock,
            QueryGateway queries, SchoolPolicy policy) {
        this.commands = commands;
        this.views = views;
        this.directory = directory;
        this.clock = clock;
        this.queries = queries;
        this.policy = policy;
    }

    /**
     * @return the proposed account's id
     */
    String propose(AccountRequests.Proposal body) {
        String id = UUID.randomUUID().toString();
        List<String> runBy = body.runBy() == null ? List.of() : body.runBy();
        requireInDirectory(runBy);
        commands.sendAndWait(new ProposeAccount(id, body.platform(), body.handle(), body.aim(), body.audience(),
                body.promotion(), body.visibility(), runBy, body.allowedMentions()));
        return id;
    }

    PagedResult<AccountView> list(AccountStatus status, int page, int size) {
        Instant now = clock.instant();
        MissedResponseCounts missed = missedResponses();
        return views.list(status, page, size)
            .map(view -> view.asOf(now, policy.reviewInterval()).withMissedResponses(missed));
    }

    AccountView current(String id) {
        return views.find(id)
            .orElseThrow(() -> new RuleViolation(AccountProblem.ACCOUNT_NOT_FOUND, "No such account"))
            .asOf(clock.instant(), policy.reviewInterval())
            .withMissedResponses(missedResponses());
    }

    /** Counted by the comments, which know their accounts' missed responses. */
    private MissedResponseCounts missedResponses() {
        return queries.query(new FindMissedResponseCounts(), ResponseTypes.instanceOf(MissedResponseCounts.class))
            .join();
    }

    /**
     * Sends a command about an account that exists, at the version {@code ifMatch} names
     * (any, when it names none).
     * @return the account as it is afterwards
     */
    AccountView send(String id, String ifMatch, Function<Long, Object> command) {
        current(id);
        commands.sendAndWait(command.apply(IfMatch.expectedVersion(ifMatch)));
        return current(id);
    }

    /**
     * Adding a poster names someone in the school directory; where the school's policy
     * asks for it ({@code safeguarding.policy.training-required}), someone with recorded
     * induction or training who acknowledged the current version of the policy.
     */
    void requireMayBecomePoster(String username) {
        requireInDirectory(List.of(username));
        if (!policy.trainingRequired()) {
            return;
        }
        PostingReadiness readiness = queries
            .query(new FindPostingReadiness(username), ResponseTypes.instanceOf(PostingReadiness.class))
            .join();
        if (!readiness.isTrained()) {
            throw new RuleViolation(AccountProblem.POSTER_NOT_TRAINED,
                    username + " has no recorded induction or training in the social media policy");
        }
        if (!readiness.hasAcknowledged(policy.version())) {
            throw new RuleViolation(AccountProblem.POLICY_NOT_ACKNOWLEDGED,
                    username + " has not acknowledged version " + policy.version() + " of the policy");
        }
    }

    private void requireInDirectory(List<String> usernames) {
        List<String> unknown = usernames.stream().filter(username -> directory.actor(username).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation(AccountProblem.UNKNOWN_PERSON,
                    "Not in the school directory: " + String.join(", ", unknown));
        }
    }

}
