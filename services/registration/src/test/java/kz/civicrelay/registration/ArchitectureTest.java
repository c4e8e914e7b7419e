package kz.civicrelay.registration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import kz.civicrelay.platform.testing.NullMarkedPackages;

@AnalyzeClasses(packages = "kz.civicrelay.registration", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndApplicationStayPlainJava = noClasses()
            .that().resideInAnyPackage("..registration.domain..", "..registration.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "kz.civicrelay.events..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoApplication = noClasses()
            .that().resideInAPackage("..registration.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..registration.application..",
                    "..registration.messaging..", "..registration.web..", "..registration.config..");

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = NullMarkedPackages.rule();
}
