package org.safeguarding.kernel.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.stereotype.Controller;

/**
 * The architecture rules every module keeps, stated once: each module's
 * {@code ArchitectureTest} applies them to its root package. Feature packages reach each
 * other through messages and small public APIs, never through each other's insides.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * Every rule a service keeps, as one: it never reaches into the other service, its
     * features form no cycle, aggregates, projections and controllers are not public,
     * sagas, repositories and entities are used only in their feature, and the messages
     * need no Spring.
     */
    public static ArchRule serviceRules(String service, String otherService) {
        return CompositeArchRule.of(reachesNone(service, otherService))
            .and(featuresFormNoCycles(service))
            .and(aggregatesAreNotPublic(service))
            .and(sagasStayInTheirFeature(service))
            .and(projectionsAreNotPublic(service))
            .and(controllersAreNotPublic(service))
            .and(repositoriesStayInTheirFeature(service))
            .and(entitiesStayInTheirFeature(service))
            .and(messagesNeedNoSpring());
    }

    /** Nothing under {@code root} depends on anything under the other roots. */
    public static ArchRule reachesNone(String root, String... otherRoots) {
        return noClasses().that()
            .resideInAPackage(root + "..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(Arrays.stream(otherRoots).map(other -> other + "..").toArray(String[]::new));
    }

    public static ArchRule featuresFormNoCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** The messages are plain records any reader of the records may use. */
    public static ArchRule messagesNeedNoSpring() {
        return noClasses().that()
            .resideInAPackage("org.safeguarding.kernel.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..");
    }

    private static ArchRule aggregatesAreNotPublic(String root) {
        return classes().that()
            .resideInAPackage(root + "..")
            .and()
            .areAnnotatedWith(Aggregate.class)
            .should()
            .notBePublic();
    }

    /**
     * Axon 4 instantiates a saga only if its class is public, so the rule is what
     * package-private would give.
     */
    private static ArchRule sagasStayInTheirFeature(String root) {
        return classes().that()
            .resideInAPackage(root + "..")
            .and()
            .areAnnotatedWith(Saga.class)
            .should(beAccessedOnlyFromTheirOwnPackage());
    }

    private static ArchRule projectionsAreNotPublic(String root) {
        return classes().that().resideInAPackage(root + "..").and(areProjections()).should().notBePublic();
    }

    private static ArchRule controllersAreNotPublic(String root) {
        return classes().that().resideInAPackage(root + "..").and(areControllers()).should().notBePublic();
    }

    private static ArchRule repositoriesStayInTheirFeature(String root) {
        return classes().that()
            .resideInAPackage(root + "..")
            .and()
            .haveSimpleNameEndingWith("Repository")
            .should(beAccessedOnlyFromTheirOwnPackage());
    }

    private static ArchRule entitiesStayInTheirFeature(String root) {
        return classes().that()
            .resideInAPackage(root + "..")
            .and()
            .areAnnotatedWith("jakarta.persistence.Entity")
            .should(beAccessedOnlyFromTheirOwnPackage())
            .allowEmptyShould(true);
    }

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
        // Meta-annotations count: a page controller is annotated with the kernel's
        // @PageController.
        return DescribedPredicate.describe("are controllers", type -> type.isMetaAnnotatedWith(Controller.class));
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
