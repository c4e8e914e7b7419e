package kz.civicrelay.scheduling;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import kz.civicrelay.platform.testing.RelayServiceRules;

/** The relay's shared rule set (platform's test jar). */
@AnalyzeClasses(packages = "kz.civicrelay.scheduling", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests relay = ArchTests.in(RelayServiceRules.class);
}
