package org.safeguarding.post.account;

import org.safeguarding.kernel.calendar.SchoolTerms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The school's terms, read once from {@code safeguarding.accounts.term-starts}: the
 * termly password change and the consent register's term report count by the same terms.
 */
@Configuration(proxyBeanMethods = false)
class SchoolTermsConfiguration {

    @Bean
    SchoolTerms schoolTerms(AccountProperties properties) {
        return SchoolTerms.startingOn(properties.termStarts());
    }

}
