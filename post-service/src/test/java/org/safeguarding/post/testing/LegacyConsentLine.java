package org.safeguarding.post.testing;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A database upgraded from a release that kept the consent register as a plain table, with one line in it. */
public final class LegacyConsentLine {

    public static final String REF = "L-1";

    private LegacyConsentLine() {
    }

    /** Adds the migration that writes the line, after the service's own migrations have created the table. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InTheDatabase {

        @Bean
        FlywayConfigurationCustomizer legacyConsentLine() {
            return configuration -> configuration.locations(Stream.concat(Arrays.stream(configuration.getLocations()),
                    Stream.of(new Location("classpath:db/legacy-consent"))).toArray(Location[]::new));
        }
    }
}
