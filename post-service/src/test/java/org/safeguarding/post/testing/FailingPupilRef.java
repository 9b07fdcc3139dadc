package org.safeguarding.post.testing;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.safeguarding.kernel.api.post.RecordPupilConsent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * One pupil ref the service fails to record, as a lost connection would, to show what a
 * failure part-way leaves.
 */
public final class FailingPupilRef {

    public static final String REF = "FAILS-1";

    private FailingPupilRef() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class InTheService {

        @Autowired
        void failOnTheRef(CommandBus commandBus) {
            commandBus
                .registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
                    if (unitOfWork.getMessage().getPayload() instanceof RecordPupilConsent record
                            && REF.equals(record.ref())) {
                        throw new IllegalStateException("Simulated failure while recording " + REF);
                    }
                    return chain.proceed();
                });
        }

    }

}
