package org.safeguarding.kernel.page;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.safeguarding.kernel.servicecall.ServiceEndpoint;
import org.safeguarding.kernel.servicecall.ServiceEndpoints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The pages' shared parts: the sign-in page, error pages, {@code #site}, {@code #times}
 * and {@code #clocks} in every template, and {@link FormRules}. The layout
 * ({@code templates/kernel/layout.html}) and stylesheet ({@code static/kernel/site.css})
 * come with this jar.
 */
@AutoConfiguration
@EnableConfigurationProperties(SchoolProperties.class)
@Import({ SignInPage.class, PageErrors.class })
public class PageConfiguration {

    @Bean
    SchoolTimes schoolTimes() {
        return new SchoolTimes();
    }

    @Bean
    WorkingClocks workingClocks(WorkingCalendar calendar, Clock clock) {
        return new WorkingClocks(calendar, clock);
    }

    @Bean
    Site site(SchoolProperties school, ServiceEndpoints endpoints, SchoolDirectory directory,
            @Value("${spring.application.name}") String service, ObjectProvider<PageLink> pages) {
        List<Site.Section> sections = new ArrayList<>();
        section(sections, "Concerns", "incident-service", endpoints.incidentService(), service);
        section(sections, "School accounts", "post-service", endpoints.postService(), service);
        return new Site(school.name(), sections, directory, pages.orderedStream().toList());
    }

    /**
     * The service shown links to its own home; the other one to its configured address,
     * if it has one.
     */
    private static void section(List<Site.Section> sections, String label, String name, ServiceEndpoint endpoint,
            String current) {
        if (name.equals(current)) {
            sections.add(new Site.Section(label, "/", true));
        }
        else if (endpoint.url() != null && !endpoint.url().isBlank()) {
            sections.add(new Site.Section(label, endpoint.url().replaceAll("/+$", "") + "/", false));
        }
    }

    @Bean
    PageDialect pageDialect(Site site, SchoolTimes times, WorkingClocks clocks) {
        return new PageDialect(site, times, clocks);
    }

    @Bean
    FormRules formRules(Validator validator) {
        return new FormRules(validator);
    }

}
