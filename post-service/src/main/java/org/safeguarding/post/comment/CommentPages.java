package org.safeguarding.post.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.post.CommentAction;
import org.safeguarding.kernel.page.FormRules;
import org.safeguarding.kernel.page.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queue as pages: the comments waiting for an answer, soonest due first
 * (so overdue ones lead), each with the time left; and each comment's page, where it is
 * moderated as the API moderates it ({@link Comments}), by the same roles.
 */
@PageController
@RequestMapping("/comments")
@PreAuthorize("hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')")
class CommentPages {

    /** The queue on one page: a school gets a few comments a day. */
    private static final int QUEUE_SIZE = 100;

    /**
     * A comment in the queue with the time left to answer it.
     *
     * @param comment the comment as read now
     * @param countdown the time left, or how long overdue
     */
    record Waiting(CommentView comment, Countdown countdown) {
    }

    private final Comments comments;

    private final FormRules rules;

    private final Clock clock;

    CommentPages(Comments comments, FormRules rules, Clock clock) {
        this.comments = comments;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping
    String queue(Model model) {
        Instant now = clock.instant();
        PagedResult<CommentView> awaiting = comments.list(true, 0, QUEUE_SIZE);
        List<Waiting> queue = awaiting.content()
            .stream()
            .map(comment -> new Waiting(comment, Countdown.until(comment.respondBy(), now)))
            .toList();
        model.addAttribute("queue", queue);
        model.addAttribute("total", awaiting.totalElements());
        model.addAttribute("now", now);
        return "comments/queue";
    }

    @GetMapping("/{id}")
    String comment(@PathVariable String id, Model model) {
        return commentPage(comments.current(id), new ModerationForm(), model);
    }

    @PostMapping("/{id}/moderation")
    String moderate(@PathVariable String id, @ModelAttribute("moderation") ModerationForm moderation,
            BindingResult form, Model model, HttpServletResponse response, RedirectAttributes next) {
        CommentRequests.Moderation request = moderation.toRequest();
        Optional<CommentView> moderated = rules.check(request, form, ModerationForm::fieldOnForm) && !form.hasErrors()
                ? rules.send(() -> comments.moderate(id, moderation.ifMatch(), request), form, ModerationForm::fieldOf)
                : Optional.empty();
        if (moderated.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return commentPage(comments.current(id), moderation, model);
        }
        CommentView after = moderated.get();
        next.addFlashAttribute("notice",
                "Recorded for the comment by " + after.author() + ": it "
                        + (after.status() == CommentStatus.AWAITING ? "is still waiting" : "has left the queue")
                        + (request.escalate() == null ? "." : ", and an incident is being reported."));
        return "redirect:/comments";
    }

    private String commentPage(CommentView comment, ModerationForm moderation, Model model) {
        moderation.setVersion(comment.version());
        model.addAttribute("comment", comment);
        model.addAttribute("countdown", Countdown.until(comment.respondBy(), clock.instant()));
        model.addAttribute("moderation", moderation);
        model.addAttribute("actions", CommentAction.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("forms", Form.values());
        model.addAttribute("subjectKinds", SubjectKind.values());
        return "comments/comment";
    }

}
