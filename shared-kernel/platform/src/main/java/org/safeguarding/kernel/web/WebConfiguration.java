package org.safeguarding.kernel.web;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.safeguarding.kernel.audit.RequestIdFilter;
import org.safeguarding.kernel.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The request filters, in order: request id, body limit, (Spring Security at -100),
 * idempotency, which needs to know who is calling.
 */
@AutoConfiguration
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(-1000);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ProblemWriter problems,
            ObjectProvider<MultipartProperties> multipart) {
        long multipartLimit = multipart.stream()
            .mapToLong(properties -> properties.getMaxRequestSize().toBytes())
            .findFirst()
            .orElse(RequestBodyLimitFilter.MAX_BODY_BYTES);
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(problems, multipartLimit));
        registration.setOrder(-900);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc, ProblemWriter problems,
            ObjectMapper json, Clock clock) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(jdbc, problems, json, clock));
        registration.setOrder(-50);
        return registration;
    }

    @Bean
    IdempotencyPurge idempotencyPurge(JdbcTemplate jdbc, Clock clock) {
        return new IdempotencyPurge(jdbc, clock);
    }

    @Bean
    RecurringTask<Void> idempotencyPurgeTask(IdempotencyPurge purge) {
        return purge.task();
    }

}
