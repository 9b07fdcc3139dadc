package org.safeguarding.post.policy;

import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The posting policy with the school's window ({@code safeguarding.posting.window}) and
 * the platform's length limit.
 */
@Configuration(proxyBeanMethods = false)
class PostingConfiguration {

    @Bean
    PostingPolicy postingPolicy(PostingProperties properties, WorkingCalendar calendar) {
        return new PostingPolicy(PostingWindow.parse(properties.window()), calendar, properties.maxLength());
    }

}
