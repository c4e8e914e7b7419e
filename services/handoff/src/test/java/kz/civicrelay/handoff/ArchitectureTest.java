package kz.civicrelay.handoff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import kz.civicrelay.platform.testing.NullMarkedPackages;

@AnalyzeClasses(packages = "kz.civicrelay.handoff", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndApplicationStayPlainJava = noClasses()
            .that().resideInAnyPackage("..handoff.domain..", "..handoff.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "kz.civicrelay.events..");

    @ArchTest
    static final ArchRule domainDependsOnNothingButItselfAndReferenceData = noClasses()
            .that().resideInAPackage("..handoff.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("kz.civicrelay.platform..",
                    "..handoff.application..", "..handoff.messaging..", "..handoff.web..", "..handoff.config..");

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = NullMarkedPackages.rule();
}
