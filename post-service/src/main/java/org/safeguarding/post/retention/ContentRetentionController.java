package org.safeguarding.post.retention;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/retention/due}: the posts and comments kept past the school's period,
 * to propose for disposal ({@code /api/disposals}).
 */
@RestController
@Tag(name = "retention", description = "Posts and comments kept past the school's period")
class ContentRetentionController {

    /** Who reads what is due and the disposals, and takes part in them. */
    static final String RETENTION_READERS = "hasAnyRole('DSL', 'HEADTEACHER', 'CHAIR_OF_GOVERNORS')";

    private final ContentDue content;

    ContentRetentionController(ContentDue content) {
        this.content = content;
    }

    @GetMapping("/api/retention/due")
    @PreAuthorize(RETENTION_READERS)
    List<ContentDue.Due> due() {
        return content.due();
    }

}
