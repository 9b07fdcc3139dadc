package org.safeguarding.incident.audit;

import java.util.List;
import java.util.Optional;

import org.safeguarding.kernel.api.post.PupilName;
import org.safeguarding.kernel.servicecall.ServiceCall;
import org.safeguarding.kernel.servicecall.ServiceClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * post-service's pupil register, by ref and name: every pupil whose name governors must
 * not read.
 */
@Component
class PupilRegister {

    private static final Logger log = LoggerFactory.getLogger(PupilRegister.class);

    private final ServiceClient postService;

    PupilRegister(ServiceClient postService) {
        this.postService = postService;
    }

    /** Every pupil in the register; empty when it cannot be read now. */
    Optional<List<PupilName>> names() {
        try {
            return Optional.ofNullable(postService.send(ServiceCall.get("/api/pupil-names"), PupilName[].class))
                .map(List::of);
        }
        catch (ServiceClient.Unavailable | ServiceClient.Refused unreadable) {
            log.warn("The pupil register cannot be read ({}); free text is withheld from governors until it can",
                    unreadable.getMessage());
            return Optional.empty();
        }
    }

}
