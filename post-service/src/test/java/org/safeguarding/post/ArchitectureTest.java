package org.safeguarding.post;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feature packages reach each other through messages and small public APIs, never through
 * each other's insides.
 */
@AnalyzeClasses(packages = { "org.safeguarding.post", "org.safeguarding.kernel.api" },
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SERVICE = "org.safeguarding.post..";

    @ArchTest
    static final ArchRule neverReachesIntoIncidentService = noClasses().that()
        .resideInAPackage(SERVICE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.safeguarding.incident..");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("org.safeguarding.post.(*)..")
        .should()
        .beFreeOfCycles();

    @ArchTest
    static final ArchRule aggregatesAreNotPublic = classes().that()
        .resideInAPackage(SERVICE)
        .and()
        .areAnnotatedWith(Aggregate.class)
        .should()
        .notBePublic();

    /**
     * Axon 4 instantiates a saga only if its class is public, so the rule is what
     * package-private would give.
     */
    @ArchTest
    static final ArchRule sagasStayInTheirFeature = classes().that()
        .resideInAPackage(SERVICE)
        .and()
        .areAnnotatedWith(Saga.class)
        .should(beAccessedOnlyFromTheirOwnPackage());

    @ArchTest
    static final ArchRule projectionsAreNotPublic = classes().that()
        .resideInAPackage(SERVICE)
        .and(areProjections())
        .should()
        .notBePublic();

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes().that()
        .resideInAPackage(SERVICE)
        .and(areControllers())
        .should()
        .notBePublic();

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes().that()
        .resideInAPackage(SERVICE)
        .and()
        .haveSimpleNameEndingWith("Repository")
        .should(beAccessedOnlyFromTheirOwnPackage());

    @ArchTest
    static final ArchRule entitiesStayInTheirFeature = classes().that()
        .resideInAPackage(SERVICE)
        .and()
        .areAnnotatedWith("jakarta.persistence.Entity")
        .should(beAccessedOnlyFromTheirOwnPackage())
        .allowEmptyShould(true);

    @ArchTest
    static final ArchRule messagesUseNoSpring = noClasses().that()
        .resideInAPackage("org.safeguarding.kernel.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..");

    /**
     * Event handlers that are neither sagas nor aggregates keep a read side; so does any
     * class named so.
     */
    static DescribedPredicate<JavaClass> areProjections() {
        return DescribedPredicate.describe("are projections", type -> !type.isInterface()
                && (type.getSimpleName().endsWith("Projection") || !type.isAnnotatedWith(Saga.class)
                        && !type.isAnnotatedWith(Aggregate.class)
                        && type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(EventHandler.class))));
    }

    static DescribedPredicate<JavaClass> areControllers() {
        return DescribedPredicate.describe("are controllers",
                type -> type.isAnnotatedWith(RestController.class) || type.isAnnotatedWith(Controller.class));
    }

    static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only from their own package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String home = type.getPackageName();
                type.getDirectDependenciesToSelf()
                    .stream()
                    .filter(dependency -> !home.equals(dependency.getOriginClass().getPackageName()))
                    .forEach(dependency -> events
                        .add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }

}
