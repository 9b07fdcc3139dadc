package org.safeguarding.post.content;

import java.util.function.Supplier;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.Repository;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.post.DeleteContent;
import org.safeguarding.post.comment.Comment;
import org.safeguarding.post.platform.SocialPlatform;
import org.safeguarding.post.post.Post;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * DeleteContent names a post or a comment; one command has one handler, so this routes it to the aggregate it
 * names, which decides. The repositories are looked up late because Axon builds them after this bean.
 */
@Component
class ContentDeletion {

    private final Supplier<Repository<Post>> posts;
    private final Supplier<Repository<Comment>> comments;

    @Autowired
    ContentDeletion(ObjectProvider<Configuration> axon) {
        this(() -> axon.getObject().repository(Post.class), () -> axon.getObject().repository(Comment.class));
    }

    ContentDeletion(Supplier<Repository<Post>> posts, Supplier<Repository<Comment>> comments) {
        this.posts = posts;
        this.comments = comments;
    }

    @CommandHandler
    void handle(DeleteContent command, Actor actor, SocialPlatform platform) {
        switch (command.type()) {
            case POST -> posts.get().load(command.contentId()).execute(post -> post.delete(command, actor, platform));
            case COMMENT -> comments.get().load(command.contentId())
                    .execute(comment -> comment.delete(command, actor, platform));
        }
    }
}
