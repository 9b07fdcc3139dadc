package org.safeguarding.post.post;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.DraftPost;
import org.safeguarding.kernel.api.post.FindActiveAccounts;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.web.IfMatch;
import org.safeguarding.post.policy.PostingFacts;
import org.safeguarding.post.policy.PostingPolicy;
import org.safeguarding.post.policy.PostingRule;
import org.springframework.stereotype.Component;

/**
 * Posts as the API and the pages both use them: the same commands, the same need to know,
 * and the same posting policy, applied in this one place to a stored post and to a draft
 * still being typed.
 */
@Component
class Posts {

    private final CommandGateway commands;

    private final QueryGateway queries;

    private final PostViewRepository views;

    private final PostingPolicy policy;

    private final PostingFacts facts;

    Posts(CommandGateway commands, QueryGateway queries, PostViewRepository views, PostingPolicy policy,
            PostingFacts facts) {
        this.commands = commands;
        this.queries = queries;
        this.views = views;
        this.policy = policy;
        this.facts = facts;
    }

    /**
     * @return the new draft's id
     */
    String draft(String accountId, PostContent content) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new DraftPost(id, accountId, content));
        return id;
    }

    /**
     * Sends a command about a post the caller may read, at the version {@code ifMatch}
     * names (any, when it names none).
     * @return the post as it is afterwards
     */
    PostView send(String id, String ifMatch, Function<Long, Object> command) {
        visible(id);
        commands.sendAndWait(command.apply(IfMatch.expectedVersion(ifMatch)));
        return visible(id);
    }

    /** The post, if the caller may read it; to anyone else it does not exist. */
    PostView visible(String id) {
        Actor reader = CurrentActor.require();
        return views.find(id)
            .filter(view -> mayRead(reader, view.author(), view.accountId()))
            .map(view -> withLiveViolations(view, facts.consentRegister()))
            .orElseThrow(() -> new RuleViolation(PostProblem.POST_NOT_FOUND, "No such post"));
    }

    /** One page of the posts the caller may read, newest first. */
    PagedResult<PostView> list(PostStatus status, String accountId, int page, int size) {
        Actor reader = CurrentActor.require();
        List<PostViewRepository.Authorship> readable = views.authorships(status, accountId)
            .stream()
            .filter(post -> mayRead(reader, post.author(), post.accountId()))
            .toList();
        List<String> onPage = readable.stream()
            .skip((long) page * size)
            .limit(size)
            .map(PostViewRepository.Authorship::id)
            .toList();
        List<PupilConsent> register = facts.consentRegister();
        return new PagedResult<>(views.findAll(onPage), page, size, readable.size())
            .map(view -> withLiveViolations(view, register));
    }

    /**
     * What would stop a draft the caller is still writing from going out now: what its
     * view would list once saved. Only an approved poster of the account, who could save
     * the draft, learns what the consent register says of the pupils in it; anyone else
     * hears why they cannot post there.
     */
    List<Violation> check(String accountId, PostContent content) {
        String author = CurrentActor.require().username();
        AccountStanding account = facts.account(accountId).orElse(null);
        if (account == null || !account.isPoster(author)) {
            return policy.check(new PostContent(null, List.of(), content.location(), content.exemption()), author,
                    account, List.of(), facts.now());
        }
        return policy.check(content, author, account, facts.consentRegister(), facts.now());
    }

    /** The active accounts the caller is an approved poster of. */
    List<AccountStanding> accountsPostedOnByCaller() {
        String username = CurrentActor.require().username();
        return queries.query(new FindActiveAccounts(), ResponseTypes.multipleInstancesOf(AccountStanding.class))
            .join()
            .stream()
            .filter(account -> account.isPoster(username))
            .toList();
    }

    /** How people know an account: its platform and handle. */
    String accountName(String accountId) {
        return facts.account(accountId)
            .map(account -> account.platform() + " " + account.handle())
            .orElse("An account not in the register");
    }

    /**
     * What would stop the post going out now; a published post keeps only what it breaks
     * whatever the hour.
     */
    private PostView withLiveViolations(PostView view, List<PupilConsent> register) {
        if (view.status() == PostStatus.DELETED || view.status() == PostStatus.DISPOSED) {
            return view.withViolations(List.of());
        }
        List<Violation> live = policy.check(view.content(), view.author(), facts.account(view.accountId()).orElse(null),
                register, facts.now());
        return view.withViolations(view.status() == PostStatus.PUBLISHED
                ? live.stream().filter(violation -> !PostingRule.OUTSIDE_POSTING_HOURS.isBrokenBy(violation)).toList()
                : live);
    }

    /**
     * Need to know for posts, written once for the single read and the list: SLT and the
     * headteacher read every post, anyone else what they wrote and the posts of the
     * accounts they are an approved poster of.
     */
    private boolean mayRead(Actor reader, String author, String accountId) {
        return reader.hasAny(Role.SLT, Role.HEADTEACHER) || reader.username().equals(author)
                || facts.account(accountId).map(account -> account.isPoster(reader.username())).orElse(false);
    }

}
