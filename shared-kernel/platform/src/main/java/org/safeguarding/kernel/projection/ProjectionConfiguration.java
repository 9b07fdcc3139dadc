package org.safeguarding.kernel.projection;

import java.util.Optional;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every service can rebuild each of its projections from the event store, and offers the
 * administrator the same endpoints to do it.
 */
@AutoConfiguration
@Import(ProjectionAdminController.class)
public class ProjectionConfiguration {

    @Bean
    ProjectionReplay projectionReplay(EventStorageEngine storage, TransactionTemplate transaction, JdbcTemplate jdbc,
            ObjectProvider<RebuildableProjection> projections) {
        return new ProjectionReplay(storage, transaction, jdbc, projections.orderedStream().toList());
    }

    /**
     * Each projection's handlers go through its {@link LiveWrites}, so that they wait for
     * its rebuild; looked up at the first event, once the projections exist.
     */
    @Bean
    ConfigurerModule projectionWritesWaitForTheirRebuild(ObjectProvider<ProjectionReplay> replay) {
        return configurer -> configurer.eventProcessing()
            .registerDefaultHandlerInterceptor((configuration, processor) -> new MessageHandlerInterceptor<>() {

                private volatile Optional<MessageHandlerInterceptor<EventMessage<?>>> liveWrites;

                @Override
                public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                        InterceptorChain interceptorChain) throws Exception {
                    if (liveWrites == null) {
                        liveWrites = replay.getObject().liveWrites(processor);
                    }
                    return liveWrites.isPresent() ? liveWrites.get().handle(unitOfWork, interceptorChain)
                            : interceptorChain.proceed();
                }

            });
    }

    @Bean
    ProjectionRebuilder projectionRebuilder(ProjectionReplay replay) {
        return new ProjectionRebuilder(replay);
    }

}
