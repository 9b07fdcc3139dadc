package org.safeguarding.kernel.projection;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.problem.CommonRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the projections the administrator asks for, from the API or the admin page,
 * one after another in the background, and tells how far each has got.
 */
public class ProjectionRebuilder {

    /** Who rebuilds projections, on the API and on the pages. */
    public static final String ADMINISTRATORS = "hasRole('ADMIN')";

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

    private final ProjectionReplay replay;

    private final ExecutorService replays = Executors.newSingleThreadExecutor();

    /** Asked for and not finished: replaying, even while it waits its turn. */
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    ProjectionRebuilder(ProjectionReplay replay) {
        this.replay = replay;
    }

    /**
     * Every projection, by name, with its position and, while replaying, its progress.
     */
    public List<ProjectionReplay.Progress> projections() {
        return replay.names().stream().map(this::progress).toList();
    }

    /** Starts rebuilding the named projection once those asked for before are done. */
    public ProjectionReplay.Progress rebuild(String name) {
        if (!replay.names().contains(name)) {
            throw new RuleViolation(CommonRule.UNKNOWN_PROJECTION, "No projection called " + name);
        }
        asked.add(name);
        replays.submit(() -> {
            try {
                log.info("Projection {} rebuilt from {} events", name, replay.rebuild(name));
            }
            catch (RuntimeException e) {
                log.error("Rebuilding projection {} failed; it keeps its previous state", name, e);
            }
            finally {
                asked.remove(name);
            }
        });
        return new ProjectionReplay.Progress(name, 0, -1, true);
    }

    private ProjectionReplay.Progress progress(String name) {
        ProjectionReplay.Progress known = replay.progress(name)
            .orElse(new ProjectionReplay.Progress(name, -1, -1, false));
        return asked.contains(name) && !known.replaying() ? new ProjectionReplay.Progress(name, 0, -1, true) : known;
    }

    @PreDestroy
    void stop() {
        replays.shutdownNow();
    }

}
