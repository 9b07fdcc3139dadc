package org.safeguarding.post.post;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.ApprovePost;
import org.safeguarding.kernel.api.post.DraftPost;
import org.safeguarding.kernel.api.post.PublishPost;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.api.post.RejectPost;
import org.safeguarding.kernel.api.post.ReviseDraft;
import org.safeguarding.kernel.api.post.SubmitPost;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.web.IfMatch;
import org.safeguarding.post.policy.PostingFacts;
import org.safeguarding.post.policy.PostingPolicy;
import org.safeguarding.post.policy.PostingRule;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The post calls. Need to know (API.md): a post is read by its author, the account's
 * approved posters and SLT; to anyone else, the DSL and the computing lead included, it
 * does not exist. They delete content by id ({@code /api/content/{id}/deletion}) without
 * reading drafts.
 */
@RestController
@Tag(name = "posts", description = "Posts on official accounts: draft, check against the policy, approve, publish")
@Validated
@RequestMapping("/api/posts")
class PostController {

    private final CommandGateway commands;

    private final PostViewRepository views;

    private final PostingPolicy policy;

    private final PostingFacts facts;

    PostController(CommandGateway commands, PostViewRepository views, PostingPolicy policy, PostingFacts facts) {
        this.commands = commands;
        this.views = views;
        this.policy = policy;
        this.facts = facts;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Drafted: the new post, with the posting rules it breaks",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the new record is read"))
    ResponseEntity<PostView> draft(@Valid @RequestBody PostRequests.Draft body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new DraftPost(id, body.accountId(), body.content()));
        return ResponseEntity.created(URI.create("/api/posts/" + id)).body(visible(id));
    }

    @PutMapping("/{id}")
    PostView revise(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PostRequests.Revision body) {
        return send(id, ifMatch, version -> new ReviseDraft(id, body.content(), version));
    }

    @GetMapping("/{id}")
    PostView view(@PathVariable String id) {
        return visible(id);
    }

    @GetMapping
    PagedResult<PostView> list(@RequestParam(required = false) PostStatus status,
            @RequestParam(required = false) String accountId, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
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

    @PostMapping("/{id}/submission")
    PostView submit(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return send(id, ifMatch, version -> new SubmitPost(id, version));
    }

    @PostMapping("/{id}/approval")
    PostView approve(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return send(id, ifMatch, version -> new ApprovePost(id, version));
    }

    @PostMapping("/{id}/rejection")
    PostView reject(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PostRequests.Rejection body) {
        return send(id, ifMatch, version -> new RejectPost(id, body.reason(), version));
    }

    @PostMapping("/{id}/publication")
    PostView publish(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return send(id, ifMatch, version -> new PublishPost(id, version));
    }

    private PostView send(String id, String ifMatch, Function<Long, Object> command) {
        visible(id);
        commands.sendAndWait(command.apply(IfMatch.expectedVersion(ifMatch)));
        return visible(id);
    }

    private PostView visible(String id) {
        Actor reader = CurrentActor.require();
        return views.find(id)
            .filter(view -> mayRead(reader, view.author(), view.accountId()))
            .map(view -> withLiveViolations(view, facts.consentRegister()))
            .orElseThrow(() -> new RuleViolation(PostProblem.POST_NOT_FOUND, "No such post"));
    }

    /**
     * What would stop the post going out now; a published post keeps only what it breaks
     * whatever the hour.
     */
    private PostView withLiveViolations(PostView view, List<PupilConsent> register) {
        if (view.status() == PostStatus.DELETED) {
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
