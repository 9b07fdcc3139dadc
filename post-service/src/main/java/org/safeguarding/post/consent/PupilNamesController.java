package org.safeguarding.post.consent;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.kernel.api.post.PupilName;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pupil-names}: every pupil's ref and name, and nothing more, so that
 * incident-service can recognise a pupil named in free text and keep the name from
 * governors. Only incident-service's own account may ask.
 */
@RestController
@Tag(name = "consent")
class PupilNamesController {

    private final ConsentRegister register;

    PupilNamesController(ConsentRegister register) {
        this.register = register;
    }

    @GetMapping("/api/pupil-names")
    @PreAuthorize("hasRole('SERVICE')")
    List<PupilName> names() {
        return register.names();
    }

}
