package org.safeguarding.post;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.safeguarding.kernel.testing.ArchitectureRules;

/**
 * {@link ArchitectureRules#serviceRules} applied to post-service, which never reaches
 * into incident-service.
 */
@AnalyzeClasses(packages = { "org.safeguarding.post", "org.safeguarding.kernel.api" },
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule keepsTheServiceRules = ArchitectureRules.serviceRules("org.safeguarding.post",
            "org.safeguarding.incident");

}
