package org.safeguarding.kernel.projection;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.problem.CommonRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's view of the projections, and the replay that rebuilds one from the
 * event store.
 */
@RestController
@Tag(name = "projections",
        description = "Administration: the projections' positions, and rebuilding one from the event store")
@PreAuthorize("hasRole('ADMIN')")
class ProjectionAdminController {

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdminController.class);

    private final ProjectionReplay replay;

    private final ExecutorService replays = Executors.newSingleThreadExecutor();

    ProjectionAdminController(ProjectionReplay replay) {
        this.replay = replay;
    }

    @GetMapping("/api/admin/projections")
    List<ProjectionReplay.Progress> projections() {
        return replay.names()
            .stream()
            .map(name -> replay.progress(name).orElse(new ProjectionReplay.Progress(name, -1, -1, false)))
            .toList();
    }

    @PostMapping("/api/admin/projections/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProjectionReplay.Progress replay(@PathVariable String name) {
        if (!replay.names().contains(name)) {
            throw new RuleViolation(CommonRule.UNKNOWN_PROJECTION, "No projection called " + name);
        }
        replays.submit(() -> {
            try {
                log.info("Projection {} rebuilt from {} events", name, replay.rebuild(name));
            }
            catch (RuntimeException e) {
                log.error("Rebuilding projection {} failed; it keeps its previous state", name, e);
            }
        });
        return new ProjectionReplay.Progress(name, 0, -1, true);
    }

    @PreDestroy
    void stop() {
        replays.shutdownNow();
    }

}
