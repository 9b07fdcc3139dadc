package org.safeguarding.post.consent;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.api.post.ConsentChange;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.api.post.FindConsentHistory;
import org.springframework.stereotype.Component;

/**
 * A subject access request's part in the consent register: every change to the entry of
 * the pupil with the person's ref, or with their name where no ref was given.
 */
@Component
class ConsentConcerningSubject {

    private final ConsentRegister register;

    private final ConsentHistory history;

    ConsentConcerningSubject(ConsentRegister register, ConsentHistory history) {
        this.register = register;
        this.history = history;
    }

    @QueryHandler
    List<ConsentChange> handle(FindConsentHistory query) {
        DataSubject subject = query.subject();
        return register.names()
            .stream()
            .filter(pupil -> subject.ref() != null ? subject.ref().equals(pupil.ref()) : subject.is(pupil.name()))
            .flatMap(pupil -> history.of(pupil.ref())
                .stream()
                .map(entry -> new ConsentChange(pupil.ref(), entry.at(), entry.type(), entry.actor().username(),
                        entry.reason(), entry.name(), entry.photoConsent(), entry.noPhotoList(),
                        entry.writtenConsent())))
            .toList();
    }

}
