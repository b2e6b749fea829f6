package io.socialdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.socialdesk.SocialDeskApplication;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.Generated;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.scheduling.annotation.Scheduled;

class ModularityTests {

    // without the code Spring AOT generates into target/classes at package time: it wires every module by design
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.socialdesk")
            .that(DescribedPredicate.not(CanBeAnnotated.Predicates.annotatedWith(Generated.class)));

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(SocialDeskApplication.class).verify();
    }

    @Test
    void onlyTheSlackAdapterImportsSlack() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.socialdesk.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.slack..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheDiscordAdapterImportsJda() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.socialdesk.discord..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("net.dv8tion..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheFeedsModuleImportsRome() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.socialdesk.feeds..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.rometools..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noFeatureDependsOnAChatAdapter() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.socialdesk.slack..", "io.socialdesk.discord..", "io.socialdesk.local..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.socialdesk.slack..", "io.socialdesk.discord..", "io.socialdesk.local..")
                .check(CLASSES);
    }

    /** Replicas share one database; a scheduled job without a lock would run on each of them. */
    @Test
    void everyScheduledJobTakesALock() {
        methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .should()
                .beAnnotatedWith(SchedulerLock.class)
                .because("every replica runs @Scheduled methods; ShedLock lets one of them run it at a time")
                .check(CLASSES);
    }
}
