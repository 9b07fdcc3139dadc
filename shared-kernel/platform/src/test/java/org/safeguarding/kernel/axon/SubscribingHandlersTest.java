package org.safeguarding.kernel.axon;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A view written in the transaction that stores the events refuses the events when it
 * cannot be written, instead of Axon's default of logging and going on; a tracking
 * processor still logs and goes on.
 */
class SubscribingHandlersTest {

    @ProcessingGroup("views")
    static class FailingView {

        @EventHandler
        void on(String event) {
            throw new IllegalStateException("The view's table refused " + event);
        }

    }

    @ProcessingGroup("reports")
    static class FailingReport {

        @EventHandler
        void on(String event) {
            throw new IllegalStateException("The report refused " + event);
        }

    }

    private Configuration axon;

    @AfterEach
    void shutDown() {
        axon.shutdown();
    }

    private Configuration start(EventProcessorProperties.Mode reportsMode) {
        var processors = new EventProcessorProperties();
        processors.getProcessors().put("views", settings(EventProcessorProperties.Mode.SUBSCRIBING));
        processors.getProcessors().put("reports", settings(reportsMode));
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
            .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine());
        configurer.eventProcessing()
            .registerSubscribingEventProcessor("views")
            .registerSubscribingEventProcessor("reports")
            .registerEventHandler(configuration -> new FailingView())
            .registerEventHandler(configuration -> new FailingReport());
        new AxonStorageConfiguration().subscribingHandlersFailTheirTransaction(processors).configureModule(configurer);
        axon = configurer.start();
        return axon;
    }

    private static EventProcessorProperties.ProcessorSettings settings(EventProcessorProperties.Mode mode) {
        var settings = new EventProcessorProperties.ProcessorSettings();
        settings.setMode(mode);
        return settings;
    }

    /**
     * Both handlers fail on the same event; the report's processor is set to track (here
     * run subscribing, to see what its handler's failure does), so only the view's
     * failure reaches whoever stored the event.
     */
    @Test
    void aSubscribingViewThatFailsRefusesTheEventsWhileAProcessorSetToTrackLogsAndGoesOn() {
        Configuration axon = start(EventProcessorProperties.Mode.TRACKING);

        assertThatThrownBy(() -> axon.eventBus().publish(GenericEventMessage.asEventMessage("IncidentReported")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("The view's table refused IncidentReported");
    }

}
