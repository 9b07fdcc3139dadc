package org.safeguarding.kernel.embedded;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often the embedded database file is compacted. */
@ConfigurationProperties("safeguarding.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("PT10S") Duration compactEvery) {
}
