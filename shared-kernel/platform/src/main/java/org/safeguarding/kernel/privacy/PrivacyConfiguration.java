package org.safeguarding.kernel.privacy;

import java.time.Clock;

import org.axonframework.serialization.Serializer;
import org.safeguarding.kernel.audit.AuditChainConfiguration;
import org.safeguarding.kernel.audit.AuditKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data in events encrypted per data subject: the keys, and the event serializer
 * Axon makes, wrapped so that every store, replay and deadline goes through them.
 */
@AutoConfiguration(after = AuditChainConfiguration.class)
public class PrivacyConfiguration {

    /** The name of the serializer Axon stores events (and deadlines) with. */
    static final String EVENT_SERIALIZER = "eventSerializer";

    @Bean
    SubjectKeys subjectKeys(JdbcTemplate jdbc, AuditKeys keys, Clock clock) {
        return new SubjectKeys(jdbc, keys.subjectKeysMaster(), clock);
    }

    @Bean
    ErasureWatch erasureWatch(SubjectKeys keys) {
        return new ErasureWatch(keys);
    }

    /**
     * The keys are looked up when the first message is stored or read, not when the
     * serializer is made, early among Axon's beans.
     */
    @Bean
    static BeanPostProcessor personalDataInEvents(ObjectProvider<SubjectKeys> keys) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return EVENT_SERIALIZER.equals(name) && bean instanceof Serializer serializer
                        ? new PersonalDataSerializer(serializer, keys::getObject) : bean;
            }
        };
    }

}
