package org.safeguarding.post.comment;

import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * In whose name a missed response is reported to incident-service, which takes reports
 * from people only: {@code safeguarding.comments.missed-response-reported-for}, or else
 * the first DSL in the school directory. None leaves the report to be refused there, and
 * the refusal is shown on the comment.
 */
@Component
class MissedResponseReporter {

    private final SchoolDirectory directory;

    private final String configured;

    MissedResponseReporter(SchoolDirectory directory,
            @Value("${safeguarding.comments.missed-response-reported-for:}") String configured) {
        this.directory = directory;
        this.configured = configured;
    }

    String username() {
        return configured.isBlank() ? directory.usernamesWith(Role.DSL).stream().findFirst().orElse(null)
                : configured.strip();
    }

}
