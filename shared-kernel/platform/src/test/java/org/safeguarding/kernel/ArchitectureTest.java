package org.safeguarding.kernel;

import static org.safeguarding.kernel.testing.ArchitectureRules.featuresFormNoCycles;
import static org.safeguarding.kernel.testing.ArchitectureRules.messagesNeedNoSpring;
import static org.safeguarding.kernel.testing.ArchitectureRules.reachesNone;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The platform, with the kernel it builds on (shared-kernel's classes are on this
 * module's class path, so they are checked here): it knows neither service, its packages
 * form no cycle (the audit metadata, security, problem details and web filters depend one
 * way only), and the messages need no Spring.
 */
@AnalyzeClasses(packages = "org.safeguarding.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String KERNEL = "org.safeguarding.kernel";

    @ArchTest
    static final ArchRule knowsNeitherService = reachesNone(KERNEL, "org.safeguarding.incident",
            "org.safeguarding.post");

    @ArchTest
    static final ArchRule packagesFormNoCycle = featuresFormNoCycles(KERNEL);

    @ArchTest
    static final ArchRule messagesNeedNoSpring = messagesNeedNoSpring();

}
