package org.safeguarding.kernel.audit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Audit metadata is added once: at command dispatch, then copied by Axon onto every event the command causes. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    static CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    static CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetaData.CORRELATED_KEYS.toArray(String[]::new));
    }

    @Autowired
    void registerAuditInterceptor(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new AuditMetaDataInterceptor());
    }
}
