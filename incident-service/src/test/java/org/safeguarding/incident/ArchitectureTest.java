package org.safeguarding.incident;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.safeguarding.kernel.testing.ArchitectureRules;

/**
 * {@link ArchitectureRules#serviceRules} applied to incident-service, which never reaches
 * into post-service.
 */
@AnalyzeClasses(packages = { "org.safeguarding.incident", "org.safeguarding.kernel.api" },
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule keepsTheServiceRules = ArchitectureRules.serviceRules("org.safeguarding.incident",
            "org.safeguarding.post");

}
