package org.safeguarding.kernel.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Before Spring MVC's own: Boot's problem-details handler, if switched on, gives way to
 * {@link ProblemHandler}.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@Import(ProblemHandler.class)
public class ProblemConfiguration {

    @Bean
    ProblemWriter problemWriter(ObjectMapper objectMapper) {
        return new ProblemWriter(objectMapper);
    }

}
