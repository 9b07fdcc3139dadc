package org.safeguarding.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The kernel stays what both services may share: it knows neither service, its packages
 * form no cycle, and the messages are plain records that need no Spring.
 */
@AnalyzeClasses(packages = "org.safeguarding.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNeitherService = noClasses().should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.safeguarding.incident..", "org.safeguarding.post..");

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("org.safeguarding.kernel.(*)..")
        .should()
        .beFreeOfCycles();

    @ArchTest
    static final ArchRule messagesNeedNoSpring = noClasses().that()
        .resideInAPackage("..kernel.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..");

}
