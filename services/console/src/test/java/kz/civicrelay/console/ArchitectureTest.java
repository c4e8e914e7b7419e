package kz.civicrelay.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import kz.civicrelay.platform.testing.NullMarkedPackages;

@AnalyzeClasses(packages = "kz.civicrelay.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The board is the console's read model: plain Java over the relay's events, no Spring, no Kafka. */
    @ArchTest
    static final ArchRule boardStaysPlainJava = noClasses()
            .that().resideInAPackage("..console.board..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "..console.stream..", "..console.web..", "..console.config..");

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = NullMarkedPackages.rule();
}
