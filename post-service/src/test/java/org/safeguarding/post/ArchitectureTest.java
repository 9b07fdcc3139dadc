package org.safeguarding.post;

import static org.safeguarding.kernel.testing.ArchitectureRules.aggregatesAreNotPublic;
import static org.safeguarding.kernel.testing.ArchitectureRules.controllersAreNotPublic;
import static org.safeguarding.kernel.testing.ArchitectureRules.entitiesStayInTheirFeature;
import static org.safeguarding.kernel.testing.ArchitectureRules.featuresFormNoCycles;
import static org.safeguarding.kernel.testing.ArchitectureRules.messagesNeedNoSpring;
import static org.safeguarding.kernel.testing.ArchitectureRules.projectionsAreNotPublic;
import static org.safeguarding.kernel.testing.ArchitectureRules.reachesNone;
import static org.safeguarding.kernel.testing.ArchitectureRules.repositoriesStayInTheirFeature;
import static org.safeguarding.kernel.testing.ArchitectureRules.sagasStayInTheirFeature;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of {@code ArchitectureRules} applied to post-service, which never reaches
 * into incident-service.
 */
@AnalyzeClasses(packages = { "org.safeguarding.post", "org.safeguarding.kernel.api" },
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SERVICE = "org.safeguarding.post";

    @ArchTest
    static final ArchRule neverReachesIntoIncidentService = reachesNone(SERVICE, "org.safeguarding.incident");

    @ArchTest
    static final ArchRule featuresFormNoCycles = featuresFormNoCycles(SERVICE);

    @ArchTest
    static final ArchRule aggregatesAreNotPublic = aggregatesAreNotPublic(SERVICE);

    @ArchTest
    static final ArchRule sagasStayInTheirFeature = sagasStayInTheirFeature(SERVICE);

    @ArchTest
    static final ArchRule projectionsAreNotPublic = projectionsAreNotPublic(SERVICE);

    @ArchTest
    static final ArchRule controllersAreNotPublic = controllersAreNotPublic(SERVICE);

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = repositoriesStayInTheirFeature(SERVICE);

    @ArchTest
    static final ArchRule entitiesStayInTheirFeature = entitiesStayInTheirFeature(SERVICE);

    @ArchTest
    static final ArchRule messagesUseNoSpring = messagesNeedNoSpring();

}
