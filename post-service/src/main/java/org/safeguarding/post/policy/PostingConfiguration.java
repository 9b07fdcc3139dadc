package org.safeguarding.post.policy;

import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The posting policy with the school's window ({@code safeguarding.posting.window}) and the platform's length limit. */
@Configuration(proxyBeanMethods = false)
class PostingConfiguration {

    @Bean
    PostingPolicy postingPolicy(@Value("${safeguarding.posting.window:08:00-18:00}") String window,
                                @Value("${safeguarding.posting.max-length:280}") int maxLength,
                                WorkingCalendar calendar) {
        return new PostingPolicy(PostingWindow.parse(window), calendar, maxLength);
    }
}
