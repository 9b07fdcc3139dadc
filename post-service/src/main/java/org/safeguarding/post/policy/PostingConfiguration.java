package org.safeguarding.post.policy;

import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The posting policy with the school's window ({@code safeguarding.posting.window}), the
 * platform's length limit and the school's choice on posting from a trip
 * ({@code safeguarding.policy.offsite-posting}; a senior teacher is a member of SLT).
 */
@Configuration(proxyBeanMethods = false)
class PostingConfiguration {

    @Bean
    PostingPolicy postingPolicy(PostingProperties properties, SchoolPolicy school, WorkingCalendar calendar,
            SchoolDirectory directory) {
        return new PostingPolicy(PostingWindow.parse(properties.window()), calendar, properties.maxLength(),
                school.offsitePosting(), username -> directory.rolesOf(username).contains(Role.SLT));
    }

}
