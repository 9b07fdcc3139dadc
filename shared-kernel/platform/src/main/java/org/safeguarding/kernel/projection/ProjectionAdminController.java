package org.safeguarding.kernel.projection;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
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
@PreAuthorize(ProjectionRebuilder.ADMINISTRATORS)
class ProjectionAdminController {

    private final ProjectionRebuilder rebuilder;

    ProjectionAdminController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @GetMapping("/api/admin/projections")
    List<ProjectionReplay.Progress> projections() {
        return rebuilder.projections();
    }

    @PostMapping("/api/admin/projections/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProjectionReplay.Progress replay(@PathVariable String name) {
        return rebuilder.rebuild(name);
    }

}
