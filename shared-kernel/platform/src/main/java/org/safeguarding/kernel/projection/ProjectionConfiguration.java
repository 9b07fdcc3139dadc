package org.safeguarding.kernel.projection;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every service can rebuild each of its projections from the event store, and offers the
 * administrator the same endpoints to do it.
 */
@AutoConfiguration
@Import(ProjectionAdminController.class)
public class ProjectionConfiguration {

    @Bean
    ProjectionReplay projectionReplay(EventStorageEngine storage, TransactionTemplate transaction,
            ObjectProvider<RebuildableProjection> projections) {
        return new ProjectionReplay(storage, transaction, projections.orderedStream().toList());
    }

    @Bean
    ProjectionRebuilder projectionRebuilder(ProjectionReplay replay) {
        return new ProjectionRebuilder(replay);
    }

}
