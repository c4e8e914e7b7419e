package kz.civicrelay.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import kz.civicrelay.platform.testing.NullMarkedPackages;

/** The platform's and the schemas module's hand-written packages are null-marked (generated Avro code is not). */
@AnalyzeClasses(packages = { "kz.civicrelay.platform", "kz.civicrelay.schemas", "kz.civicrelay.reference" },
        importOptions = ImportOption.DoNotIncludeTests.class)
class NullMarkedTest {

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = NullMarkedPackages.rule();
}
