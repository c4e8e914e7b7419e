package kz.civicrelay.delivery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import kz.civicrelay.platform.testing.RelayServiceRules;

/** The relay's shared rule set (platform's test jar), and the channels kept out of the domain. */
@AnalyzeClasses(packages = "kz.civicrelay.delivery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests relay = ArchTests.in(RelayServiceRules.class);

    @ArchTest
    static final ArchRule domainKnowsNoChannel = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..webhook..", "..send..", "..email..")
            .because("what is due and what an outcome decides do not depend on how a message is sent");
}
