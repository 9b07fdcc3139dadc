package org.safeguarding.post.post;

import java.net.URI;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.api.post.ApprovePost;
import org.safeguarding.kernel.api.post.PublishPost;
import org.safeguarding.kernel.api.post.RejectPost;
import org.safeguarding.kernel.api.post.ReviseDraft;
import org.safeguarding.kernel.api.post.SubmitPost;
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

    private final Posts posts;

    PostController(Posts posts) {
        this.posts = posts;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Drafted: the new post, with the posting rules it breaks",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Where the new record is read"))
    ResponseEntity<PostView> draft(@Valid @RequestBody PostRequests.Draft body) {
        String id = posts.draft(body.accountId(), body.content());
        return ResponseEntity.created(URI.create("/api/posts/" + id)).body(posts.visible(id));
    }

    @PutMapping("/{id}")
    PostView revise(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PostRequests.Revision body) {
        return posts.send(id, ifMatch, version -> new ReviseDraft(id, body.content(), version));
    }

    @GetMapping("/{id}")
    PostView view(@PathVariable String id) {
        return posts.visible(id);
    }

    @GetMapping
    PagedResult<PostView> list(@RequestParam(required = false) PostStatus status,
            @RequestParam(required = false) String accountId, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return posts.list(status, accountId, page, size);
    }

    @PostMapping("/{id}/submission")
    PostView submit(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return posts.send(id, ifMatch, version -> new SubmitPost(id, version));
    }

    @PostMapping("/{id}/approval")
    PostView approve(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) PostRequests.Approval body) {
        PostRequests.Approval checks = body == null ? new PostRequests.Approval(null, null) : body;
        return posts.send(id, ifMatch,
                version -> new ApprovePost(id, version, checks.visibleNamesChecked(), checks.noPupilsShownConfirmed()));
    }

    @PostMapping("/{id}/rejection")
    PostView reject(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PostRequests.Rejection body) {
        return posts.send(id, ifMatch, version -> new RejectPost(id, body.reason(), version));
    }

    @PostMapping("/{id}/publication")
    PostView publish(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return posts.send(id, ifMatch, version -> new PublishPost(id, version));
    }

}
