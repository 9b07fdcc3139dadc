package org.safeguarding.incident;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * incident-service: staff report concerns; they are routed and escalated on working-day
 * timers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IncidentServiceApplication {

    public static void main(String[] args) {
        // Axon 4.12 ignores axon.update-check.disabled and would otherwise call home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(IncidentServiceApplication.class, args);
    }

}
