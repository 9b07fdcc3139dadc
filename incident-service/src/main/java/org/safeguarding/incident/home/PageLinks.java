package org.safeguarding.incident.home;

import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.audit.AuditVerifier;
import org.safeguarding.kernel.page.PageLink;
import org.safeguarding.kernel.projection.ProjectionRebuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The pages the start page and the header offer, each to those its controller lets in
 * (the same expression guards both).
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

    @Bean
    @Order(1)
    PageLink reportAConcernLink() {
        return new PageLink("Report a concern", "/concerns/new",
                "On the orange e-safety form or the yellow safeguarding form.", Permissions.STAFF);
    }

    @Bean
    @Order(2)
    PageLink myReportsLink() {
        return new PageLink("My reports", "/concerns/mine", "What you have reported, and where each one has got to.",
                Permissions.STAFF);
    }

    @Bean
    @Order(3)
    PageLink dashboardLink() {
        return new PageLink("Dashboard", "/dashboard",
                "Open concerns at each level and their clocks, overdue ones first.", Permissions.DASHBOARD_READERS);
    }

    @Bean
    @Order(4)
    PageLink casesLink() {
        return new PageLink("Cases", "/incidents", "The concerns you work on: acknowledge, escalate, refer, close.",
                Permissions.CASE_WORKERS);
    }

    @Bean
    @Order(5)
    PageLink inspectionReportLink() {
        return new PageLink("Inspection report", "/reports/inspection",
                "The inspector's list of referrals and outcomes for the dates you choose.", Permissions.EXPORTERS);
    }

    @Bean
    @Order(6)
    PageLink subjectAccessLink() {
        return new PageLink("Subject access", "/subject-access",
                "Everything held about one person, others as pseudonyms, for you to review and release.",
                Permissions.EXPORTERS);
    }

    @Bean
    @Order(7)
    PageLink retentionLink() {
        return new PageLink("Records and retention", "/retention",
                "How long each record is kept, what has fallen due, and disposal with four eyes.",
                Permissions.RETENTION_READERS);
    }

    @Bean
    @Order(8)
    PageLink transfersLink() {
        return new PageLink("Transfers", "/transfers",
                "A pupil's child-protection file sent to their next school, or received from their last one.",
                Permissions.TRANSFER_READERS);
    }

    @Bean
    @Order(9)
    PageLink auditTrailLink() {
        return new PageLink("Audit trail", "/audit",
                "Every step recorded, with who, when and why; pupils pseudonymised for governors.",
                AuditVerifier.READERS);
    }

    @Bean
    @Order(10)
    PageLink verificationLink() {
        return new PageLink("Is the record whole?", "/audit/verification",
                "The record checked, the checkpoint to keep, and a check of one you kept.", AuditVerifier.READERS);
    }

    @Bean
    @Order(11)
    PageLink administrationLink() {
        return new PageLink("Administration", "/admin", "Who is available, and rebuilding the projections.",
                ProjectionRebuilder.ADMINISTRATORS);
    }

}
