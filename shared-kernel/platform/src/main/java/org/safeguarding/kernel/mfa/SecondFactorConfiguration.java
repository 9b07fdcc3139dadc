package org.safeguarding.kernel.mfa;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.safeguarding.kernel.audit.AuditKeys;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The pages' second factor: the enrolments in each service's own database (tables of the
 * platform's migrations), their pages, and the administrator's page and API to reset one.
 */
@AutoConfiguration
@Import({ SecondFactorPages.class, SecondFactorAdminController.class, SecondFactorAdminPage.class })
public class SecondFactorConfiguration {

    /**
     * On the real time, never the service's clock bean: a phone's authenticator app shows
     * the codes of the real time, whatever time the service's rules are run at.
     */
    @Bean
    SecondFactors secondFactors(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKeys keys,
            MeterRegistry registry) {
        return new SecondFactors(jdbc, transactions, keys, Clock.systemUTC(), registry);
    }

}
