package org.safeguarding.post.post;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.ApprovePost;
import org.safeguarding.kernel.api.post.ExemptionKind;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.PublishPost;
import org.safeguarding.kernel.api.post.RejectPost;
import org.safeguarding.kernel.api.post.ReviseDraft;
import org.safeguarding.kernel.api.post.SubmitPost;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posts as pages: drafting with the posting policy checked as the author types, the
 * four-eyes queue, and each post's page with its checks and publication. Everything is
 * the API's: the same need to know, requests, policy and commands ({@link Posts}).
 */
@PageController
@RequestMapping("/posts")
class PostPages {

    private static final String FORM_PAGE = "posts/edit";

    private static final String POST_PAGE = "posts/post";

    /** Rows for photos shown at first; "Add another photo" adds more. */
    private static final int MEDIA_ROWS = 1;

    private static final int LIST_SIZE = 50;

    private final Posts posts;

    private final FormRules rules;

    PostPages(Posts posts, FormRules rules) {
        this.posts = posts;
        this.rules = rules;
    }

    /**
     * The posts the reader may see, by status: {@code SUBMITTED} is the four-eyes queue.
     */
    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Optional<PostStatus> chosen = Arrays.stream(PostStatus.values())
            .filter(each -> each.name().equals(status))
            .findFirst();
        PagedResult<PostView> found = posts.list(chosen.orElse(null), null, Math.max(page, 0), LIST_SIZE);
        Map<String, String> accountNames = new LinkedHashMap<>();
        found.content().forEach(post -> accountNames.computeIfAbsent(post.accountId(), posts::accountName));
        model.addAttribute("posts", found);
        model.addAttribute("status", chosen.orElse(null));
        model.addAttribute("statuses", PostStatus.values());
        model.addAttribute("accountNames", accountNames);
        model.addAttribute("me", CurrentActor.require().username());
        return "posts/list";
    }

    @GetMapping("/new")
    String start(Model model) {
        PostForm post = new PostForm();
        List<AccountStanding> accounts = posts.accountsPostedOnByCaller();
        if (accounts.size() == 1) {
            post.setAccountId(accounts.get(0).accountId());
        }
        return formPage(null, post, model);
    }

    /**
     * A new draft: saved, and submitted if asked; a submission the policy refuses leaves
     * the draft saved and shows why.
     */
    @PostMapping
    String draft(@ModelAttribute("post") PostForm post, BindingResult form,
            @RequestParam(defaultValue = "save") String intent, Model model, HttpServletResponse response,
            RedirectAttributes next) {
        if ("more".equals(intent)) {
            return withAnotherMedium(null, post, model);
        }
        PostRequests.Draft request = post.toDraft();
        Optional<String> drafted = keepsTheRules(request, post, form)
                ? rules.send(() -> posts.draft(request.accountId(), request.content()), form, PostForm::fieldOf)
                : Optional.empty();
        if (drafted.isEmpty()) {
            return refused(null, post, model, response);
        }
        return afterSaving(drafted.get(), post, form, intent, model, response, next);
    }

    /**
     * The rules the draft breaks as it stands on the page, for htmx to show beside the
     * text.
     */
    @PostMapping("/check")
    String check(@ModelAttribute("post") PostForm post, Model model) {
        model.addAttribute("violations", posts.check(post.getAccountId(), post.toDraft().content()));
        return "posts/violations :: violations";
    }

    @GetMapping("/{id}")
    String post(@PathVariable String id, Model model) {
        PostView view = posts.visible(id);
        if (isOwnDraft(view)) {
            return formPage(id, PostForm.of(view), model);
        }
        return postPage(view, new PostAction(), model);
    }

    /** The author's draft, saved again, and submitted if asked. */
    @PostMapping("/{id}")
    String revise(@PathVariable String id, @ModelAttribute("post") PostForm post, BindingResult form,
            @RequestParam(defaultValue = "save") String intent, Model model, HttpServletResponse response,
            RedirectAttributes next) {
        if ("more".equals(intent)) {
            return withAnotherMedium(id, post, model);
        }
        PostRequests.Revision request = post.toRevision();
        boolean revised = keepsTheRules(request, post, form) && rules
            .send(() -> posts.send(id, post.ifMatch(), version -> new ReviseDraft(id, request.content(), version)),
                    form, PostForm::fieldOf)
            .isPresent();
        if (!revised) {
            return refused(id, post, model, response);
        }
        return afterSaving(id, post, form, intent, model, response, next);
    }

    @PostMapping("/{id}/approval")
    String approve(@PathVariable String id, @ModelAttribute("action") PostAction action, BindingResult form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        return step(id, action, form,
                version -> new ApprovePost(id, version, action.isVisibleNamesChecked(),
                        action.isNoPupilsShownConfirmed()),
                "Approved: an approved poster can now publish it.", model, response, next);
    }

    @PostMapping("/{id}/rejection")
    String reject(@PathVariable String id, @ModelAttribute("action") PostAction action, BindingResult form, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        var request = new PostRequests.Rejection(action.getReason());
        if (!rules.check(request, form, field -> field)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return postPage(posts.visible(id), action, model);
        }
        return step(id, action, form, version -> new RejectPost(id, request.reason(), version),
                "Sent back to its author as a draft, with your reason.", model, response, next);
    }

    @PostMapping("/{id}/publication")
    String publish(@PathVariable String id, @ModelAttribute("action") PostAction action, BindingResult form,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        return step(id, action, form, version -> new PublishPost(id, version), "Published.", model, response, next);
    }

    private String step(String id, PostAction action, BindingResult form, Function<Long, Object> command, String done,
            Model model, HttpServletResponse response, RedirectAttributes next) {
        if (rules.send(() -> posts.send(id, action.ifMatch(), command), form, PostPages::actionFieldOf).isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return postPage(posts.visible(id), action, model);
        }
        next.addFlashAttribute("notice", done);
        return "redirect:/posts/" + id;
    }

    private String afterSaving(String id, PostForm post, BindingResult form, String intent, Model model,
            HttpServletResponse response, RedirectAttributes next) {
        if ("submit".equals(intent)) {
            boolean submitted = rules
                .send(() -> posts.send(id, null, version -> new SubmitPost(id, version)), form, PostForm::fieldOf)
                .isPresent();
            if (!submitted) {
                model.addAttribute("notice", "Saved as a draft, but it cannot be submitted yet.");
                post.setVersion(posts.visible(id).version());
                return refused(id, post, model, response);
            }
            next.addFlashAttribute("notice", "Submitted: another approved poster or a senior leader checks it.");
        }
        else {
            next.addFlashAttribute("notice", "Saved as a draft.");
        }
        return "redirect:/posts/" + id;
    }

    private boolean keepsTheRules(Object request, PostForm post, BindingResult form) {
        return rules.check(request, form, post::fieldOnForm) && !form.hasErrors();
    }

    private String refused(String id, PostForm post, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return formPage(id, post, model);
    }

    private String withAnotherMedium(String id, PostForm post, Model model) {
        post.keepMediaRows(MEDIA_ROWS);
        post.addMedium();
        model.addAttribute("addedRow", post.getMedia().size() - 1);
        return formPage(id, post, model);
    }

    private boolean isOwnDraft(PostView view) {
        return view.status() == PostStatus.DRAFT && CurrentActor.require().username().equals(view.author());
    }

    private String formPage(String id, PostForm post, Model model) {
        post.keepMediaRows(MEDIA_ROWS);
        model.addAttribute("postId", id);
        model.addAttribute("post", post);
        model.addAttribute("accounts", posts.accountsPostedOnByCaller());
        model.addAttribute("violations", posts.check(post.getAccountId(), post.toDraft().content()));
        model.addAttribute("locations", Location.values());
        model.addAttribute("exemptionKinds", ExemptionKind.values());
        return FORM_PAGE;
    }

    private String postPage(PostView view, PostAction action, Model model) {
        action.setVersion(view.version());
        model.addAttribute("view", view);
        model.addAttribute("action", action);
        model.addAttribute("accountName", posts.accountName(view.accountId()));
        model.addAttribute("mine", CurrentActor.require().username().equals(view.author()));
        return POST_PAGE;
    }

    /** A step's refusal is about the post as a whole, but for a missing reason. */
    private static String actionFieldOf(String violationCode) {
        return PostProblem.REASON_REQUIRED.violationCode().equals(violationCode) ? "reason" : null;
    }

}
