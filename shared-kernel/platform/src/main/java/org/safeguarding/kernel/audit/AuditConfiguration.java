package org.safeguarding.kernel.audit;

import java.util.Map;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Audit metadata is added once: at command dispatch, then copied by Axon onto every event
 * the command causes. Before Axon's configuration, whose own message origin provider
 * gives way to this one.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AuditConfiguration {

    @Bean
    static CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    static CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetaData.CORRELATED_KEYS.toArray(String[]::new));
    }

    /**
     * {@code via} goes from a command to the events it causes, never from an event
     * onwards: a saga reacting to an event made through another service acts as the
     * system, not through that service.
     */
    @Bean
    static CorrelationDataProvider viaCorrelationDataProvider() {
        return message -> message instanceof CommandMessage<?> && AuditMetaData.viaOf(message.getMetaData()) != null
                ? Map.of(AuditMetaData.VIA, AuditMetaData.viaOf(message.getMetaData())) : Map.of();
    }

    @Autowired
    void registerAuditInterceptor(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new AuditMetaDataInterceptor());
    }

}
